import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRawMail } from '../src/cli/raw-mail.ts';
import { gradeMail } from '../src/core/grade.ts';
import { mailText, RULE_TOKENS } from './core/support/adversarial.ts';

// Raw mail off the disk is the least trustworthy input there is: broken MIME, wrong charsets,
// endless headers. Reading it never throws and never hangs, and what it yields grades. The
// timeouts only guard against a hang; speed is in docs/benchmarks.md.

const HANG_GUARD = 120_000;
const FIVE_MB = 5 * 1024 * 1024;

async function readsAndGrades(raw: Uint8Array | string): Promise<void> {
  const message = await parseRawMail(raw);

  expect(typeof message.bodyText).toBe('string');
  expect(['inquiry', 'reply', 'other']).toContain(gradeMail(message, { force: true }).kind);
}

const headerName = fc.constantFrom(
  'From',
  'To',
  'Cc',
  'Reply-To',
  'Subject',
  'Date',
  'Content-Type',
  'Content-Transfer-Encoding',
  'Content-Disposition',
  'List-Id',
  'X-Junk',
);
const headerValue = fc.oneof(
  mailText,
  fc.constantFrom(
    'text/plain; charset=utf-8',
    'text/plain; charset="iso-8859-1"',
    'text/html; charset=windows-1252',
    'text/plain; charset=bogus-charset',
    'multipart/mixed; boundary="b1"',
    'multipart/alternative; boundary=b2',
    'base64',
    'quoted-printable',
    '8bit',
    'attachment; filename="PO_4471.pdf.htm"',
    '=?utf-8?B?SGVsbG8=?= <a@b.example>',
    '=?iso-8859-1?Q?M=FCller?= <m@b.example>',
    '"Alibaba" <notice@аlibaba.com>',
    'undisclosed-recipients:;',
  ),
);
const header = fc
  .tuple(headerName, headerValue)
  .map(([name, value]) => `${name}: ${value.replace(/\r?\n(?![ \t])/g, '\n ')}`);

// A body part: plain or HTML words, base64 or quoted-printable noise, or another multipart.
const part = fc.letrec((tie) => ({
  leaf: fc.oneof(
    mailText.map((text) => `Content-Type: text/plain; charset=utf-8\n\n${text}`),
    mailText.map(
      (text) =>
        `Content-Type: text/html\n\n<p>${text}</p><a href="https://x.example/${text}">${text}</a>`,
    ),
    fc
      .base64String({ maxLength: 400 })
      .map(
        (data) =>
          `Content-Type: application/pdf; name="a.pdf"\nContent-Transfer-Encoding: base64\n\n${data}`,
      ),
    mailText.map(
      (text) =>
        `Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n${text}=\n=3D=E9=`,
    ),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc
      .tuple(fc.constantFrom('b1', 'b2', '--', 'x y', ''), fc.array(tie('node'), { maxLength: 3 }))
      .map(
        ([boundary, parts]) =>
          `Content-Type: multipart/mixed; boundary="${boundary}"\n\n${parts.map((p) => `--${boundary}\n${p}\n`).join('')}--${boundary}--\n`,
      ),
  ),
})).node;

const rawMail = fc
  .tuple(fc.array(header, { maxLength: 8 }), part)
  .map(([headers, body]) => `${headers.join('\n')}\n${body}`);

describe('parseRawMail on random and hostile files', () => {
  it('reads random bytes', { timeout: HANG_GUARD }, async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), readsAndGrades), {
      numRuns: 200,
    });
  });

  it('reads random MIME: headers, charsets, encodings, nested parts', {
    timeout: HANG_GUARD,
  }, async () => {
    await fc.assert(fc.asyncProperty(rawMail, readsAndGrades), { numRuns: 200 });
  });

  it('reads mail with CRLF, lone CR and no line breaks at all', {
    timeout: HANG_GUARD,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(rawMail, fc.constantFrom('\r\n', '\r', ''), async (raw, newline) => {
        await readsAndGrades(raw.replace(/\n/g, newline));
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['a plain body of one letter', `Subject: x\n\n${'a'.repeat(FIVE_MB)}`],
    ['a plain body of rule words', `Subject: x\n\n${RULE_TOKENS.join(' ').repeat(FIVE_MB / 1000)}`],
    [
      'HTML anchors that never close',
      `Content-Type: text/html\n\n${'<a href="https://a.example/x">'.repeat(FIVE_MB / 30)}`,
    ],
    ['HTML tags that never end', `Content-Type: text/html\n\n${'<a href=x '.repeat(FIVE_MB / 10)}`],
    ['one folded header line', `Subject: ${'word\n '.repeat(FIVE_MB / 6)}x\n\nbody`],
    ['base64 noise', `Content-Transfer-Encoding: base64\n\n${'QUJD'.repeat(FIVE_MB / 4)}`],
    ['quoted lines', `Subject: Re: quote\n\n${'> On it wrote:\n'.repeat(FIVE_MB / 16)}`],
  ])('reads a 5 MB message: %s', { timeout: HANG_GUARD }, async (_, raw) => {
    await readsAndGrades(raw);
  });
});
