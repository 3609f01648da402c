import { describe, expect, it } from 'vitest';
import type { ReplyKey } from '../../../src/core/draft/check-types.ts';
import { checkOf, okAndDetail, SIGNATURE } from './drafts.ts';

const words = (count: number) => Array.from({ length: count }, () => 'valve').join(' ');

describe('salutation: greets the buyer by name', () => {
  it.each([
    ['Dear Mr. Weber,', 'Daniel Weber', [true, 'Dear Mr. Weber,']],
    ['Hi Daniel,', 'Daniel Weber', [true, 'Hi Daniel,']],
    ['Estimado José:', 'Jose Martinez', [true, 'Estimado José:']],
    ['Уважаемый Иван,', 'Иван Петров', [true, 'Уважаемый Иван,']],
    ['Dear Sir or Madam,', 'Daniel Weber', [false, 'not by name: Dear Sir or Madam,']],
    ['Dear Linda,', 'Li Wei', [false, 'not by name: Dear Linda,']],
    ['Thank you for your inquiry.', 'Daniel Weber', [false, 'no greeting']],
    ['Dear Ahmed,', null, [true, 'Dear Ahmed,']],
    ['Dear friend,', null, [false, 'no name: Dear friend,']],
  ] as const)('%s (buyer %s)', (opening, buyerName, expected) => {
    const draftText = `${opening}\n\nThank you for your inquiry.\n\n${SIGNATURE}`;

    expect(okAndDetail(checkOf('salutation', { draftText, buyerName }))).toEqual(expected);
  });
});

describe('signature: name, company, phone, email, website', () => {
  it.each([
    ['complete', SIGNATURE, [true, 'name, company, phone, email, website']],
    [
      'a Chinese name and a bare domain',
      'Best regards,\n王琳\nNingbo Hongda Valve Co., Ltd.\n+86 138 0000 1234\nlinda@hongda-valves.com\nhongda-valves.com',
      [true, 'name, company, phone, email, website'],
    ],
    [
      'no phone and no website',
      'Best regards,\nLinda Wang\nNingbo Hongda Valve Co., Ltd.\nlinda@hongda-valves.com',
      [false, 'missing phone, website'],
    ],
    [
      'a closing and nothing else',
      'Best regards',
      [false, 'missing name, company, phone, email, website'],
    ],
    [
      'a contact block without a closing line',
      'Linda Wang | Ningbo Hongda Valve Co., Ltd.\nTel: +86 574 8765 4321\nlinda@hongda-valves.com | www.hongda-valves.com',
      [true, 'name, company, phone, email, website'],
    ],
  ])('%s', (_name, signature, expected) => {
    const draftText = `Dear Daniel,\n\nThank you for your inquiry.\n\n${signature}`;

    expect(okAndDetail(checkOf('signature', { draftText }))).toEqual(expected);
  });

  it("holds the signature to the profile's company and sender name where given", () => {
    const profile = { companyName: 'Zhejiang Hongda Valve', senderName: 'Linda Wang' };

    expect(okAndDetail(checkOf('signature', { profile }))).toEqual([false, 'missing company']);
  });
});

describe('attachments: PDF only in a first quotation', () => {
  it.each([
    [
      ['Quotation HV-200.pdf', 'CE certificate.PDF'],
      [true, 'Quotation HV-200.pdf, CE certificate.PDF'],
    ],
    [[], [true, 'none']],
    [
      ['quotation.xlsx', 'valve.jpg'],
      [false, 'not PDF: quotation.xlsx, valve.jpg'],
    ],
  ])('%j', (names, expected) => {
    const attachments = names.map((name) => ({ name }));

    expect(okAndDetail(checkOf('attachments', { attachments }))).toEqual(expected);
  });
});

// Counted between the greeting and the signature, both included: "Dear Daniel" and "Best
// regards" add four words to each body below.
describe('length: suits the class', () => {
  it.each<[string, ReplyKey, string, string[], [boolean, string]]>([
    ['A, complete', 'A', `${words(120)} USD 3.20/pc`, [], [true, '128 words']],
    [
      'A, a bare line',
      'A',
      'Price is USD 3.20/pc.',
      [],
      [false, '10 words: too short for 60-350 words'],
    ],
    ['B, bloated', 'B', words(420), [], [false, '424 words: too long for 60-350 words']],
    ['C, guiding questions', 'C', `${words(40)} Which market is it for?`, [], [true, '49 words']],
    [
      'C, neither quote nor question',
      'C',
      words(40),
      [],
      [false, '44 words, but no guiding question'],
    ],
    ['D, short with the price list', 'D', words(30), ['Price list 2026.pdf'], [true, '34 words']],
    ['D, without a price list', 'D', words(30), [], [false, '34 words, but no price list']],
    [
      'E, short and firm',
      'E',
      `${words(20)} Payment: 100% T/T in advance.`,
      [],
      [true, '30 words'],
    ],
    ['E, soft', 'E', words(20), [], [false, '24 words, but no 100% payment in advance']],
    ['a reply to bargaining', 'bargaining', words(80), [], [true, '84 words']],
  ])('%s', (_name, replyKey, body, names, expected) => {
    const draftText = `Dear Daniel,\n\n${body}\n\n${SIGNATURE}`;
    const attachments = names.map((name) => ({ name }));
    const check = checkOf('length', { draftText, replyKey, attachments, isFirstQuotation: false });

    expect(okAndDetail(check)).toEqual(expected);
  });
});
