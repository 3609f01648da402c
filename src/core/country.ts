import { findPhoneNumbersInText, type PhoneNumber } from 'libphonenumber-js';
import type { Analysis } from './analysis.ts';

// The buyer's country, from the strongest clue available: the phone's country code, then a
// country-code domain. Generic domains (.com) say nothing.
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'info', 'biz', 'co', 'io', 'example']);

export type CountryClue = { code: string; evidence: string };

export function buyerCountry(a: Analysis): CountryClue | null {
  const phone = internationalPhone([a.signature ?? '', a.body].join('\n'));
  if (phone?.country) return { code: phone.country, evidence: phone.number };

  const tld = a.sender.domain?.split('.').pop() ?? '';
  if (tld.length === 2 && !GENERIC_TLDS.has(tld)) {
    return { code: tld === 'uk' ? 'GB' : tld.toUpperCase(), evidence: a.sender.domain ?? tld };
  }

  return null;
}

// Only numbers written with their country code (+49 ...) name a country, so only the few
// characters after each "+" are handed to the phone parser: it reads long text slowly
// (seconds for a megabyte of digits), and a signature's number is short.
const PLUS_DIGIT = /\+[\s(]{0,3}\d/g;
const SNIPPETS_MAX = 20;
const SNIPPET_LENGTH = 40;

export function internationalPhone(text: string): PhoneNumber | null {
  const snippets: string[] = [];
  for (const match of text.matchAll(PLUS_DIGIT)) {
    snippets.push(text.slice(Math.max(0, match.index - 1), match.index + SNIPPET_LENGTH));
    if (snippets.length >= SNIPPETS_MAX) break;
  }

  for (const snippet of snippets) {
    const found = findPhoneNumbersInText(snippet).find((phone) => phone.number.country);
    if (found) return found.number;
  }

  return null;
}
