import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it, test } from 'vitest';
import { foldWhitespace } from '../src/adapters/dom-text.ts';
import { readGmail } from '../src/adapters/gmail/read-gmail.ts';
import { unwrapSafeLink } from '../src/adapters/outlook/links.ts';
import { dateValue } from '../src/adapters/outlook/pick-open.ts';
import { readOutlook, readOutlookWithHandles } from '../src/adapters/outlook/read-outlook.ts';
import { idFromRoute } from '../src/adapters/outlook/route.ts';
import type { PageReading } from '../src/adapters/page-reading.ts';
import { pageReaderFor, readPageForUrl } from '../src/adapters/read-page-for-url.ts';
import { type ReadPageIo, readPageCommand } from '../src/cli/read-page.ts';
import {
  closeWindows,
  type Expected,
  element,
  fixturePath,
  fold,
  loadFixture,
  shownText,
} from './support/dom-fixtures.ts';

const OUTLOOK_FIXTURES = [
  'outlook-reading-pane',
  'outlook-conversation-multi',
  'outlook-compose-reply',
  'outlook-changed-ui',
];

afterAll(closeWindows);

describe('readOutlook on the saved Outlook fixtures', () => {
  test.each(OUTLOOK_FIXTURES)('%s reads as its expected.json says', async (name) => {
    const { expected, document } = await loadFixture(name);
    const reading = readOutlook(document, expected.url);

    expect(reading.client).toBe('outlook');
    expect(reading.status).toBe(expected.status);
    expect(reading.thread?.id ?? null).toBe(expected.thread?.id ?? null);
    expect(reading.thread?.subject ?? null).toBe(expected.thread?.subject ?? null);
    expect(reading.compose !== null).toBe(expected.compose !== null);
    for (const key of expected.failedAtLeast ?? []) expect(reading.failed).toContain(key);
    if (expected.partial) expect(reading.partial).toEqual(expected.partial);

    const open = reading.openMessage;
    const want = expected.openMessage;
    expect(open === null).toBe(want === null);
    if (open && want) {
      expect(open.from).toEqual(want.from);
      expect(fold(open.bodyText)).toBe(fold(want.bodyText));
      expect(fold(open.signatureText)).toBe(fold(want.signatureText));
      expect(fold(open.quotedText)).toBe(fold(want.quotedText));
      expect(open.attachments.map(foldWhitespace)).toEqual(want.attachments.map(foldWhitespace));
    }

    for (const decoy of expected.mustNotReturn) expect(shownText(reading)).not.toContain(decoy);
  });

  test.each(OUTLOOK_FIXTURES.slice(0, 3))('%s matches every other field too', async (name) => {
    const { expected, document } = await loadFixture(name);
    const full = expected as unknown as Pick<PageReading, 'thread' | 'messages' | 'openMessage'>;
    const reading = readOutlook(document, expected.url);

    expect(reading.thread).toEqual(full.thread);
    expect(reading.messages).toEqual(full.messages);
    expect(reading.openMessage).toMatchObject(full.openMessage ?? {});
    expect(reading.tiers).toMatchObject({ 'thread.id': 'id', 'openMessage.body': 'id' });
  });

  it('keeps element handles out of the reading and hands them over separately', async () => {
    const { expected, document } = await loadFixture('outlook-compose-reply');
    const { reading, handles } = readOutlookWithHandles(document, expected.url);

    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
    expect(reading.compose).toEqual(expected.compose);
    expect(handles.editor?.parentElement?.id).toBe('editorParent_1');
    expect(handles.insertBefore?.id).toBe('Signature');
  });
});

describe('which message is open', () => {
  it('chooses by date, so reversing the order (newest at the bottom) changes nothing', async () => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    const list = element(document, '.ZOM9m');
    for (const card of Array.from(list.children).reverse()) list.append(card);
    const reading = readOutlook(document, expected.url);

    expect(reading.status).toBe('ok');
    expect(reading.openMessage).toMatchObject({ index: 2, from: { name: 'Rafael Ng' } });
    expect(fold(reading.openMessage?.bodyText)).toBe(fold(expected.openMessage?.bodyText));
    expect(reading.messages.map((message) => message.expanded)).toEqual([true, false, true]);
  });

  it('infers the order from the first and last cards when an open date is unreadable', async () => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    const [, collapsed, oldest] = Array.from(document.querySelectorAll('.aVla3'));
    const older = collapsed?.cloneNode(true) as Element;
    element(older, '[data-testid]').setAttribute('title', 'Wed 3/4/2026 10:00 AM');
    element(document, '.ZOM9m').append(older);
    element(oldest ?? document, '[data-testid]').setAttribute('title', 'Thu 8:15 PM');

    expect(readOutlook(document, expected.url).openMessage?.from.name).toBe('Rafael Ng');
  });

  it('refuses to guess when several cards are open and no date ranks them', async () => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    for (const date of Array.from(document.querySelectorAll('[data-testid]'))) date.remove();
    const reading = readOutlook(document, expected.url);

    expect(reading.status).toBe('unreadable');
    expect(reading.failed).toEqual(expect.arrayContaining(['openMessage.choice']));
    expect(reading.partial).toEqual({ 'thread.id': expected.thread?.id });
  });

  test.each([
    ['Fri 3/6/2026 9:58 PM', 'month-first', Date.UTC(2026, 2, 6, 21, 58)],
    ['Fri 3/6/2026 9:58 PM', 'day-first', null],
    ['Fri 06/03/2026 21:58', 'day-first', Date.UTC(2026, 2, 6, 21, 58)],
    ['Do 05.03.2026 09:14', 'month-first', Date.UTC(2026, 2, 5, 9, 14)],
    ['\u200f2026-03-05 20:15', 'day-first', Date.UTC(2026, 2, 5, 20, 15)],
    ['Thu 3/5/2026 12:05 AM', 'month-first', Date.UTC(2026, 2, 5, 0, 5)],
    ['Fri 9:58 PM', 'month-first', null],
    [null, 'month-first', null],
  ] as const)('dateValue(%s, %s)', (raw, order, utc) => {
    expect(dateValue(raw, order)).toBe(utc === null ? null : utc / 60_000);
  });
});

