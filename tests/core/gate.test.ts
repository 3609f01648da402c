import { describe, expect, test } from 'vitest';
import { gate } from '../../src/core/gate.ts';
import { gradeMail } from '../../src/core/grade.ts';
import { analysisOf, type MailPartial, mail } from './support/mail.ts';

// Step 0 of scoring.md: what the mail is decides whether it is scored at all.

const ownDomains = ['hongda-valves.com'];

const buyerInquiry = `Dear Mr. Li,

Please quote 2,000 pcs brass ball valves DN25, PN25, FOB Ningbo, delivery in May.

Best regards
Daniel Weber
Purchasing Manager
Kessler Haustechnik GmbH`;

const forwardedByColleague: MailPartial = {
  from: 'Li Wei <li.wei@hongda-valves.com>',
  to: ['amy.zhang@hongda-valves.com'],
  subject: 'Fwd: RFQ brass ball valves',
  body: `Amy, please handle this one today.

---------- Forwarded message ---------
From: Daniel Weber <d.weber@kessler-haustechnik.de>
Date: Mon, 3 Mar 2025 at 09:12
Subject: RFQ brass ball valves
To: Li Wei <li.wei@hongda-valves.com>

${buyerInquiry}`,
};

describe('the gate', () => {
  test("calls the seller's own mail other", () => {
    const own = mail({
      from: 'Li Wei <li.wei@hongda-valves.com>',
      to: ['d.weber@kessler-haustechnik.de'],
      subject: 'Quotation BV-25',
      body: 'Dear Daniel, please find our quotation for 2,000 pcs BV-25 attached, FOB Ningbo.',
    });

    expect(gradeMail(own, { context: { ownDomains } })).toMatchObject({
      kind: 'other',
      reason: 'own-mail',
    });
  });

  test("grades a colleague's forward as the buyer's inquiry", () => {
    const a = analysisOf(forwardedByColleague, { ownDomains });
    const grade = gradeMail(mail(forwardedByColleague), { context: { ownDomains } });

    expect(a.forwarded).toBe(true);
    expect(a.sender).toMatchObject({
      name: 'Daniel Weber',
      email: 'd.weber@kessler-haustechnik.de',
    });
    expect(a.subject).toBe('RFQ brass ball valves');
    expect(a.body).not.toContain('please handle this one');
    expect(gate(a)).toEqual({ kind: 'inquiry', reason: 'trade-inquiry' });
    expect(grade.kind === 'inquiry' && grade.evidence).toContainEqual(
      expect.objectContaining({ ruleId: 'mail-domain', evidence: 'kessler-haustechnik.de' }),
    );
  });

  test('calls a mailing list other, however tradey its words', () => {
    const list = mail({
      from: 'Valve World News <news@valveworld.example>',
      subject: 'Brass prices in March',
      body: 'We are looking for suppliers to feature. Send your price list and MOQ for brass valves.',
      headers: { 'list-id': '<news.valveworld.example>', 'list-unsubscribe': '<mailto:x>' },
    });

    expect(gradeMail(list)).toMatchObject({ kind: 'other', reason: 'mailing-list' });
  });

  test('calls a buyer answer a reply when the prospect book knows a quote was sent', () => {
    const answer = mail({ subject: 'Re: ball valves', body: 'Thanks, we will check and revert.' });

    expect(gradeMail(answer, { context: { ourQuoteSent: true } })).toMatchObject({
      kind: 'reply',
      reason: 'quote-reply',
    });
  });

  test('calls "Re:" over a quoted quotation a reply with no context at all', () => {
    const answer = mail({
      subject: 'Re: Quotation for brass ball valves',
      body: 'Dear Li,\n\nYour price is a bit high, can you do 5% better on 2,000 pcs?\n\nDaniel',
      quotedText: 'Our quotation: 2,000 pcs BV-25 at USD 4.20/pc FOB Ningbo, valid 30 days.',
    });

    expect(gradeMail(answer)).toMatchObject({ kind: 'reply', reason: 'quote-reply' });
  });

  test('calls a personal note with no trade content other', () => {
    const note = mail({
      from: 'Anna Meyer <anna.meyer@gmail.com>',
      subject: 'Saturday',
      body: 'Hi Li,\n\nAre we still on for dinner on Saturday? Bring the kids!\n\nAnna',
    });

    expect(gradeMail(note)).toMatchObject({ kind: 'other', reason: 'no-trade-content' });
  });

  test('grades a scam with a phishing link as an inquiry, class E', () => {
    const scam = mail({
      from: 'Procurement Dept <po@kessler-orders.xyz>',
      subject: 'Purchase order 4471',
      body: 'Dear Supplier,\n\nPlease review the purchase order and confirm: https://docs-sharepoint-view.xyz/po/4471',
    });
    const grade = gradeMail(scam);

    expect(grade).toMatchObject({ kind: 'inquiry', reason: 'solicitation', class: 'E' });
    expect(grade.kind === 'inquiry' && grade.redFlags[0]).toMatchObject({
      id: 'phishing-link',
      strength: 'strong',
    });
  });

  test('grades other mail anyway when forced', () => {
    const note = mail({
      from: 'Anna Meyer <anna.meyer@gmail.com>',
      subject: 'Saturday',
      body: 'Hi Li,\n\nAre we still on for dinner on Saturday?\n\nAnna',
    });

    expect(gradeMail(note, { force: true })).toMatchObject({ kind: 'inquiry', reason: 'forced' });
  });

  test("grades the seller's own mail anyway when forced", () => {
    const own = mail({ from: 'li.wei@hongda-valves.com', body: 'Internal note: stock check.' });

    expect(gradeMail(own, { context: { ownDomains }, force: true })).toMatchObject({
      kind: 'inquiry',
      reason: 'forced',
    });
  });
});
