import { distance } from 'fastest-levenshtein';
import type { Analysis } from '../../analysis.ts';
import {
  describeKnown,
  isKnownDomain,
  type KnownDomain,
  knownDomains,
} from '../../known-domains.ts';
import { impersonatedPlatform, platformByDomain } from '../../platforms.ts';
import { hit, type Rule } from '../rule.ts';
import { type SeenHost, seenHosts } from './seen-hosts.ts';

// A typo away from a domain the seller trusts: alibeba.com, kesler-haustechnik.de, the
// customer's name under .co instead of .com, or a known domain worn as a prefix
// (hsbc.com.secure-verify.net). Business email compromise and fake platform notices live here.

// Short names sit one letter from too many honest ones (ups, sc, dhl): they are matched only
// letter for letter, by the homoglyph and prefix checks.
const MIN_TYPO_LENGTH = 5;
const LONG_NAME = 12;
const MIN_BRAND_TOKEN = 4;
const MIN_SUBDOMAIN_BRAND = 5;
// One slip on ".com": the suffixes typo-squatters register for it.
const COM_SLIPS = new Set(['co', 'cm', 'om', 'con', 'cmo', 'comm', 'corn']);
// Government labels on a domain no government suffix covers (customs-gov.com, irs.gov.tax-refund.net).
const GOVERNMENT_LABEL = new Set(['gov', 'govt', 'gouv', 'gob', 'government']);
const GOVERNMENT_SUFFIX = /(?:^|\.)(?:gov|gouv|gob|govt|go|gv|gc|mil|admin|bund|gub|egov)(?:\.|$)/;

function typoDistanceAllowed(shape: string): number {
  if (shape.length >= LONG_NAME) return 2;
  return shape.length >= MIN_TYPO_LENGTH ? 1 : 0;
}

function imitated(seen: SeenHost, known: KnownDomain[]): KnownDomain | null {
  const { name, suffix, shape } = seen;
  const tokens = brandTokens(seen.shown, name);

  for (const entry of known) {
    if (seen.host.startsWith(`${entry.domain}.`) || seen.host.startsWith(`${entry.domain}-`)) {
      return entry;
    }
    if (wearsBrand(entry, tokens)) return entry;

    // Same look, other letters: the homoglyph rule's to name.
    if (shape === entry.shape && name !== entry.label) continue;
    if (name === entry.label) {
      if (COM_SLIPS.has(suffix) && entry.domain.endsWith('.com')) return entry;
      continue;
    }

    const allowed = typoDistanceAllowed(entry.shape);
    if (allowed > 0 && Math.abs(shape.length - entry.shape.length) <= allowed) {
      if (distance(shape, entry.shape) <= allowed) return entry;
    }
  }

  return null;
}

// A brand's whole name as one word of a host it does not own: fedex-delivery.com,
// paypal.secure-verify.net. Customers' names are left out: their subsidiaries do this honestly.
function wearsBrand(entry: KnownDomain, tokens: Map<string, number>): boolean {
  if (entry.kind === 'customer' || entry.kind === 'own') return false;
  return entry.label.length >= (tokens.get(entry.label) ?? Number.POSITIVE_INFINITY);
}

// The words of a host, each with the shortest brand name it may stand for: in the registrable
// name any brand of four letters or more; in a subdomain only longer ones, since www.citi.umich.edu
// is a university's, not Citibank's.
function brandTokens(host: string, name: string): Map<string, number> {
  const tokens = new Map<string, number>();
  const subdomain = host.endsWith(name) ? '' : host.slice(0, host.lastIndexOf(`${name}.`));
  for (const word of subdomain.split(/[.-]/)) tokens.set(word, MIN_SUBDOMAIN_BRAND);
  for (const word of name.split(/[.-]/)) tokens.set(word, MIN_BRAND_TOKEN);
  return tokens;
}

function posesAsGovernment(seen: SeenHost): boolean {
  if (GOVERNMENT_SUFFIX.test(seen.suffix)) return false;

  const labels = seen.shown.slice(0, seen.shown.length - seen.suffix.length).split(/[.-]/);
  return labels.some((label) => GOVERNMENT_LABEL.has(label));
}

function finding(a: Analysis): string | null {
  const known = knownDomains(a);

  for (const seen of seenHosts(a)) {
    if (isKnownDomain(known, seen.registrable) || platformByDomain(seen.registrable)) continue;
    // A platform's brand in the host is already named by platform-impersonation.
    if (impersonatedPlatform(seen.host, seen.registrable)) continue;

    const entry = imitated(seen, known);
    if (entry) return `${seen.where} ${seen.shown} looks like ${describeKnown(entry)}`;
    if (posesAsGovernment(seen)) return `${seen.where} ${seen.shown} poses as a government site`;
  }

  return null;
}

export const lookalikeDomain: Rule = {
  id: 'lookalike-domain',
  factor: 'intent',
  flag: 'strong',
  title: 'A domain one slip away from one you trust',
  evaluate: (a) => hit(0, finding(a)),
};
