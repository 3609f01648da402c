import type { Address } from './message.ts';

// A colleague's forward or a shared mailbox relay: the inquiry is the forwarded buyer's
// mail (method.md section 6), so the core grades the inner sender and words.

const FORWARD_HEADER = /^-{2,}\s*Forwarded message\s*-{2,}\s*$|^Begin forwarded message:\s*$/im;
const FROM_LINE = /^[ \t]*\*?From:\*?[ \t]*(.*)$/im;
const HEADER_LINE = /^\s*\*?(?:From|Date|Sent|Subject|To|Cc):\*?\s.*$/i;

export type ForwardedMail = { from: Address; subject: string | null; body: string };

export function extractForwarded(body: string): ForwardedMail | null {
  const header = FORWARD_HEADER.exec(body);
  if (!header) return null;

  const rest = body.slice(header.index + header[0].length).replace(/^\s*\n/, '');
  const fromLine = FROM_LINE.exec(rest);
  if (!fromLine) return null;

  const lines = rest.split('\n');
  let start = 0;
  while (start < lines.length && (HEADER_LINE.test(lines[start] ?? '') || !lines[start]?.trim())) {
    start += 1;
  }

  const subject = /^[ \t]*\*?Subject:\*?[ \t]*(.*)$/im.exec(rest)?.[1]?.trim() ?? null;
  return {
    from: parseAddress(fromLine[1] ?? ''),
    subject,
    body: lines.slice(start).join('\n').trim(),
  };
}

export function parseAddress(raw: string): Address {
  const angle = /^(.*?)<([^>]+@[^>]+)>/.exec(raw);
  if (angle) return { name: unquote(angle[1] ?? '') || null, email: (angle[2] ?? '').trim() };

  const bare = /[^\s<>"]+@[^\s<>"]+/.exec(raw);
  return { name: bare ? null : raw.trim() || null, email: bare ? bare[0] : null };
}

function unquote(name: string): string {
  return name
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
}
