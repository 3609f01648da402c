import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/core/draft/check-draft.ts';
import { DRAFT_CHECK_IDS } from '../../../src/core/draft/check-types.ts';
import { mail } from '../support/mail.ts';
import { checkOf, input, QUOTATION, SIGNATURE } from './drafts.ts';

const ids = (changes: Parameters<typeof input>[0]) => checkDraft(input(changes)).map((c) => c.id);

describe('DRAFT_CHECK_IDS', () => {
  it('is the contract the panel renders and translates', () => {
    expect(DRAFT_CHECK_IDS).toEqual([
      'salutation',
      'answers',
      'price',
      'incoterm',
      'payment',
      'lead-time',
      'validity',
      'moq',
      'signature',
      'attachments',
      'length',
    ]);
  });
});

describe('checkDraft on a complete first quotation', () => {
  it('passes every check, in the contract order', () => {
    const checks = checkDraft(input());

    expect(checks.map((check) => [check.id, check.ok])).toEqual(
      DRAFT_CHECK_IDS.map((id) => [id, true]),
    );
  });

  it('says what it found, for the panel to show', () => {
    expect(
      checkDraft(input()).map((check) => `${check.id}: ${check.detail}`),
    ).toMatchInlineSnapshot(`
        [
          "salutation: Dear Mr. Weber,",
          "answers: all 4 answered",
          "price: USD 3.20/pc",
          "incoterm: FOB Ningbo",
          "payment: 30% T/T",
          "lead-time: Lead time: 25 days",
          "validity: valid for 30 days",
          "moq: MOQ: 1,000 pcs",
          "signature: name, company, phone, email, website",
          "attachments: Quotation HV-200.pdf",
          "length: 82 words",
        ]
      `);
  });
});

describe('checkDraft returns only the checks that apply', () => {
  it.each([
    [
      'a reply that is no quotation',
      { isFirstQuotation: false, replyKey: 'further_questions' as const },
      ['salutation', 'answers', 'signature', 'length'],
    ],
    [
      'a later offer the seller marks as a quotation',
      { isFirstQuotation: false, isQuotation: true, replyKey: 'bargaining' as const },
      [
        'salutation',
        'answers',
        'price',
        'incoterm',
        'payment',
        'lead-time',
        'validity',
        'moq',
        'signature',
        'length',
      ],
    ],
    [
      'outreach with no buyer mail to answer',
      { buyerMessage: null, isFirstQuotation: false },
      ['salutation', 'signature', 'length'],
    ],
  ])('%s', (_name, changes, expected) => {
    expect(ids(changes)).toEqual(expected);
  });
});

describe('the answers check', () => {
  it('lists the questions the draft leaves open', () => {
    const draftText = `Dear Daniel,\n\nOur price for HV-200 is USD 3.20/pc FOB Ningbo for 5,000 pcs.\n\n${SIGNATURE}`;
    const check = checkOf('answers', { draftText });

    expect(check.ok).toBe(false);
    expect(check.id === 'answers' && check.open.map((request) => request.label)).toEqual([
      'What is your MOQ?',
      'advise the lead time and payment terms.',
      'Do you have CE certificate?',
    ]);
    expect(check.detail).toBe(
      '3 of 4 open: What is your MOQ?; advise the lead time and payment terms.; Do you have CE certificate?',
    );
  });

  it.each([
    [
      'the quantity named, in other digits',
      'Please quote 5,000 pcs.',
      'USD 3.20/pc for 5000 pcs.',
      true,
    ],
    ['another quantity', 'Please quote 5,000 pcs.', 'USD 3.20/pc for 3,000 pcs.', false],
    ['"how soon" answered by a duration', 'How soon can you ship?', 'Within 20 days.', true],
    [
      'a Spanish question answered in English',
      '¿Cuál es el plazo de entrega?',
      'Lead time: 15-20 days.',
      true,
    ],
    [
      'a Russian question answered in English',
      'Есть ли сертификат ЕАС?',
      'Yes, we have the EAC certificate.',
      true,
    ],
    [
      'a question answered beside the point',
      'Do you have CE certificate?',
      'Our MOQ is 500 pcs.',
      false,
    ],
  ])('%s', (_name, question, answer, ok) => {
    const draftText = `Dear Daniel,\n\n${answer}\n\n${SIGNATURE}`;
    const buyerMessage = mail({ body: question });
    const check = checkOf('answers', { draftText, buyerMessage, isFirstQuotation: false });

    expect(check.ok).toBe(ok);
  });

  it('falls back to the content words for a question the lexicon does not know', () => {
    const buyer = mail({ body: 'Do you have an agent in Spain?' });
    const answered = `Dear Daniel,\n\nYes, our agent in Spain is Lumen S.L. in Valencia.\n\n${SIGNATURE}`;
    const ignored = `Dear Daniel,\n\nThank you for your mail.\n\n${SIGNATURE}`;

    expect(checkOf('answers', { draftText: answered, buyerMessage: buyer }).ok).toBe(true);
    expect(checkOf('answers', { draftText: ignored, buyerMessage: buyer }).ok).toBe(false);
  });

  it('reads only the draft above the quoted history', () => {
    const draftText = `Dear Daniel,\n\nThank you.\n\n${SIGNATURE}\n\nOn Mon, 2 Nov 2026, Daniel Weber wrote:\n> What is your MOQ?`;
    const buyer = mail({ body: 'What is your MOQ?' });

    expect(checkOf('answers', { draftText, buyerMessage: buyer }).ok).toBe(false);
  });

  it('says so when the buyer asked nothing', () => {
    const buyer = mail({ body: 'Thank you, we received the samples.\n\nBest regards,\nDaniel' });

    expect(checkOf('answers', { buyerMessage: buyer }).detail).toBe('no questions found');
  });
});

describe('the draft as the seller types it', () => {
  it('reads Windows line ends like any other', () => {
    const checks = checkDraft(input({ draftText: QUOTATION.replace(/\n/g, '\r\n') }));

    expect(checks.every((check) => check.ok)).toBe(true);
  });
});
