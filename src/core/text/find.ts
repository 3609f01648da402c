// Small search helpers that return the words they matched, so every point can quote its evidence.

const EVIDENCE_MAX = 80;

export function clip(text: string, max = EVIDENCE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function firstMatch(text: string, pattern: RegExp): string | null {
  const match = pattern.exec(text);
  return match ? clip(match[0]) : null;
}

// Compiling a pattern costs more than running it on a mail: the global twin of each is kept.
const globals = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;

  let twin = globals.get(pattern);
  if (!twin) {
    twin = new RegExp(pattern.source, `${pattern.flags}g`);
    globals.set(pattern, twin);
  }
  return twin;
}

export function allMatches(text: string, pattern: RegExp, limit = 6): string[] {
  const global = globalOf(pattern);
  // matchAll starts where the pattern's last exec left off.
  global.lastIndex = 0;
  const found = new Set<string>();

  for (const match of text.matchAll(global)) {
    found.add(clip(match[0]));
    if (found.size >= limit) break;
  }

  return [...found];
}

// The matched words plus a little of what follows, for evidence such as "FOB Ningbo".
export function matchWithTail(text: string, pattern: RegExp, tail = 24): string | null {
  const match = pattern.exec(text);
  if (!match) return null;

  const end = match.index + match[0].length;
  const rest = text.slice(end, end + tail).split(/[\n.,;]/)[0] ?? '';
  return clip(match[0] + rest);
}

// Several findings in one line; the panel quotes the line as a whole.
export function joinEvidence(items: string[]): string {
  return items.join(' · ');
}
