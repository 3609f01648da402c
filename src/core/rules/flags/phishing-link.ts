import type { Analysis } from '../../analysis.ts';
import { platformByDomain } from '../../platforms.ts';
import { hostOf, registrableDomain } from '../../text/domains.ts';
import { clip } from '../../text/find.ts';
import type { FoundLink } from '../../text/links.ts';
import { hit, type Rule } from '../rule.ts';

// "View", "download", "sign in to see" an order, RFQ, drawing or invoice: the commonest trap
// in an exporter's inbox, a fake login page behind a document link.
// The closing \b keeps "po" from matching "portfolio" or "position".
const LURE =
  /\b(?:view|review|download|open|sign[ -]?in|log[ -]?in|access|check)\b[^\n]{0,40}\b(?:orders?|po|purchase\s?orders?|rfqs?|inquiry|drawings?|invoices?|documents?|files?|specifications?|quotations?|\w{1,60}\.(?:pdf|xlsx?|docx?))\b/i;
const SHORTENER =
  /^(?:bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|s\.id)$/i;
const IP_HOST = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const ADDRESS_PARAM = /^(?:u|mail|email|e|login)=/i;

// The lure must lead straight into the link: after the document it names come only pointing
// words ("here:", "at", "via the secure portal", "and confirm:"), so "check the attached drawing and our shop
// https://..." does not dress the shop link up as a drawing. Unambiguous by construction
// (\W* then whole words), so the anchored match stays linear.
const POINTER =
  /\W*(?:(?:here|below|at|from|via|on|in|using|through|with|the|this|following|link|url|our|secure|online|portal|page|site|website|now|please|kindly|click|tap|and (?:confirm|approve|accept|sign|reply|respond|return|submit|acknowledge|verify))\b\W*){0,4}$/;
const LURE_INTO_LINK = new RegExp(`${LURE.source}${POINTER.source}`, 'i');

function suspicion(a: Analysis, link: FoundLink): string | null {
  const host = hostOf(link.href);
  if (!host) return null;
  const registrable = registrableDomain(host);
  if (platformByDomain(registrable) && host.endsWith(registrable ?? '')) return null;

  if (IP_HOST.test(host)) return `link to a bare IP address ${host}`;
  if (SHORTENER.test(host)) return `shortened link ${host}`;

  const decoded = safeDecode(link.href);
  const prefilled = a.message.to.some((r) => r.email && decoded.includes(r.email));
  if (prefilled || carriesAddress(link.href)) {
    return `link pre-filled with your address: ${host}`;
  }

  if (registrable === a.sender.registrable) return null;
  const lure = LURE.exec(link.text ?? '') ?? LURE_INTO_LINK.exec(link.intro);
  return lure ? `"${clip(lure[0].trim())}" → ${host}` : null;
}

export const phishingLink: Rule = {
  id: 'phishing-link',
  factor: 'intent',
  flag: 'strong',
  title: 'A link to "view" an order or document on a foreign site',
  evaluate(a) {
    for (const link of a.links) {
      const found = suspicion(a, link);
      if (found) return hit(0, found);
    }

    return null;
  },
};

// A query parameter such as email= or u= holding an address: a login page made to look like
// yours. Split by hand: a pattern scanning for it backtracks on long hostile links.
function carriesAddress(href: string): boolean {
  return href
    .split(/[?&]/)
    .slice(1)
    .some((pair) => ADDRESS_PARAM.test(pair) && /@|%40/i.test(pair));
}

function safeDecode(href: string): string {
  try {
    return decodeURIComponent(href);
  } catch {
    return href;
  }
}
