import { describe, expect, it, test } from 'vitest';
import { gradeMail } from '../src/core/grade.ts';
import { CLASSES, FEEDBACK_KINDS, type Grade } from '../src/core/grade-types.ts';
import { ANSWER_POINTS } from '../src/core/replies/answer-points.ts';
import { DEFAULT_TEMPLATES } from '../src/core/replies/default-templates.ts';
import {
  fillTemplate,
  openFields,
  type ReplyVariables,
  unknownPlaceholders,
} from '../src/core/replies/fill-template.ts';
import { REPLY_KEYS, replyKeysFor } from '../src/core/replies/reply-keys.ts';
import {
  deleteTemplate,
  emptyStoredTemplates,
  resetTemplates,
  saveTemplate,
  storedTemplatesSchema,
  templatesFrom,
} from '../src/core/replies/stored-templates.ts';
import { suggestReply, templatesFor } from '../src/core/replies/suggest.ts';
import {
  buyerNameOf,
  incotermOf,
  productInSubject,
  productOf,
  quantityIn,
  quantityOf,
  replyVariables,
} from '../src/core/replies/variables.ts';
import { mail } from './core/support/mail.ts';

// The reply templates, their filling and the variables found in real graded mail. Pure core:
// no browser, no storage.

const templateOf = (key: string) => {
  const found = DEFAULT_TEMPLATES.find((template) => template.key === key);
  if (!found) throw new Error(`no template for ${key}`);
  return found.body;
};

describe('the built-in replies', () => {
  it('have one template and a checklist for each class and each buyer-reply kind', () => {
    expect(DEFAULT_TEMPLATES.map((template) => template.key)).toEqual([
      ...CLASSES,
      ...FEEDBACK_KINDS,
    ]);
    expect(REPLY_KEYS).toHaveLength(18);
    for (const key of REPLY_KEYS) {
      expect(ANSWER_POINTS[key].length, key).toBeGreaterThan(0);
    }
  });

  test.each(DEFAULT_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s names only known variables, greets the buyer and signs off',
    (_key, template) => {
      expect(unknownPlaceholders(template.body)).toEqual([]);
      expect(template.body).toMatch(/^Dear \{\{buyerName\}\},\n\n/);
      expect(template.body).toMatch(/Best regards,\n\{\{signature\}\}$/);
      expect(template.title.length).toBeLessThanOrEqual(120);
    },
  );

  it('answer class A: quality, quantity and date can be met, a PI is ready', () => {
    const body = templateOf('A');
    expect(body).toContain('meet your quality requirements, supply the full quantity');
    expect(body).toContain('deliver by the date you need');
    expect(body).toContain('proforma invoice is ready');
  });

  it('answer class D with the price list and a follow-up', () => {
    expect(templateOf('D')).toContain('current price list');
    expect(templateOf('D')).toContain('I will be in touch next week');
  });

  it('answer class E with payment in advance and no links opened', () => {
    expect(templateOf('E')).toContain('100% T/T in advance');
    expect(templateOf('E')).toContain('we do not open links');
    expect(ANSWER_POINTS.E.map((point) => point.text)).toContain(
      'Open none of the links or files the sender gave.',
    );
  });

  it('answer a sample request with the tracking number, references after consent', () => {
    expect(templateOf('sample_request')).toContain('tracking number');
    expect(templateOf('references_request')).toContain('ask for their permission first');
  });
});

const ALL: ReplyVariables = {
  buyerName: 'Daniel Weber',
  product: 'stainless steel hinges',
  quantity: '5,000 pcs',
  incoterm: 'FOB Ningbo',
  companyName: 'Hongda Hardware',
  signature: 'Li Wei\nSales Manager, Hongda Hardware',
  subject: 'Inquiry for stainless steel hinges',
};

