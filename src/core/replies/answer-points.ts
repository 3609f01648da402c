import type { ReplyKey } from './reply-keys.ts';

// What a good answer does, shown as a checklist beside each suggested reply: method.md §2 for
// the classes, §4 and §6 for buyer replies, in the product's own words. Ids stay stable so a
// translation can be keyed on them.

export type AnswerPoint = { id: string; text: string };

const points = (key: ReplyKey, texts: string[]): AnswerPoint[] =>
  texts.map((text, index) => ({ id: `${key}-${index + 1}`, text }));

export const ANSWER_POINTS: Record<ReplyKey, AnswerPoint[]> = {
  A: points('A', [
    'Reply at once: within 15 minutes.',
    'Say plainly that quality, quantity and delivery date can all be met.',
    'Price for where the inquiry came from and where the buyer is.',
    'Have the proforma invoice or sales contract ready to send.',
    'Write as a trade professional and a product expert.',
  ]),
  B: points('B', [
    'Reply within 30 minutes.',
    "Answer the buyer's real need, not a general pitch.",
    'Quotation complete and exact: price basis, Incoterm, payment, delivery, validity.',
    'Price a little under the market.',
    'No answer to the quote: phone the buyer.',
  ]),
  C: points('C', [
    'Reply the same working day.',
    'Treat the need as real.',
    'Where the need is clear, quote competitively.',
    'Where it is vague, ask about product, quantity and market.',
  ]),
  D: points('D', [
    'Reply within 24 hours with the price list (PDF).',
    'Follow up at intervals: a week, a month, then now and then.',
    'If the buyer comes back with more detail, grade it again: it may rise to C.',
  ]),
  E: points('E', [
    'State payment as 100% T/T in advance.',
    'Open none of the links or files the sender gave.',
    'Do not be swayed by the size of the order on offer.',
  ]),
  bargaining: points('bargaining', [
    'Show with figures why the product is worth its price.',
    'Cut only within your margin.',
    'Trade any cut for something: quantity, payment or delivery terms.',
    'Keep control of the size and pace of discounts.',
  ]),
  comparing_offers: points('comparing_offers', [
    'Thank the buyer and invite questions.',
    'Ask for feedback again next week.',
    'No order after a month: move to periodic contact.',
  ]),
  found_other_supplier: points('found_other_supplier', [
    'Regret the missed chance.',
    'Offer to make samples too, free if need be.',
    'Move to periodic contact.',
  ]),
  ordered_elsewhere: points('ordered_elsewhere', [
    'Regret it and hope for next time.',
    'Ask politely why they chose the other supplier.',
    'If told, promise to meet that next time.',
    'Keep in touch with new products and greetings.',
  ]),
  sample_request: points('sample_request', [
    'Confirm that you can send samples.',
    'Standard samples: free, the buyer pays the courier; send the tracking number promptly.',
    'Custom samples: charged, refundable against an order; report progress as it goes.',
  ]),
  references_request: points('references_request', [
    'Say you have customers there and must ask them before sharing.',
    'Share contacts only after they agree.',
    'None there: say past customers prefer privacy, offer other proof of standing.',
  ]),
  awaiting_client_feedback: points('awaiting_client_feedback', [
    'Acknowledge and wait.',
    'If intent looks high, follow up every three days.',
  ]),
  ready_to_order: points('ready_to_order', [
    'Send the proforma invoice or contract at once.',
    'Confirm every detail: specification, quantity, price, packing, delivery, payment.',
  ]),
  further_questions: points('further_questions', [
    'Answer every question.',
    'Answer the same day.',
  ]),
  auto_reply: points('auto_reply', [
    'Not a real answer: the follow-up goes on.',
    'Write again after the return date, if one is given.',
  ]),
  not_interested: points('not_interested', [
    'Thank the buyer.',
    'Honour any request not to be contacted; otherwise move to periodic contact.',
  ]),
  order_logistics: points('order_logistics', [
    'An order in progress: answer the logistics question, no sales pitch.',
  ]),
  other: points('other', ['Read it yourself and decide the next step.']),
};
