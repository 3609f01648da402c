import type { Tier } from './page-reading.ts';

// Runs a client's selector table: candidates in order, every hit validated, and a record of
// which tier answered, so "could not read" names the probe that failed (mail-clients.md §5.1).

export type Candidate = {
  readonly tier: Tier;
  readonly css: string;
  // Climb from the hit to this ancestor, e.g. from the subject to the region that holds it.
  readonly up?: string;
  // Found only by a weak fallback: the reading is usable but reported as degraded.
  readonly lastResort?: boolean;
};

export type Hit = { element: Element; tier: Tier; lastResort: boolean };
export type Hits = { elements: Element[]; tier: Tier; lastResort: boolean };
export type Validate = (element: Element) => boolean;

const anyElement: Validate = () => true;

export function probe(
  scope: ParentNode,
  candidates: readonly Candidate[],
  valid: Validate = anyElement,
): Hit | null {
  const hits = probeAll(scope, candidates, valid);
  const element = hits?.elements[0];
  if (!hits || !element) return null;

  return { element, tier: hits.tier, lastResort: hits.lastResort };
}

// The first candidate that yields at least one valid element wins; later ones are not mixed in.
export function probeAll(
  scope: ParentNode,
  candidates: readonly Candidate[],
  valid: Validate = anyElement,
): Hits | null {
  for (const candidate of candidates) {
    const elements = resolve(scope, candidate).filter(valid);
    if (elements.length === 0) continue;

    return { elements, tier: candidate.tier, lastResort: candidate.lastResort === true };
  }

  return null;
}

export function matchesAny(element: Element, candidates: readonly Candidate[]): boolean {
  return candidates.some((candidate) => element.matches(tolerantSelector(candidate.css)));
}

function resolve(scope: ParentNode, candidate: Candidate): Element[] {
  const found = Array.from(scope.querySelectorAll(tolerantSelector(candidate.css)));
  const up = candidate.up;
  if (!up) return found;

  const climbed = found.map((element) => element.closest(up));
  return [...new Set(climbed.filter((element): element is Element => element !== null))];
}

const tolerant = new Map<string, string>();

// Gmail A/B-tests hashed class tokens (`Ht` → `Ht-<hash>`, mail-clients.md §0.3), so every
// `.token` also accepts `token-<suffix>`. Attribute selectors are left as written.
export function tolerantSelector(css: string): string {
  const cached = tolerant.get(css);
  if (cached) return cached;

  let out = '';
  let depth = 0;
  for (let i = 0; i < css.length; i += 1) {
    const char = css[i] ?? '';
    if (char === '[') depth += 1;
    if (char === ']') depth -= 1;
    const token = depth === 0 && char === '.' ? /^\.(-?[A-Za-z_][\w-]*)/.exec(css.slice(i)) : null;
    if (!token?.[1]) {
      out += char;
      continue;
    }

    const name = token[1];
    out += `:is(.${name},[class^="${name}-"],[class*=" ${name}-"])`;
    i += token[0].length - 1;
  }

  tolerant.set(css, out);
  return out;
}

// Collects what each probe found into the fields a PageReading reports. A required probe that
// misses makes the page unreadable; a field the page visibly shows but we could not read only
// degrades it; an optional one the page may simply not have changes nothing.
export type Need = 'required' | 'shown' | 'optional';

export class ProbeLog {
  readonly tiers: Record<string, Tier | 'missing'> = {};
  readonly failed: string[] = [];
  degraded = false;

  record(
    key: string,
    hit: { tier: Tier; lastResort: boolean } | null,
    need: Need = 'required',
  ): void {
    this.tiers[key] = hit?.tier ?? 'missing';
    if (hit?.lastResort) this.degraded = true;
    if (hit) return;

    if (need === 'required') this.failed.push(key);
    if (need === 'shown') this.degraded = true;
  }
}
