import type { MailLink } from '../message.ts';
import { platformByDomain } from '../platforms.ts';
import { hostOf, registrableDomain } from './domains.ts';

// Mail clients and platforms wrap links; judge the real target, or genuine buyers get flagged.
// Google's redirect carries the target in q= from Gmail and Chat, in url= from search results.
const WRAPPERS: { host: RegExp; params: string[] }[] = [
  { host: /(^|\.)safelinks\.protection\.outlook\.com$/i, params: ['url'] },
  { host: /^(www\.)?google\.[a-z.]+$/i, params: ['q', 'url'] },
  { host: /^l\.facebook\.com$/i, params: ['u'] },
  { host: /^linkprotect\.cudasvc\.com$/i, params: ['a'] },
];
// A genuine platform's click tracking passes the target in one of these.
const PLATFORM_REDIRECT_PARAMS = ['url', 'target', 'redirect', 'redirectUrl', 'dest', 'goto', 'u'];

export function unwrapLink(href: string): string {
  let current = href.trim();

  for (let depth = 0; depth < 3; depth += 1) {
    const next = unwrapOnce(current);
    if (next === null) return current;
    current = next;
  }

  return current;
}

function unwrapOnce(href: string): string | null {
  const host = hostOf(href);
  if (!host) return null;
  if (/^urldefense\.(?:proofpoint\.)?com$/i.test(host)) return proofpointTarget(href);

  const wrapper = WRAPPERS.find((w) => w.host.test(host));
  const params =
    wrapper?.params ?? (platformByDomain(registrableDomain(host)) ? PLATFORM_REDIRECT_PARAMS : []);
  const target = params
    .map((param) => queryParam(href, param))
    .find((value) => value && /^https?:\/\//i.test(value));
  return target ?? null;
}

// Proofpoint URL Defense: v3 keeps the target between "__" marks, v2 encodes it in u= with
// "-XX" for %XX and "_" for "/".
function proofpointTarget(href: string): string | null {
  const v3 = /\/v3\/__(https?:\/\/.*?)__;/i.exec(href)?.[1];
  if (v3) return v3;

  const v2 = queryParam(href, 'u');
  if (!v2 || !/^https?-3A__/i.test(v2)) return null;
  try {
    return decodeURIComponent(v2.replace(/_/g, '/').replace(/-([0-9A-F]{2})/gi, '%$1'));
  } catch {
    return null;
  }
}

// The core runs without web APIs (no URL), so the one query value it needs is read by hand.
function queryParam(href: string, name: string): string | null {
  const query = href.split('#')[0]?.split('?')[1] ?? '';
  const pair = query.split('&').find((part) => part.split('=')[0] === name);
  if (!pair) return null;

  try {
    return decodeURIComponent(pair.slice(name.length + 1).replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const BARE_URL = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

// A link as the rules read it: where it really goes, and the words that introduce it.
export type FoundLink = MailLink & { intro: string };

// A mail with more distinct links than this is a newsletter or a mail bomb; the cap keeps the
// link rules linear in the body's size whatever it holds.
export const MAX_LINKS = 1000;

// Raw text mail carries links as bare URLs; pages give anchors. Both become links.
export function linksInText(text: string): FoundLink[] {
  const found = new Map<string, FoundLink>();

  for (const match of text.matchAll(BARE_URL)) {
    if (found.has(match[0])) continue;
    found.set(match[0], { href: match[0], text: null, intro: introduction(text, match.index) });
    if (found.size >= MAX_LINKS) break;
  }

  return [...found.values()];
}

export function allLinks(given: MailLink[], text: string): FoundLink[] {
  const inText = linksInText(text);
  const intros = new Map(inText.map((link) => [link.href, link.intro]));
  const seen = new Set(given.map((link) => link.href));
  const links = [
    ...given.map((link) => ({ ...link, intro: intros.get(link.href) ?? '' })),
    ...inText.filter((link) => !seen.has(link.href)),
  ];

  return links.slice(0, MAX_LINKS).map((link) => ({ ...link, href: unwrapLink(link.href) }));
}

const INTRO_MAX = 120;
const WORD = /[\p{L}\p{N}]/u;

// The words that lead into a link: the rest of its line, or the line above when the link
// stands alone on its line ("Download the PO:\nhttps://..."). Only a short window before the
// link is read, so a long line costs nothing.
function introduction(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 2 * INTRO_MAX), at);
  const lines = window.split('\n');
  let intro = lines.pop() ?? '';

  if (!WORD.test(intro)) {
    while (lines.length > 0 && !lines.at(-1)?.trim()) lines.pop();
    intro = `${lines.pop() ?? ''} ${intro}`;
  }

  return intro.slice(-INTRO_MAX);
}
