import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { Analysis } from './analysis.ts';

// The buyer's country, from the strongest clue available: the phone's country code, then a
// country-code domain. Generic domains (.com) say nothing.
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'co', 'io', 'example']);

export type CountryClue = { code: string; evidence: string };

export function buyerCountry(a: Analysis): CountryClue | null {
  const phone = findPhoneNumbersInText([a.signature ?? '', a.body].join('\n')).find(
    (found) => found.number.country,
  );
  if (phone?.number.country) return { code: phone.number.country, evidence: phone.number.number };

  const tld = a.sender.domain?.split('.').pop() ?? '';
  if (tld.length === 2 && !GENERIC_TLDS.has(tld)) {
    return { code: tld === 'uk' ? 'GB' : tld.toUpperCase(), evidence: a.sender.domain ?? tld };
  }

  return null;
}