describe('filling a template', () => {
  it('puts each value in place', () => {
    const filled = fillTemplate(
      'Dear {{buyerName}},\n{{quantity}} of {{ product }}, {{incoterm}}.',
      ALL,
    );
    expect(filled).toEqual({
      text: 'Dear Daniel Weber,\n5,000 pcs of stainless steel hinges, FOB Ningbo.',
      missing: [],
    });
  });

  it('shows a missing value as a field to fill in, and says which', () => {
    const filled = fillTemplate('Dear {{buyerName}}, about {{product}} ({{product}})', {
      buyerName: null,
    });
    expect(filled.text).toBe('Dear [buyer name], about [product] ([product])');
    expect(filled.missing).toEqual(['buyerName', 'product']);
    expect(openFields(filled.text)).toEqual(['buyer name', 'product']);
  });

  it('lets the signature be empty when the mail client adds its own', () => {
    const filled = fillTemplate('Best regards,\n{{signature}}', { ...ALL, signature: '' });
    expect(filled).toEqual({ text: 'Best regards,', missing: [] });
  });

  it('keeps unknown placeholders as written and lists them for the editor', () => {
    const template = 'Hello {{buyerNmae}}';
    expect(fillTemplate(template, ALL).text).toBe(template);
    expect(unknownPlaceholders(template)).toEqual(['buyerNmae']);
  });

  it('treats markup in the mail as text', () => {
    const filled = fillTemplate('Re {{product}}', {
      ...ALL,
      product: '<img src=x onerror=alert(1)>',
    });
    expect(filled.text).toBe('Re <img src=x onerror=alert(1)>');
  });
});

describe('the variables of a graded inquiry', () => {
  const inquiry = mail({
    subject: 'Inquiry for stainless steel hinges',
    body: [
      'Dear Sir,',
      '',
      'We are looking for stainless steel hinges, 5,000 pcs per month, FOB Ningbo.',
      'Please quote your best price and lead time.',
      '',
      'Best regards,',
      'Daniel Weber',
      'Purchasing Manager',
      'Kessler Haustechnik GmbH',
    ].join('\n'),
  });

  it('come from the evidence the grade carries', () => {
    const grade = gradeMail(inquiry, {});
    expect(grade.kind).toBe('inquiry');

    expect(
      replyVariables({ message: inquiry, grade, companyName: 'Hongda', signature: '' }),
    ).toEqual({
      buyerName: 'Daniel Weber',
      product: 'stainless steel hinges',
      quantity: '5,000 pcs',
      incoterm: 'FOB Ningbo',
      companyName: 'Hongda',
      signature: '',
      subject: 'Inquiry for stainless steel hinges',
    });
  });

  it('come from the text for a buyer reply, which carries no such evidence', () => {
    const reply = mail({
      subject: 'RE: Inquiry for LED panel lights',
      from: 'PURCHASING DEPT <buy@lumen.example>',
      body: 'Your price for 2 x 40HQ CIF Hamburg is too high, can you cut 5%?',
    });
    const grade: Grade = {
      kind: 'reply',
      reason: 'quote-reply',
      language: 'en',
      feedbackKinds: ['bargaining'],
      evidence: [{ kind: 'bargaining', evidence: 'can you cut 5%' }],
    };

    expect(
      replyVariables({ message: reply, grade, companyName: '', signature: 'Li' }),
    ).toMatchObject({
      buyerName: null,
      product: 'LED panel lights',
      quantity: '2 x 40HQ',
      incoterm: 'CIF Hamburg',
      companyName: null,
      subject: 'Inquiry for LED panel lights',
    });
  });

  test.each([
    ['Samir Okafor', 'Samir Okafor'],
    ['"Okafor, Samir"', 'Okafor, Samir'],
    ['JOHN SMITH', 'John Smith'],
    ['Anna Lee | Lee Imports', 'Anna Lee'],
    ['Ahmed Khan (Purchasing)', 'Ahmed Khan'],
    ['Maria Ruiz via Alibaba', 'Maria Ruiz'],
    ['sales', null],
    ['Purchasing Department', null],
    ['info@buyer.example', null],
    ['', null],
    [null, null],
  ])('the buyer named %j is greeted as %j', (name, expected) => {
    expect(buyerNameOf(name)).toBe(expected);
  });

  test.each([
    ['looking for stainless steel hinges', 'stainless steel hinges'],
    ['quote 2000 pcs of the DN50 ball valves', 'DN50 ball valves'],
    ['LED panel (in your catalogue)', 'LED panel'],
    [undefined, null],
  ])('the product in %j is %j', (evidence, expected) => {
    expect(productOf(evidence)).toBe(expected);
  });

  test.each([
    ['FOB Ningbo', 'FOB Ningbo'],
    ['prices CIF Jebel Ali please', 'CIF Jebel Ali'],
    ['FOB price and lead time', 'FOB'],
    ['EXW', 'EXW'],
    ['no terms at all', null],
  ])('the Incoterm in %j is %j', (text, expected) => {
    expect(incotermOf(text)).toBe(expected);
  });

  it('reads quantities from evidence and from text', () => {
    expect(quantityOf('"5,000 pcs", "2 x 40HQ"')).toBe('5,000 pcs');
    expect(quantityIn('We need 300 sets every quarter')).toBe('300 sets');
    expect(quantityIn('no number here')).toBeNull();
    expect(productInSubject('Fwd: RE: RFQ: ceramic mugs')).toBe('ceramic mugs');
  });
});

