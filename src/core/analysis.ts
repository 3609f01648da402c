import { extractForwarded } from './forwarded.ts';
import type { Address, MailContext, MailMessage, SellerProfile } from './message.ts';
import {
  impersonatedPlatform,
  type Platform,
  type PlatformBuyer,
  parsePlatformBuyer,
  platformByDomain,
} from './platforms.ts';
import { emailDomain, isFreeMail, registrableDomain } from './text/domains.ts';
import { allLinks, type FoundLink } from './text/links.ts';
import { reflow } from './text/reflow.ts';
import { findSignature } from './text/signature.ts';
import { splitQuoted } from './text/split-mail.ts';

// Everything the rules read, computed once per message so each rule stays a few lines.

export type Party = {
  name: string | null;
  email: string | null;
  domain: string | null;
  registrable: string | null;
  freeMail: boolean;
};

export type PlatformNotice = { platform: Platform; genuine: boolean; buyer: PlatformBuyer | null };

export type Analysis = {
  message: MailMessage;
  context: MailContext;
  profile: SellerProfile;
  subject: string;
  // The buyer's own words: no quoted history, no signature.
  body: string;
  signature: string | null;
  // Subject, body and signature together, for rules that read everything the buyer wrote.
  text: string;
  sender: Party;
  // The address a reply would go to, when it differs from the sender.
  replyTo: Party | null;
  platform: PlatformNotice | null;
  forwarded: boolean;
  // Unwrapped to their real targets, each with the words that introduce it.
  links: FoundLink[];
  attachments: string[];
  recipientCount: number;
  ownDomains: string[];
};

export function party(address: Address | null | undefined): Party {
  const domain = emailDomain(address?.email);
  return {
    name: address?.name?.trim() || null,
    email: address?.email?.toLowerCase() ?? null,
    domain,
    registrable: registrableDomain(domain),
    freeMail: isFreeMail(domain),
  };
}

export function analyse(
  message: MailMessage,
  context: MailContext,
  profile: SellerProfile,
): Analysis {
  const ownDomains = context.ownDomains.map((d) => registrableDomain(d.toLowerCase()) ?? d);
  const outer = party(message.from);
  const forward = ownDomains.includes(outer.registrable ?? '')
    ? extractForwarded(message.bodyText)
    : null;

  const sender = forward ? party(forward.from) : outer;
  const subject = forward?.subject ?? message.subject;
  const rawBody = forward ? forward.body : message.bodyText;
  const platform = detectPlatform(message, sender, rawBody);

  const { body, signature } = separate(rawBody, forward ? null : message.signatureText);
  const buyerBody = reflow(
    platform?.genuine && platform.buyer?.message ? platform.buyer.message : body,
  );
  const replyTo = pickReplyTo(message.replyTo, sender);

  return {
    message,
    context,
    profile,
    subject,
    body: buyerBody,
    signature,
    text: [subject, buyerBody, signature ?? ''].join('\n'),
    sender: platform?.genuine ? buyerParty(platform.buyer, replyTo) : sender,
    replyTo,
    platform,
    forwarded: forward !== null,
    links: allLinks(message.links, rawBody),
    attachments: message.attachments.map((a) => a.name),
    recipientCount: message.to.length + message.cc.length,
    ownDomains,
  };
}

function separate(rawBody: string, givenSignature: string | null | undefined) {
  const unquoted = splitQuoted(rawBody).text;
  if (givenSignature?.trim()) return { body: unquoted, signature: givenSignature.trim() };
  return findSignature(unquoted);
}

function detectPlatform(message: MailMessage, sender: Party, body: string): PlatformNotice | null {
  const genuine = platformByDomain(sender.registrable);
  if (genuine) return { platform: genuine, genuine: true, buyer: parsePlatformBuyer(body) };

  const fake = impersonatedPlatform(sender.domain, sender.registrable);
  const claimsPlatform = fake ?? nameClaimsPlatform(message.from.name);
  return claimsPlatform ? { platform: claimsPlatform, genuine: false, buyer: null } : null;
}

function nameClaimsPlatform(name: string | null): Platform | null {
  if (!name) return null;
  return impersonatedPlatform(name.toLowerCase().replace(/\s+/g, ''), 'display-name.invalid');
}

function pickReplyTo(replyTo: Address[], sender: Party): Party | null {
  const first = replyTo.find((address) => address.email);
  if (!first?.email || first.email.toLowerCase() === sender.email) return null;
  return party(first);
}

// On a genuine platform notice the buyer is who the notice names, not the platform.
function buyerParty(buyer: PlatformBuyer | null, replyTo: Party | null): Party {
  const email = buyer?.email ?? replyTo?.email ?? null;
  return { ...party({ name: buyer?.name ?? replyTo?.name ?? null, email }) };
}
