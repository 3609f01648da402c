import { type Analysis, analyse } from '../../../src/core/analysis.ts';
import { parseAddress } from '../../../src/core/forwarded.ts';
import {
  type Address,
  type MailContext,
  type MailLink,
  type MailMessage,
  mailContextSchema,
  type SellerProfile,
  sellerProfileSchema,
} from '../../../src/core/message.ts';

// A mail as a test writes it: only the body is required, addresses may be written the way a
// mail client shows them ("Ana Ruiz <ana@ferreteria.es>"), attachments by file name.

type AddressLike = string | Address;

export type MailPartial = {
  body: string;
  subject?: string;
  from?: AddressLike;
  to?: AddressLike[];
  cc?: AddressLike[];
  replyTo?: AddressLike;
  attachments?: string[];
  links?: (string | MailLink)[];
  signatureText?: string;
  quotedText?: string;
  headers?: Record<string, string>;
};

export const BUYER = 'Daniel Weber <d.weber@kessler-haustechnik.de>';
export const SELLER = 'sales@hongda-valves.com';

export function mail(partial: MailPartial): MailMessage {
  return {
    from: address(partial.from ?? BUYER),
    replyTo: partial.replyTo ? [address(partial.replyTo)] : [],
    to: (partial.to ?? [SELLER]).map(address),
    cc: (partial.cc ?? []).map(address),
    subject: partial.subject ?? '',
    date: null,
    bodyText: partial.body,
    signatureText: partial.signatureText ?? null,
    quotedText: partial.quotedText ?? null,
    attachments: (partial.attachments ?? []).map((name) => ({ name })),
    links: (partial.links ?? []).map((link) =>
      typeof link === 'string' ? { href: link, text: null } : link,
    ),
    ...(partial.headers ? { headers: partial.headers } : {}),
  };
}

export function analysisOf(
  partial: MailPartial,
  context: Partial<MailContext> = {},
  profile: Partial<SellerProfile> = {},
): Analysis {
  return analyse(
    mail(partial),
    mailContextSchema.parse(context),
    sellerProfileSchema.parse(profile),
  );
}

function address(value: AddressLike): Address {
  return typeof value === 'string' ? parseAddress(value) : value;
}
