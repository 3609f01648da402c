import type { MailMessage } from '../../src/core/message.ts';
import { minutesAgo, OWN_DOMAIN } from './book-support.ts';

// Buyers' mail for the book's browser tests: an A inquiry (a named buyer writing directly with
// a drawing, terms and a dated need) and a C one, the seller's answers and the buyer's reply.

const SALES = { name: 'Li Wei', email: `sales@${OWN_DOMAIN}` };

const inquiry = (
  from: MailMessage['from'],
  subject: string,
  bodyText: string,
  signatureText: string,
): MailMessage => ({
  from,
  replyTo: [],
  to: [SALES],
  cc: [],
  subject,
  date: minutesAgo(5),
  bodyText,
  signatureText,
  quotedText: null,
  attachments: [{ name: 'DN50-drawing.pdf' }],
  links: [],
});

export const hansInquiry = (): MailMessage =>
  inquiry(
    { name: 'Hans Keller', email: 'hans.keller@kessler-armaturen.de' },
    'RFQ: 2,000 pcs DN50 stainless ball valves, CIF Hamburg',
    'Dear Sales team,\n\nWe found your company on your website. Please quote 2,000 pcs DN50 stainless steel ball valves, PN40, CF8M, with our logo laser marked, per the attached drawing. Delivery CIF Hamburg next week if possible, this is for a pipeline project in May; payment 30% T/T deposit, 70% against B/L. Please also advise MOQ and lead time, and whether you can send 2 samples; we can pay the sample charges.\nIf price and samples are fine we plan to place the order this month; please send the PI.\n\nBest regards',
    'Hans Keller\nPurchasing Manager\nKessler Armaturen GmbH\nIndustriestr. 12, 70565 Stuttgart, Germany\nTel +49 711 555 0100\nwww.kessler-armaturen.de',
  );

export const mariaInquiry = (product: string): MailMessage =>
  inquiry(
    { name: 'Maria Lopez', email: 'maria.lopez@sonidistribucion.es' },
    `Inquiry: 1,000 pcs ${product}`,
    `Dear Sales team,\n\nWe found your company on your website. Please quote 1,000 pcs ${product}, stainless steel, with our logo, per the attached drawing. Delivery FOB Ningbo by end of June; payment T/T. Please advise MOQ and lead time.\n\nBest regards`,
    'Maria Lopez\nCompras\nSoni Distribución S.L.\nTel +34 91 555 0199\nwww.sonidistribucion.es',
  );

export const ourQuotation = (to: MailMessage['from'], subject: string): MailMessage => ({
  from: SALES,
  replyTo: [],
  to: [to],
  cc: [],
  subject: `Re: ${subject}`,
  date: minutesAgo(1),
  bodyText: `Dear ${to.name},\n\nThank you for your inquiry. Please find our quotation: USD 18.50/pc CIF Hamburg, lead time 30 days.\n\nBest regards`,
  signatureText: 'Li Wei\nNingbo Valves Co., Ltd.',
  quotedText: null,
  attachments: [{ name: 'Quotation-NV-2026-118.pdf' }],
  links: [],
});

export const comparingReply = (from: MailMessage['from'], subject: string): MailMessage => ({
  from,
  replyTo: [],
  to: [SALES],
  cc: [],
  subject: `Re: ${subject}`,
  date: minutesAgo(0),
  bodyText:
    'Hi Li,\n\nThanks for the offer. We got several offers from other suppliers and are still comparing them. We will come back to you.\n\nHans',
  signatureText: null,
  quotedText: 'Our quotation: USD 18.50/pc CIF Hamburg, lead time 30 days.',
  attachments: [],
  links: [],
});
