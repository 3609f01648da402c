import type { Analysis } from '../../analysis.ts';
import { platformByDomain } from '../../platforms.ts';
import { hostOf, registrableDomain } from '../../text/domains.ts';
import { clip } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// "View", "download", "sign in to see" an order, RFQ, drawing or invoice: the commonest trap
// in an exporter's inbox, a fake login page behind a document link.
// The closing \b keeps "po" from matching "portfolio" or "position".
const LURE =
  /\b(?:view|review|download|open|sign[ -]?in|log[ -]?in|access|check)\b[^\n]{0,40}\b(?:orders?|po|purchase\s?orders?|rfqs?|inquiry|drawings?|invoices?|documents?|files?|specifications?|quotations?|\w+\.(?:pdf|xlsx?|docx?))\b/i;
const SHORTENER =
  /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|s\.id)$/i;
const IP_HOST = /^\d{1,3}(?:\.\d{1,3}){3}$/;

function suspicion(a: Analysis, href: string, text: string | null): string | null {
  const host = hostOf(href);
  if (!host) return null;
  const registrable = registrableDomain(host);
  if (platformByDomain(registrable) && host.endsWith(registrable ?? '')) return null;

  if (IP_HOST.test(host)) return `link to a bare IP address ${host}`;
  if (SHORTENER.test(host)) return `shortened link ${host}`;

  const decoded = safeDecode(href);
  const prefilled = a.message.to.some((r) => r.email && decoded.includes(r.email));
  if (prefilled || /[?&](?:u|mail|email|e|login)=[^&]*(?:@|%40)/i.test(href)) {
    return `link pre-filled with your address: ${host}`;
  }

  const around = `${text ?? ''} ${contextBefore(a.message.bodyText, href)}`;
  if (LURE.test(around) && registrable !== a.sender.registrable)
    return `"${clip(LURE.exec(around)?.[0] ?? '')}" → ${host}`;
  return null;
}

// The words before the link as the buyer wrote it. A wrapped link (Safe Links, google.com/url)
// carries its target inside the wrapper, percent-encoded or not: read from the wrapper's start.
function contextBefore(body: string, href: string): string {
  const at = [href, encodeURIComponent(href)]
    .map((needle) => body.indexOf(needle))
    .find((index) => index >= 0);
  if (at === undefined) return '';

  let tokenStart = at;
  while (tokenStart > 0 && !/\s/.test(body[tokenStart - 1] ?? ' ')) tokenStart -= 1;
  const start = body.slice(tokenStart, at).includes('://') ? tokenStart : at;
  return body.slice(Math.max(0, start - 120), start);
}

export const phishingLink: Rule = {
  id: 'phishing-link',
  factor: 'intent',
  flag: 'strong',
  title: 'A link to "view" an order or document on a foreign site',
  evaluate(a) {
    for (const link of a.links) {
      const found = suspicion(a, link.href, link.text);
      if (found) return hit(0, found);
    }

    return null;
  },
};

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