describe('choosing the reply', () => {
  it('answers an inquiry by its class, a buyer reply by each kind found, other mail not at all', () => {
    const grade = gradeMail(mail({ body: 'We need 500 pcs of PVC pipe, FOB Shanghai.' }), {});
    expect(replyKeysFor(grade)).toHaveLength(grade.kind === 'inquiry' ? 1 : 0);
    expect(
      replyKeysFor({
        kind: 'reply',
        reason: 'quote-reply',
        language: 'en',
        feedbackKinds: ['bargaining', 'sample_request'],
        evidence: [],
      }),
    ).toEqual(['bargaining', 'sample_request']);
    expect(replyKeysFor({ kind: 'other', reason: 'mailing-list', language: null })).toEqual([]);
  });

  it('suggests the filled text with the class checklist beside it', () => {
    const [template] = templatesFor(DEFAULT_TEMPLATES, 'E');
    if (!template) throw new Error('no E template');

    const suggestion = suggestReply(template, { ...ALL, signature: 'Li Wei' });
    expect(suggestion.text).toMatch(/^Dear Daniel Weber,\n\nThank you for your message\./);
    expect(suggestion.text).toMatch(/Best regards,\nLi Wei$/);
    expect(suggestion.missing).toEqual([]);
    expect(suggestion.points.map((point) => point.id)).toEqual(['E-1', 'E-2', 'E-3']);
  });

  it('leaves the fields only the seller can fill open, and lists them', () => {
    const [template] = templatesFor(DEFAULT_TEMPLATES, 'A');
    if (!template) throw new Error('no A template');

    expect(suggestReply(template, ALL).openFields).toEqual([
      'specification',
      'unit price',
      'payment terms',
      'lead time',
      'date',
    ]);
  });
});

describe('templates the user edits', () => {
  const newId = () => 'user-1';

  it('are the defaults until the user changes one', () => {
    expect(templatesFrom(emptyStoredTemplates())).toEqual(DEFAULT_TEMPLATES);
  });

  it('keep the user wording of a built-in template until it is reset', () => {
    const edited = saveTemplate(
      emptyStoredTemplates(),
      { id: 'default-D', key: 'D', title: 'Price list', body: 'Dear {{buyerName}}, see attached.' },
      newId,
    );
    expect(templatesFor(templatesFrom(edited), 'D')).toEqual([
      {
        id: 'default-D',
        key: 'D',
        title: 'Price list',
        body: 'Dear {{buyerName}}, see attached.',
        builtIn: true,
      },
    ]);

    expect(templatesFrom(resetTemplates(edited, 'default-D'))).toEqual(DEFAULT_TEMPLATES);
    expect(templatesFrom(resetTemplates(edited, null))).toEqual(DEFAULT_TEMPLATES);
  });

  it('add the user own templates after the built-in one, and keep them on reset', () => {
    const added = saveTemplate(
      emptyStoredTemplates(),
      { id: null, key: 'B', title: 'B, short', body: 'Dear {{buyerName}}, price attached.' },
      newId,
    );
    const forB = templatesFor(templatesFrom(added), 'B');
    expect(forB.map((template) => [template.id, template.builtIn])).toEqual([
      ['default-B', true],
      ['user-1', false],
    ]);

    expect(templatesFrom(resetTemplates(added, null))).toHaveLength(DEFAULT_TEMPLATES.length + 1);
    expect(templatesFrom(deleteTemplate(added, 'user-1'))).toEqual(DEFAULT_TEMPLATES);
  });

  it('update a user template in place', () => {
    const added = saveTemplate(
      emptyStoredTemplates(),
      { id: null, key: 'B', title: 'B, short', body: 'one' },
      newId,
    );
    const updated = saveTemplate(
      added,
      { id: 'user-1', key: 'C', title: 'now C', body: 'two' },
      newId,
    );
    expect(updated.added).toEqual([{ id: 'user-1', key: 'C', title: 'now C', body: 'two' }]);
  });

  it('refuse stored data that is not templates', () => {
    expect(storedTemplatesSchema.safeParse({ added: [{ id: 'x', key: 'Z' }] }).success).toBe(false);
    expect(storedTemplatesSchema.parse({})).toEqual(emptyStoredTemplates());
  });
});
