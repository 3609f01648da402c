import PostalMime, { type Email, type Address as PostalAddress } from 'postal-mime';
import type { Address, MailMessage } from '../core/message.ts';
import { splitQuoted } from '../core/text/split-mail.ts';
import { linksFromHtml } from './html-links.ts';
import { htmlToText } from './html-to-text.ts';

// A raw RFC 822 message (any charset, any MIME shape) becomes the core's one message type.

const KEPT_HEADERS = ['list-id', 'list-unsubscribe', 'precedence', 'auto-submitted'];

export async function parseRawMail(raw: Uint8Array | string): Promise<MailMessage> {
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
  } catch {
    // postal-mime refuses headers over 2 MB and parts nested too deep: what is left is read
    // as plain text, so a hostile file is graded (as the noise it is) rather than lost.
    return plainTextMail(raw);
  }

  const text = email.text?.trim() ? email.text : htmlToText(email.html ?? '');
  const { text: body, quoted } = splitQuoted(text);

  return {
    from: firstAddress(email.from),
    replyTo: addresses(email.replyTo),
    to: addresses(email.to),
    cc: addresses(email.cc),
    subject: email.subject ?? '',
    date: isoDate(email.date),
    bodyText: body,
    quotedText: quoted,
    attachments: email.attachments.map((a) => ({ name: a.filename ?? '(unnamed)' })),
    links: linksFromHtml(email.html ?? ''),
    headers: keptHeaders(email),
  };
}

function plainTextMail(raw: Uint8Array | string): MailMessage {
  const text = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  const blank = /\r?\n\r?\n/.exec(text);
  const { text: body, quoted } = splitQuoted(
    blank ? text.slice(blank.index + blank[0].length) : '',
  );

  return {
    from: { name: null, email: null },
    replyTo: [],
    to: [],
    cc: [],
    subject: '',
    date: null,
    bodyText: body,
    quotedText: quoted,
    attachments: [],
    links: [],
    headers: {},
  };
}

function addresses(list: PostalAddress[] | undefined): Address[] {
  return (list ?? []).flatMap((entry) =>
    'group' in entry && Array.isArray(entry.group)
      ? entry.group.map((member) => ({ name: member.name || null, email: member.address || null }))
      : [{ name: entry.name || null, email: ('address' in entry && entry.address) || null }],
  );
}

function firstAddress(entry: PostalAddress | undefined): Address {
  return addresses(entry ? [entry] : [])[0] ?? { name: null, email: null };
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function keptHeaders(email: Email): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const header of email.headers) {
    if (KEPT_HEADERS.includes(header.key)) kept[header.key] = header.value;
  }
  return kept;
}
