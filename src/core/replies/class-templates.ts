import type { InquiryClass } from '../grade-types.ts';

// The first answer to a new inquiry, one per class (method.md §2). Square brackets are
// fields only the seller can fill (a price, a date); `{{…}}` come from the mail and settings.
// A paragraph is one line: each line becomes a paragraph of its own in the reply box.

type Draft = { title: string; body: string };

export const CLASS_TEMPLATES: Record<InquiryClass, Draft> = {
  A: {
    title: 'Class A: confirm we can deliver, PI ready',
    body: `Dear {{buyerName}},

Thank you for your inquiry for {{product}}. We can meet your quality requirements, supply the full quantity of {{quantity}} and deliver by the date you need.

Our offer:
- Product: {{product}}, [specification]
- Quantity: {{quantity}}
- Unit price: [unit price] {{incoterm}}
- Payment: [payment terms]
- Delivery: [lead time] after your deposit
- Offer valid until: [date]

Our proforma invoice is ready. Please confirm the details above and we will send it to you today, so that production can be scheduled at once.

Best regards,
{{signature}}`,
  },
  B: {
    title: 'Class B: a complete quotation for the real need',
    body: `Dear {{buyerName}},

Thank you for your inquiry for {{product}}. Please find our quotation below; the full quotation sheet is attached as a PDF.

- Product: {{product}}, [model or specification]
- Quantity: {{quantity}}
- Unit price: [unit price] {{incoterm}}
- Payment: [payment terms]
- Lead time: [lead time]
- Offer valid until: [date]

[Answer each question the buyer asked.]

We have priced this order to win your business. If you have a target price, please tell us and we will do our best to meet it. I will call you on [day] in case you have any questions.

Best regards,
{{signature}}`,
  },
  C: {
    title: 'Class C: quote what is clear, ask what is not',
    body: `Dear {{buyerName}},

Thank you for your interest in {{product}}. So that we can quote you accurately, could you tell us:

1. The exact model, size or specification you need (a drawing or photo helps);
2. The quantity per order, and how often you order;
3. Your market or port of destination, and the Incoterm you prefer;
4. Any packing, branding or certification requirements.

For {{quantity}}, our indicative price is [price range] {{incoterm}}. As soon as we have your answers we will send you a formal quotation.

Best regards,
{{signature}}`,
  },
  D: {
    title: 'Class D: price list, then follow up',
    body: `Dear {{buyerName}},

Thank you for contacting {{companyName}}. Attached is our current price list for {{product}} as a PDF, with our standard terms: minimum order [MOQ], payment [payment terms], lead time [lead time].

If you tell us which items and quantities interest you, we will prepare a formal quotation.

I will be in touch next week in case you have any questions.

Best regards,
{{signature}}`,
  },
  E: {
    title: 'Class E: payment in advance, nothing opened',
    body: `Dear {{buyerName}},

Thank you for your message.

For new customers our terms are 100% T/T in advance, before production starts. We do not accept payment through links, agents or third-party services, and we do not open links or files sent with a first inquiry.

If these terms suit you, please write the exact specification and quantity you need in the body of your email, and we will send you a quotation.

Best regards,
{{signature}}`,
  },
};