describe('other extensions and changed pages', () => {
  it('is not misled by a subject line another extension made an editable text box', async () => {
    const { expected, document } = await loadFixture('outlook-reading-pane');
    const subject = element(document, '[id$="_SUBJECT"]');
    subject.setAttribute('contenteditable', 'true');
    subject.setAttribute('role', 'textbox');
    subject.setAttribute('aria-multiline', 'true');
    const reading = readOutlook(document, expected.url);

    expect(reading.status).toBe('ok');
    expect(reading.thread?.subject).toBe(expected.thread?.subject);
    expect(reading.compose).toBeNull();
    expect(fold(reading.openMessage?.bodyText)).toBe(fold(expected.openMessage?.bodyText));
  });

  it('finds the real reply box, not an editable subject, when OWA ids are gone', async () => {
    const { expected, document } = await loadFixture('outlook-compose-reply');
    const subject = element(document, '[id$="_SUBJECT"]');
    for (const name of ['contenteditable', 'aria-multiline']) subject.setAttribute(name, 'true');
    subject.setAttribute('role', 'textbox');
    const editor = element(document, '#editorParent_1 [contenteditable]');
    element(document, '#editorParent_1').removeAttribute('id');
    element(document, '#docking_InitVisiblePart_0').removeAttribute('id');
    // Without its container the conversation is the whole pane, subject line included.
    element(document, '[data-app-section="ConversationContainer"]').removeAttribute(
      'data-app-section',
    );
    const { reading, handles } = readOutlookWithHandles(document, expected.url);

    expect(reading.thread?.subject).toBe(expected.thread?.subject);
    expect(handles.editor).toBe(editor);
    expect(reading.compose).toMatchObject({ userText: '', insertBefore: '#Signature' });
  });

  it('ignores a side pane another extension put into the conversation', async () => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    const pane = document.createElement('div');
    pane.setAttribute('role', 'complementary');
    const fake = element(document, '.aVla3').cloneNode(true) as Element;
    for (const body of Array.from(fake.querySelectorAll('[id^="UniqueMessageBody"]'))) {
      body.textContent = 'Summary: Rafael wants to cancel the trip.';
    }
    pane.append(fake);
    element(document, '.ZOM9m').prepend(pane);
    const reading = readOutlook(document, expected.url);

    expect(reading.status).toBe('ok');
    expect(reading.thread?.messageCount).toBe(3);
    expect(shownText(reading)).not.toContain('cancel the trip');
  });

  it('falls back to the message containers, and says the reading is degraded', async () => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    for (const anchor of Array.from(document.querySelectorAll('[id$="_FROM"]'))) {
      anchor.removeAttribute('id');
    }
    const reading = readOutlook(document, expected.url);

    expect(reading.status).toBe('degraded');
    expect(reading.tiers['thread.messages']).toBe('class');
    expect(reading.openMessage?.from).toEqual(expected.openMessage?.from);
  });

  it('reads a message opened in its own window: no list, no pane ids, id in the route', async () => {
    const { expected, document } = await loadFixture('outlook-reading-pane');
    element(document, '#MailList').remove();
    element(document, '#ReadingPaneContainerId').removeAttribute('id');
    element(document, '[data-app-section="MailReadCompose"]').removeAttribute('data-app-section');
    const id = encodeURIComponent(expected.thread?.id ?? '');
    const reading = readOutlook(document, `https://outlook.office.com/mail/deeplink/read/${id}`);

    expect(reading.status).toBe('ok');
    expect(reading.thread?.id).toBe(expected.thread?.id);
    expect(fold(reading.openMessage?.bodyText)).toBe(fold(expected.openMessage?.bodyText));
  });

  it('is unreadable without a conversation id in the list or the route', async () => {
    const { document } = await loadFixture('outlook-reading-pane');
    element(document, '#MailList').remove();
    const reading = readOutlook(document, 'https://outlook.office.com/mail/inbox');

    expect(reading.status).toBe('unreadable');
    expect(reading.failed).toContain('thread.id');
  });
});

