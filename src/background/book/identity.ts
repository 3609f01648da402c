import { analyse } from '../../core/analysis.ts';
import { buyerCountry } from '../../core/country.ts';
import { emptyContext, emptyProfile, type MailMessage } from '../../core/message.ts';
import { isFreeMail, registrableDomain } from '../../core/text/domains.ts';

// Who wrote a message, as the scorer sees it: the buyer behind a platform's relay or a
// colleague's forward, not the relay or the colleague.

export type Writer = {
  // The address in the From line, lower-case.
  from: string | null;
  // The buyer the mail speaks for (the forwarded or relayed sender where there is one).
  email: string | null;
  name: string | null;
  registrable: string | null;
  freeMail: boolean;
  country: string | null;
  forwarded: boolean;
};

export function writerOf(message: MailMessage, ownDomains: readonly string[]): Writer {
  const analysis = analyse(
    message,
    { ...emptyContext(), ownDomains: [...ownDomains] },
    emptyProfile(),
  );
  const { sender } = analysis;

  return {
    from: message.from.email?.trim().toLowerCase() || null,
    email: sender.email,
    name: sender.name,
    registrable: sender.registrable,
    freeMail: sender.freeMail,
    country: buyerCountry(analysis)?.code ?? null,
    forwarded: analysis.forwarded,
  };
}

export type OwnSide = {
  ownDomains: readonly string[];
  // Addresses the user was seen replying from in this account.
  ownAddresses: readonly string[];
  // The addresses the buyer wrote to in this thread, and the buyer's own.
  recipients: readonly string[];
  buyerEmails: readonly string[];
};

// The seller's own message: from one of their domains or known addresses, or from an
// address the buyer wrote to that is not the buyer's company (a gmail.com seller has no
// domain of their own to tell them by). A colleague's forward is the buyer's mail.
export function isOwnMessage(writer: Writer, side: OwnSide): boolean {
  const from = writer.from;
  if (!from || writer.forwarded) return false;

  const domain = registrableDomain(from.split('@')[1] ?? null);
  const ownDomains = side.ownDomains.map((own) => registrableDomain(own.toLowerCase()) ?? own);
  if (domain && ownDomains.includes(domain)) return true;
  if (side.ownAddresses.includes(from)) return true;
  if (!side.recipients.includes(from) || side.buyerEmails.includes(from)) return false;

  const buyerDomains = side.buyerEmails.map((email) =>
    registrableDomain(email.split('@')[1] ?? null),
  );
  return isFreeMail(domain) || !buyerDomains.includes(domain);
}
