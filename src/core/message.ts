import { z } from 'zod';

// Every input (a corpus case, a raw mail file, a page the content script read) becomes this one
// shape before the core looks at it, so the scorer never knows where its mail came from.

export const addressSchema = z.object({
  name: z.string().nullable(),
  // null where the page shows a display name only: never guessed.
  email: z.string().nullable(),
});

export const attachmentSchema = z.object({ name: z.string() });

export const linkSchema = z.object({
  href: z.string(),
  // The words the reader saw; null when the source does not say.
  text: z.string().nullable(),
});

export const mailMessageSchema = z.object({
  from: addressSchema,
  replyTo: z.array(addressSchema),
  to: z.array(addressSchema),
  cc: z.array(addressSchema),
  subject: z.string(),
  // ISO 8601 when known; null when the source gives no date the reader could parse.
  date: z.string().nullable(),
  bodyText: z.string(),
  // Absent or null: the core finds the signature at the foot of bodyText itself.
  signatureText: z.string().nullable().optional(),
  quotedText: z.string().nullable(),
  attachments: z.array(attachmentSchema),
  links: z.array(linkSchema),
  // A few header facts only raw mail carries (lower-case names): list-id, precedence,
  // auto-submitted, list-unsubscribe. Pages never fill this.
  headers: z.record(z.string(), z.string()).optional(),
});

// What the extension knows beside the mail (the prospect book and the seller's profile).
export const mailContextSchema = z.object({
  knownCustomer: z.boolean().default(false),
  ourOutreach: z.boolean().default(false),
  ourQuoteSent: z.boolean().optional(),
  ownDomains: z.array(z.string()).default([]),
  customerDomains: z.array(z.string()).default([]),
});

export const sellerProfileSchema = z.object({
  companyName: z.string().default(''),
  catalogue: z.array(z.string()).default([]),
  targetMarkets: z.array(z.string()).default([]),
  moq: z.number().nonnegative().nullable().default(null),
});

export type Address = z.infer<typeof addressSchema>;
export type Attachment = z.infer<typeof attachmentSchema>;
export type MailLink = z.infer<typeof linkSchema>;
export type MailMessage = z.infer<typeof mailMessageSchema>;
export type MailContext = z.infer<typeof mailContextSchema>;
export type SellerProfile = z.infer<typeof sellerProfileSchema>;

export const emptyContext = (): MailContext => mailContextSchema.parse({});
export const emptyProfile = (): SellerProfile => sellerProfileSchema.parse({});
