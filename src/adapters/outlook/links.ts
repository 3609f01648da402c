import { normalizedText, singleLine } from '../dom-text.ts';
import type { PageLink } from '../page-reading.ts';

// Defender for Office rewrites links through *.safelinks.protection.outlook.com/?url=<target>,
// and OWA keeps the address the sender wrote in `originalsrc`; the grade must judge that
// target, not Microsoft's scanner (mail-clients.md §2.2; the core unwraps the same host).

const SAFE_LINKS_HOST = /(^|\.)safelinks\.protection\.outlook\.com$/i;
const KEPT_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const MAX_UNWRAP = 3;

// `root` is a pruned clone without quoted history, so only the author's links are kept.
export function collectLinks(root: Element): PageLink[] {
  const links: PageLink[] = [];

  for (const anchor of Array.from(root.querySelectorAll('a[href], a[originalsrc]'))) {
    const href = realTarget(anchor);
    if (!href) continue;

    const text = singleLine(normalizedText(anchor));
    links.push({ href, text: text === '' ? null : text });
  }

  return links;
}

export function realTarget(anchor: Element): string | null {
  return (
    unwrapSafeLink(anchor.getAttribute('originalsrc')) ??
    unwrapSafeLink(anchor.getAttribute('href'))
  );
}

// Relative links and script: URLs point nowhere a reader could judge, so they are dropped.
export function unwrapSafeLink(raw: string | null): string | null {
  let current = parseUrl(raw);

  for (let depth = 0; current && depth < MAX_UNWRAP; depth += 1) {
    const inner = safeLinkTarget(current);
    if (!inner) break;
    current = parseUrl(inner);
  }

  if (!current || !KEPT_SCHEMES.has(current.protocol)) return null;
  // A Safe Link without a readable target points only at Microsoft's scanner.
  if (SAFE_LINKS_HOST.test(current.hostname)) return null;

  return current.href;
}

function safeLinkTarget(url: URL): string | null {
  if (!SAFE_LINKS_HOST.test(url.hostname)) return null;
  return url.searchParams.get('url');
}

function parseUrl(raw: string | null): URL | null {
  if (!raw) return null;

  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}
