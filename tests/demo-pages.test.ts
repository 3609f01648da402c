import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_TIME_ZONE, loadDemoInbox } from '../demo/demo-inbox.ts';
import {
  type GmailThread,
  NAV_SCRIPT_URL,
  renderGmailPage,
  threadIdFor,
  threadUrl,
} from '../demo/gmail-page.ts';
import { readGmail } from '../src/adapters/gmail/read-gmail.ts';
import { toMailMessage } from '../src/adapters/to-mail-message.ts';
import { caseMessage, corpusCaseSchema } from '../src/cli/corpus-case.ts';
import { isGmailThreadRoute } from '../src/content/routes.ts';
import { gradeMail } from '../src/core/grade.ts';
import type { MailMessage } from '../src/core/message.ts';

// The demo's Gmail pages are read by the extension's own reader: each must read as "ok",
// as the mail it was built from, and grade as that mail does.

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((window) => window.happyDOM.close()));
});

function parse(html: string, url: string): Document {
  const window = new Window({ url });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const inbox = await loadDemoInbox();
const threads = inbox.map((mail) => mail.thread);

const gradeOf = (message: MailMessage) => {
  const grade = gradeMail(message);
  return grade.kind === 'inquiry' ? `${grade.class} ${grade.total}` : grade.kind;
};

describe('the demo inbox pages', () => {
  it.each(inbox.map((mail) => [mail.file, mail] as const))('reads %s as the .eml', (_, mail) => {
    const url = threadUrl(mail.thread.id);
    const html = renderGmailPage(threads, {
      openThreadId: mail.thread.id,
      account: DEMO_ACCOUNT,
      timeZone: DEMO_TIME_ZONE,
    });
    const document = parse(html, url);
    const reading = readGmail(document, url);

    expect(isGmailThreadRoute(url)).toBe(true);
    expect(reading.status).toBe('ok');
    expect(reading.thread?.subject).toBe(mail.message.subject);
    expect(reading.openMessage?.from).toEqual(mail.message.from);
    expect(reading.openMessage?.attachments).toEqual(mail.message.attachments.map((a) => a.name));
    // The other conversations wait in inert templates, unseen by the reader.
    expect(document.querySelectorAll('h2.hP')).toHaveLength(1);
    expect(document.querySelectorAll('template[data-thread-id]')).toHaveLength(inbox.length + 1);

    const read = toMailMessage(reading);
    expect(read && gradeOf(read)).toBe(gradeOf(mail.message));
  });
});

const hostile: MailMessage = {
  from: { name: '"><img src=x onerror=alert(1)>', email: 'buyer@evil.example' },
  replyTo: [{ name: "O'Brien & <Co>", email: 'reply@evil.example' }],
  to: [{ name: 'Sales', email: 'sales@seller.example' }],
  cc: [],
  subject: '</title><script>alert(1)</script> & more',
  date: '2026-03-03T01:41:00Z',
  bodyText: 'Hi,\n<script>alert(2)</script>\nsee <b onclick="x()">this</b> and click here',
  signatureText: null,
  quotedText: null,
  attachments: [{ name: 'order"><svg onload=alert(3)>.pdf' }],
  links: [
    { href: 'javascript:alert(4)', text: 'click here' },
    { href: 'https://evil.example/?a=1&b="2"', text: 'this' },
  ],
};

describe('a page built from hostile mail', () => {
  const thread: GmailThread = { id: threadIdFor('hostile'), messages: [hostile] };
  const url = threadUrl(thread.id);
  const document = parse(renderGmailPage([thread], { openThreadId: thread.id }), url);
  const everywhere = (selector: string) => [
    ...Array.from(document.querySelectorAll(selector)),
    ...Array.from(document.querySelectorAll('template')).flatMap((template) =>
      Array.from((template as HTMLTemplateElement).content.querySelectorAll(selector)),
    ),
  ];

  it('carries no markup of the mail: no script but nav.js, no handler, no script link', () => {
    const scripts = everywhere('script');
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual([NAV_SCRIPT_URL]);
    expect(everywhere('img[onerror], svg, b, [onclick], [onload]')).toEqual([]);
    expect(everywhere('a[href^="javascript:" i]')).toEqual([]);
  });

  it('shows the mail as text, read back unchanged', () => {
    const reading = readGmail(document, url);

    expect(reading.status).toBe('ok');
    expect(reading.thread?.subject).toBe(hostile.subject);
    expect(reading.openMessage?.from).toEqual(hostile.from);
    expect(reading.openMessage?.replyTo).toEqual(hostile.replyTo);
    expect(reading.openMessage?.attachments).toEqual([hostile.attachments[0]?.name]);
    expect(reading.openMessage?.bodyText).toBe(hostile.bodyText);
    expect(reading.openMessage?.links).toEqual([
      { href: 'https://evil.example/?a=1&b=%222%22', text: 'this' },
    ]);
    expect(document.title).toBe(`${hostile.subject} - Gmail`);
  });
});

describe('a conversation of several messages', () => {
  const earlier: MailMessage = {
    ...hostile,
    from: { name: 'Lily Zhang', email: 'lily@seller.example' },
    subject: 'Quotation Q-1',
    bodyText: 'Please find our quotation.',
    replyTo: [],
    attachments: [],
    links: [],
  };
  const reply: MailMessage = {
    ...earlier,
    from: { name: 'Ann Buyer', email: 'ann@buyer.example' },
    subject: 'Re: Quotation Q-1',
    bodyText: 'Can you do 5% less?',
    quotedText: 'On Mon, Lily Zhang wrote:\n> Please find our quotation.',
  };

  it('opens the newest message with the older one collapsed above it', () => {
    const thread: GmailThread = { id: threadIdFor('several'), messages: [earlier, reply] };
    const url = threadUrl(thread.id);
    const reading = readGmail(
      parse(renderGmailPage([thread], { openThreadId: thread.id }), url),
      url,
    );

    expect(reading.status).toBe('ok');
    expect(reading.thread?.messageCount).toBe(2);
    expect(reading.thread?.subject).toBe('Quotation Q-1');
    expect(reading.openMessage).toMatchObject({
      index: 1,
      from: reply.from,
      bodyText: reply.bodyText,
      quotedText: reply.quotedText,
    });
  });
});

// The browser suite compares the panel with the core on corpus cases drawn as Gmail pages;
// that only means something if a page carries everything the grade depends on.
describe('corpus inquiries drawn as Gmail pages', () => {
  const corpus = readFileSync(
    new URL('../../shared/corpus/inquiries.dev.jsonl', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => corpusCaseSchema.parse(JSON.parse(line)));

  it('read back as mail that grades as the case does, class and total', () => {
    const differing = corpus.filter((entry) => {
      const message = caseMessage(entry);
      const thread: GmailThread = { id: threadIdFor(entry.id), messages: [message] };
      const url = threadUrl(thread.id);
      const page = parse(renderGmailPage([thread], { openThreadId: thread.id }), url);
      const read = toMailMessage(readGmail(page, url));

      return !read || gradeOf(read) !== gradeOf(message);
    });

    expect(corpus.length).toBeGreaterThan(0);
    expect(differing.map((entry) => entry.id)).toEqual([]);
  });
});