describe('links of the open message', () => {
  const wrapped =
    'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fbuyer.example%2Frfq%3Fid%3D7&data=05%7C02&sdata=x&reserved=0';

  test.each([
    [wrapped, 'https://buyer.example/rfq?id=7'],
    ['https://buyer.example/catalogue', 'https://buyer.example/catalogue'],
    ['mailto:sales@buyer.example', 'mailto:sales@buyer.example'],
    ['https://safelinks.protection.outlook.com/?data=05', null],
    ['javascript:alert(1)', null],
    [null, null],
  ])('unwrapSafeLink(%s) is %s', (raw, target) => {
    expect(unwrapSafeLink(raw)).toBe(target);
  });

  it('reports the real targets of the author, not of the quoted history', async () => {
    const { expected, document } = await loadFixture('outlook-reading-pane');
    const body = element(document, '#UniqueMessageBody_1 .rps_4f2a > div');
    const safe = document.createElement('a');
    safe.setAttribute('href', wrapped);
    safe.textContent = 'our RFQ';
    const original = document.createElement('a');
    original.setAttribute('href', 'https://nam12.safelinks.protection.outlook.com/?url=x');
    original.setAttribute('originalsrc', 'https://supplier.example/');
    original.textContent = 'site';
    const quoted = document.createElement('a');
    quoted.setAttribute('href', 'https://old.example/');
    body.prepend(safe, original);
    body.append(quoted);

    expect(readOutlook(document, expected.url).openMessage?.links).toEqual([
      { href: 'https://buyer.example/rfq?id=7', text: 'our RFQ' },
      { href: 'https://supplier.example/', text: 'site' },
    ]);
  });
});

describe('hosts and routes', () => {
  test.each([
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
    'outlook.cloud.microsoft',
  ])('%s is read as Outlook', async (host) => {
    const { expected, document } = await loadFixture('outlook-conversation-multi');
    const url = new URL(expected.url);
    url.hostname = host;

    expect(pageReaderFor(url.href)).toBe(readOutlook);
    expect(readPageForUrl(document, url.href)).toMatchObject({ client: 'outlook', status: 'ok' });
  });

  it('reads Gmail on mail.google.com and nothing elsewhere', async () => {
    const { document } = await loadFixture('outlook-reading-pane');

    expect(pageReaderFor('https://mail.google.com/mail/u/0/#inbox/x')).toBe(readGmail);
    expect(pageReaderFor('https://outlook.example.com/mail/inbox')).toBeNull();
    expect(readPageForUrl(document, 'https://outlook.office.com.evil.example/mail/')).toBeNull();
  });

  test.each([
    [
      '/mail/inbox/id/AAQkAGI4ZTNlMmQ1LTcwYjYtNDE0Zi1iMzg4%3D',
      'AAQkAGI4ZTNlMmQ1LTcwYjYtNDE0Zi1iMzg4=',
    ],
    ['/mail/0/inbox/id/AQQkADAwATM0MDAAMS1iNjFmLWQ3%2F', 'AQQkADAwATM0MDAAMS1iNjFmLWQ3/'],
    ['/mail/deeplink/read/AAMkAGI4ZTNlMmQ1LTcwYjYtNDE0', 'AAMkAGI4ZTNlMmQ1LTcwYjYtNDE0'],
    ['/mail/0/deeplink/readconv/AQQkADAwATM0MDAAMS1iNjFm', 'AQQkADAwATM0MDAAMS1iNjFm'],
    [
      '/mail/inbox/id/AAQkAGI4ZTNlMmQ1LTcwYjYtNDE0/sxs/AAMkAGI4ZTNl',
      'AAQkAGI4ZTNlMmQ1LTcwYjYtNDE0',
    ],
    ['/mail/inbox', null],
    ['/mail/inbox/id/undefined', null],
    ['/calendar/view/day', null],
  ])('idFromRoute(%s) is %s', (path, id) => {
    expect(idFromRoute(`https://outlook.office.com${path}`)).toBe(id);
  });
});

describe('read-page on Outlook pages', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: ReadPageIo = {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readFile: (path) => readFile(path, 'utf8'),
    };
    const code = await readPageCommand(args, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
  const urlOf = async (name: string) =>
    (JSON.parse(await readFile(fixturePath(name, 'expected.json'), 'utf8')) as Expected).url;

  it('prints the reading as JSON and exits 0', async () => {
    const name = 'outlook-conversation-multi';
    const result = await run([fixturePath(name, 'html'), '--url', await urlOf(name), '--json']);
    const reading = JSON.parse(result.stdout) as PageReading;

    expect(result.code).toBe(0);
    expect(reading).toMatchObject({ client: 'outlook', status: 'ok' });
    expect(reading.openMessage?.from).toEqual({ name: 'Rafael Ng', email: null });
  });

  it('exits 1 for the changed page and 2 for a host it has no reader for', async () => {
    const name = 'outlook-changed-ui';
    const changed = await run([fixturePath(name, 'html'), `--url=${await urlOf(name)}`]);
    const unknown = await run([fixturePath(name, 'html'), '--url', 'https://mail.example/x']);

    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('Could not read this message.');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no page reader for mail.example');
  });
});
