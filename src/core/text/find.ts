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

export function allMatches(text: string, pattern: RegExp, limit = 6): string[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
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

export function joinEvidence(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}
