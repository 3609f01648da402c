import { normalizedText, prunedClone, singleLine } from '../dom-text.ts';
import type { PageLink } from '../page-reading.ts';

// Gmail rewrites clicks through https://www.google.com/url?q=<target> and keeps that in
// data-saferedirecturl; the grade must judge the real target, not Google's redirector.

const REDIRECTOR_HOST = /^(www\.)?google\.[a-z.]+$/i;
const KEPT_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const MAX_UNWRAP = 3;

export function collectLinks(body: Element, remove: readonly string[]): PageLink[] {
  const clone = prunedClone(body, { remove });
  const links: PageLink[] = [];

  for (const anchor of Array.from(clone.querySelectorAll('a[href], a[data-saferedirecturl]'))) {
    const href = realTarget(anchor);
    if (!href) continue;

    const text = singleLine(normalizedText(anchor));
    links.push({ href, text: text === '' ? null : text });
  }

  return links;
}

export function realTarget(anchor: Element): string | null {
  const direct = unwrapRedirect(anchor.getAttribute('href'));
  if (direct) return direct;

  return unwrapRedirect(anchor.getAttribute('data-saferedirecturl'));
}

// Relative links and script: URLs point nowhere a reader could judge, so they are dropped.
export function unwrapRedirect(raw: string | null): string | null {
  let current = parseUrl(raw);

  for (let depth = 0; current && depth < MAX_UNWRAP; depth += 1) {
    const inner = redirectTarget(current);
    if (!inner) break;
    current = parseUrl(inner);
  }

  if (!current || !KEPT_SCHEMES.has(current.protocol)) return null;
  if (redirectTarget(current)) return null;

  return current.href;
}

function redirectTarget(url: URL): string | null {
  if (!REDIRECTOR_HOST.test(url.hostname) || url.pathname !== '/url') return null;
  return url.searchParams.get('q') ?? url.searchParams.get('url');
}

function parseUrl(raw: string | null): URL | null {
  if (!raw) return null;

  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}
