import type { FeedbackKind } from '../grade-types.ts';

// The answer to each kind of buyer reply after a quote (method.md §4, §6). Square brackets
// are fields only the seller can fill; `{{…}}` come from the mail and settings.

type Draft = { title: string; body: string };

const CLOSE = `Best regards,
{{signature}}`;

export const FEEDBACK_TEMPLATES: Record<FeedbackKind, Draft> = {
  bargaining: {
    title: 'Bargaining: show the value, trade any cut',
    body: `Dear {{buyerName}},

Thank you for your reply on our offer for {{product}}.

We understand you are looking for a better price. Our price includes [what sets the product apart: material, tolerance, certification, after-sales service], which lower offers often leave out.

We can offer [new unit price or discount] if the order rises to [quantity] or the terms change to [payment or delivery terms]. This is the best we can do while keeping the quality you expect.

${CLOSE}`,
  },
  comparing_offers: {
    title: 'Comparing offers: invite questions, ask again next week',
    body: `Dear {{buyerName}},

Thank you for letting us know that you are reviewing several offers for {{product}}. If any point of our quotation is unclear, or you would like another specification or quantity priced, just ask and we will answer the same day.

I will check back with you next week to hear your feedback.

${CLOSE}`,
  },
  found_other_supplier: {
    title: 'Found another supplier: offer samples too',
    body: `Dear {{buyerName}},

Thank you for telling us. We are sorry to miss this chance, and we would still like to be considered for {{product}}.

We would be glad to make samples as well, free of charge, so that you can compare the quality side by side. Please send us the address for the samples.

${CLOSE}`,
  },
  ordered_elsewhere: {
    title: 'Ordered elsewhere: regret, ask why, keep in touch',
    body: `Dear {{buyerName}},

Thank you for letting us know. We are sorry we could not work together this time, and we hope to have the chance next time.

May we ask what decided it for the other supplier: the price, the lead time, or something else? Your answer will help us serve you better on your next order.

We will keep you informed of our new products.

${CLOSE}`,
  },
  sample_request: {
    title: 'Sample request: confirm, then send the tracking number',
    body: `Dear {{buyerName}},

Thank you for your interest. Yes, we can send you samples of {{product}}.

- Standard samples: free of charge; the courier cost is [paid by you, or sent on your courier account].
- Custom samples: [sample charge], refunded against your first order; they take about [number] days to make.

Please confirm the specification and your delivery address. We will send you the tracking number as soon as the samples are dispatched.

${CLOSE}`,
  },
  references_request: {
    title: 'References: ask our customers first',
    body: `Dear {{buyerName}},

Thank you for your question. We have customers in your market and will gladly put you in touch with them; we only need to ask for their permission first, and we will come back to you as soon as they agree.

Meanwhile we can send you [export records, certificates, a factory audit report or a bank reference] to show our standing.

${CLOSE}`,
  },
  awaiting_client_feedback: {
    title: 'Waiting for their customer: acknowledge, stay close',
    body: `Dear {{buyerName}},

Thank you for the update. We understand you are waiting for your customer's feedback on {{product}}.

If your customer has any question on the specification, the price or the delivery, please send it to us and we will answer at once. I will check with you again in a few days.

${CLOSE}`,
  },
  ready_to_order: {
    title: 'Ready to order: send the PI, confirm every detail',
    body: `Dear {{buyerName}},

Thank you for your order. Please find attached our proforma invoice for {{quantity}} of {{product}}, {{incoterm}}.

Please check each detail before you confirm:
- Product and specification: [specification]
- Quantity and unit price: {{quantity}} at [unit price]
- Packing and marking: [packing]
- Delivery date: [date]
- Payment: [payment terms], to the account shown on the invoice

As soon as we receive your confirmation and the deposit, production will start.

${CLOSE}`,
  },
  further_questions: {
    title: 'Further questions: answer every one today',
    body: `Dear {{buyerName}},

Thank you for your questions about {{product}}. Please find our answers below:

1. [answer]
2. [answer]

If anything else is unclear, please let me know.

${CLOSE}`,
  },
  auto_reply: {
    title: 'Auto-reply: write again on their return',
    body: `Dear {{buyerName}},

Welcome back. I am writing again about our offer for {{product}}, which we sent while you were away. Has it reached you, and do you have any questions?

${CLOSE}`,
  },
  not_interested: {
    title: 'Not interested: thank them, respect it',
    body: `Dear {{buyerName}},

Thank you for letting us know; we understand. We will not send you further offers for {{product}}.

Should your needs change, we will be glad to hear from you.

${CLOSE}`,
  },
  order_logistics: {
    title: 'Order in progress: answer the logistics',
    body: `Dear {{buyerName}},

Thank you for your message about the order. [Answer on the shipment, the documents or the payment.]

We will keep you updated at each step until the goods arrive.

${CLOSE}`,
  },
  other: {
    title: 'Other reply: answer in your own words',
    body: `Dear {{buyerName}},

Thank you for your message. [Your answer.]

${CLOSE}`,
  },
};
