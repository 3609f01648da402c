import { parse } from 'tldts';
import { type Analysis, party } from '../../analysis.ts';
import { isKnownDomain, type KnownDomain, knownDomains } from '../../known-domains.ts';
import { hostOf, registrableDomain } from '../../text/domains.ts';
import { clip } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// The words of the link name one place and the link goes to another: "www.alibaba.com" over a
// host in Russia. Judged on the real target, so a Safe Links or Google wrapper around the very
// site the words name is not a mismatch.

// Words that are also top-level domains name a file, not a site, unless written as a URL.
const FILE_LIKE = /\.(?:zip|mov|pdf|docx?|xlsx?|jpe?g|png)$/i;
const WRAPPING = new Set(['<', '>', '(', ')', '[', ']', '"', "'", '.', ',', ';', ':']);
// Mail services that wrap every link of a newsletter in their own click counter: the target is
// opaque, so the words cannot be checked against it.
const CLICK_COUNTERS =
  /(?:^|\.)(?:sendgrid\.net|list-manage\.com|mailchimp\.com|mcsv\.net|rs6\.net|hubspotlinks\.com|hs-sites\.com|mandrillapp\.com|mailgun\.org|sparkpostmail\.com|exct\.net|sailthru\.com|cmail\d*\.com|createsend\d*\.com|mlsend\.com|sendinblue\.com|brevo\.com)$/i;

// The registrable domain that visible text names, when the whole text is a URL or a domain.
// tldts does the parsing: no pattern here can backtrack on hostile anchor text.
function namedDomain(text: string): string | null {
  const address = unwrapped(text.trim());
  if (!address.includes('.') || /[\s@]/.test(address)) return null;

  const written = /^https?:\/\//i.test(address);
  if (!written && !/^www\./i.test(address) && FILE_LIKE.test(address)) return null;

  const parsed = parse(written ? address : `http://${address}`, { allowPrivateDomains: true });
  const reserved = parsed.publicSuffix === 'example';
  if (!parsed.domain || parsed.isIp || !(parsed.isIcann || reserved)) return null;
  return parsed.domain;
}

function unwrapped(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && WRAPPING.has(text[start] ?? '')) start += 1;
  while (end > start && WRAPPING.has(text[end - 1] ?? '')) end -= 1;
  return text.slice(start, end);
}

// alibaba.com over alibaba-inc.com, dhl.de over dhl.com: one company's own domains.
function sameOwner(known: KnownDomain[], named: string, target: string | null): boolean {
  const owner = known.find((entry) => entry.domain === named)?.name;
  return (
    owner !== undefined && known.some((entry) => entry.domain === target && entry.name === owner)
  );
}

function finding(a: Analysis): string | null {
  const sender = party(a.message.from).registrable;
  const known = knownDomains(a);

  for (const link of a.links) {
    if (!link.text || !/^https?:/i.test(link.href)) continue;

    const named = namedDomain(link.text);
    const host = hostOf(link.href);
    if (!named || !host || CLICK_COUNTERS.test(host)) continue;

    const target = registrableDomain(host);
    if (target === named || sameOwner(known, named, target)) continue;
    // A newsletter counts clicks on its own domain; that hides nothing unless the words name a
    // platform, bank, courier or customer.
    if (target === sender && !isKnownDomain(known, named)) continue;
    return `the link reads ${clip(link.text.trim(), 60)} but goes to ${host}`;
  }

  return null;
}

export const linkTextMismatch: Rule = {
  id: 'link-text-mismatch',
  factor: 'intent',
  flag: 'strong',
  title: 'A link whose words name another site',
  evaluate: (a) => hit(0, finding(a)),
};
