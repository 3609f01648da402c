import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it, test } from 'vitest';
import {
  attributeValue,
  foldWhitespace,
  normalizedText,
  parseNameAddress,
} from '../src/adapters/dom-text.ts';
import { collectLinks, unwrapRedirect } from '../src/adapters/gmail/links.ts';
import { readGmail, readGmailWithHandles } from '../src/adapters/gmail/read-gmail.ts';
import type { PageReading } from '../src/adapters/page-reading.ts';
import { parsePageDate, toMailMessage } from '../src/adapters/to-mail-message.ts';
import { type ReadPageIo, readPageCommand } from '../src/cli/read-page.ts';
import {
  closeWindows,
  element,
  fixturePath,
  fold,
  loadFixture,
  parse,
  shownText,
} from './support/dom-fixtures.ts';

const GMAIL_FIXTURES = [
  'gmail-thread-single',
  'gmail-thread-multi',
  'gmail-compose-reply',
  'gmail-changed-ui',
];

afterAll(closeWindows);

describe('readGmail on the saved Gmail fixtures', () => {
  test.each(GMAIL_FIXTURES)('%s reads as its expected.json says', async (name) => {
    const { expected, document } = await loadFixture(name);
    const reading = readGmail(document, expected.url);

    expect(reading.status).toBe(expected.status);
    expect(reading.thread?.id ?? null).toBe(expected.thread?.id ?? null);
    expect(reading.thread?.subject ?? null).toBe(expected.thread?.subject ?? null);
    expect(reading.compose !== null).toBe(expected.compose !== null);
    for (const key of expected.failedAtLeast ?? []) expect(reading.failed).toContain(key);

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

  it('keeps element handles out of the reading and hands them over separately', async () => {
    const { expected, document } = await loadFixture('gmail-compose-reply');
    const { reading, handles } = readGmailWithHandles(document, expected.url);

    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
    expect(handles.editor?.getAttribute('id')).toBe(':wq');
    expect(handles.insertBefore?.className).toBe('gmail_signature_prefix');
  });
});

describe('traps', () => {
  it('treats a thread id written as "undefined" as missing, never as an id', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    element(document, 'h2.hP').setAttribute('data-thread-perm-id', 'undefined');
    const reading = readGmail(document, expected.url);

    expect(reading.status).toBe('ok');
    expect(reading.thread).toMatchObject({ id: null, legacyId: '18dc859376bd6d92' });
    expect(JSON.stringify(reading)).not.toContain('"undefined"');
  });

  it('takes the thread id from the inline reply when the subject lacks it', async () => {
    const { expected, document } = await loadFixture('gmail-compose-reply');
    element(document, 'h2.hP').setAttribute('data-thread-perm-id', 'undefined');

    expect(readGmail(document, expected.url).thread?.id).toBe(expected.thread?.id);
  });

  it('is unreadable when neither thread id is valid', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    element(document, 'h2.hP').setAttribute('data-thread-perm-id', 'undefined');
    element(document, 'h2.hP').setAttribute('data-legacy-thread-id', 'FMfcgzQXkTbRmJwP');
    const reading = readGmail(document, expected.url);

    expect(reading.status).toBe('unreadable');
    expect(reading.failed).toContain('thread.id');
    expect(reading.openMessage).toBeNull();
  });

  it('is not misled by a subject line another extension made contenteditable', async () => {
    const { expected, document } = await loadFixture('gmail-compose-reply');
    element(document, 'h2.hP').setAttribute('contenteditable', 'true');
    const subjectBox = element(document, '.ip input[name=subjectbox]');
    const fake = document.createElement('div');
    for (const name of ['contenteditable', 'aria-multiline']) fake.setAttribute(name, 'true');
    fake.setAttribute('role', 'textbox');
    fake.append('Re: Quarterly access review - sign-off needed');
    subjectBox.replaceWith(fake);
    // Without Gmail's marker and classes only roles are left, and the subject box has them too.
    element(document, '[id=":wq"]').removeAttribute('g_editable');
    element(document, '[id=":wq"]').removeAttribute('class');

    const reading = readGmail(document, expected.url);
    expect(reading.thread?.subject).toBe(expected.thread?.subject);
    expect(reading.compose).toMatchObject({ editor: '[id=":wq"]', userText: '' });
    expect(fold(reading.openMessage?.bodyText)).toBe(fold(expected.openMessage?.bodyText));
  });

  it('accepts hashed class tokens (token-<hash>)', async () => {
    const { expected, document } = await loadFixture('gmail-thread-multi');
    for (const token of ['a3s', 'h7', 'gF']) {
      for (const found of Array.from(document.querySelectorAll(`.${token}`))) {
        found.classList.replace(token, `${token}-q7Zx`);
      }
    }

    const reading = readGmail(document, expected.url);
    expect(reading.status).toBe('ok');
    expect(fold(reading.openMessage?.bodyText)).toBe(fold(expected.openMessage?.bodyText));
  });

  it('never returns an unrelated popup draft as the reply box', async () => {
    const { expected, document } = await loadFixture('gmail-compose-reply');
    element(document, '.ip .M9').remove();

    expect(readGmail(document, expected.url).compose).toBeNull();
  });

  it('takes a popup compose only when its form answers this thread', async () => {
    const { expected, document } = await loadFixture('gmail-compose-reply');
    element(document, '.ip .M9').remove();
    element(document, '[data-compose-id="b81d02"] input[name=rt]').setAttribute(
      'value',
      '#thread-f:1790990811376654927',
    );

    expect(readGmail(document, expected.url).compose).toMatchObject({
      kind: 'popup',
      composeId: 'b81d02',
    });
  });

  it('reads emoji images in the subject as their characters', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    const emoji = document.createElement('img');
    emoji.setAttribute('data-emoji', '\u{1F4E6}');
    element(document, 'h2.hP').append(' ', emoji);

    expect(readGmail(document, expected.url).thread?.subject).toBe(
      'Invoice 4471 for March \u{1F4E6}',
    );
  });

  it('reports degraded, not ok, when a field the page shows cannot be read', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    for (const date of Array.from(document.querySelectorAll('.g3'))) {
      date.removeAttribute('title');
      date.removeAttribute('alt');
    }
    const reading = readGmail(document, expected.url);

    expect(reading.status).toBe('degraded');
    expect(reading.tiers['openMessage.date']).toBe('missing');
    expect(reading.openMessage?.date).toBeNull();
  });

  it('refuses a body the user can type into', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    element(document, '.a3s').setAttribute('contenteditable', 'true');
    const reading = readGmail(document, expected.url);

    expect(reading.status).toBe('unreadable');
    expect(reading.failed).toContain('openMessage.body');
  });
});

describe('links of the open message', () => {
  test.each([
    [
      'https://www.google.com/url?q=https://buyer.example/rfq?id%3D7&source=gmail',
      'https://buyer.example/rfq?id=7',
    ],
    ['https://buyer.example/catalogue', 'https://buyer.example/catalogue'],
    ['mailto:sales@buyer.example', 'mailto:sales@buyer.example'],
    ['javascript:alert(1)', null],
    ['#top', null],
    [null, null],
  ])('unwrapRedirect(%s) is %s', (raw, target) => {
    expect(unwrapRedirect(raw)).toBe(target);
  });

  it('reports the real target, with the words the reader saw, and skips quoted history', () => {
    const document = parse(
      '<div id="b"><a href="https://www.google.com/url?q=https://shop.example/p" data-saferedirecturl="https://www.google.com/url?q=https://shop.example/p">our  shop</a>' +
        '<a href="https://supplier.example/" data-saferedirecturl="https://www.google.com/url?q=https://supplier.example/&amp;ust=1">x</a>' +
        '<div class="gmail_quote"><a href="https://old.example/">old</a></div></div>',
    );

    expect(collectLinks(element(document, '#b'), ['.gmail_quote'])).toEqual([
      { href: 'https://shop.example/p', text: 'our shop' },
      { href: 'https://supplier.example/', text: 'x' },
    ]);
  });
});

describe('normalizedText', () => {
  test.each([
    ['blocks end lines', '<div>a<div>b</div>c</div>', 'a\nb\nc'],
    ['<div><br></div> is a blank line', 'a<div><br></div><div>b</div>', 'a\n\nb'],
    ['a no-break space line stays blank', '<p>a</p><div>&nbsp;</div><p>b</p>', 'a\n\nb'],
    ['indentation between blocks adds nothing', '<div>\n  <p>a</p>\n  <p>b</p>\n</div>', 'a\nb'],
    ['runs of blank lines fold to one', 'a<br><br><br><br>b', 'a\n\nb'],
    ['white space folds', '  a \t\n  b  ', 'a b'],
    ['no-break spaces become spaces', 'EUR&nbsp;1,284.50', 'EUR 1,284.50'],
    ['zero-width spaces vanish', 'in\u200bquiry', 'inquiry'],
    ['cells are spaced', '<table><tr><td>MOQ</td><td>500</td></tr></table>', 'MOQ 500'],
    ['inline hidden parts vanish', 'a<span style="display: none">x</span><b hidden>y</b>b', 'ab'],
    ['script and style vanish', '<style>p{}</style><script>x()</script>t', 't'],
  ])('%s', (_why, html, text) => {
    expect(normalizedText(element(parse(`<div id="t">${html}</div>`), '#t'))).toBe(text);
  });

  it('works on a clone and removes what it is told to', () => {
    const target = element(parse('<div id="t">hi<div class="gmail_quote">old</div></div>'), '#t');

    expect(normalizedText(target, { remove: ['.gmail_quote'] })).toBe('hi');
    expect(target.querySelector('.gmail_quote')).not.toBeNull();
  });
});

describe('small helpers', () => {
  test.each([
    [
      'Lena Ortiz <lena.ortiz@example.org>',
      { name: 'Lena Ortiz', email: 'lena.ortiz@example.org' },
    ],
    ['"Ortiz, Lena" <lena@example.org>', { name: 'Ortiz, Lena', email: 'lena@example.org' }],
    ['<ap@northwind.example>', { name: null, email: 'ap@northwind.example' }],
    ['ap@northwind.example', { name: null, email: 'ap@northwind.example' }],
    ['Lena Ortiz', null],
    ['Lena <not an address>', null],
  ])('parseNameAddress(%s)', (text, person) => {
    expect(parseNameAddress(text)).toEqual(person);
  });

  it('reads "undefined" and empty attributes as missing', () => {
    const probe = element(parse('<p id="p" data-a="undefined" data-b="" data-c=" x "></p>'), '#p');

    expect([
      attributeValue(probe, 'data-a'),
      attributeValue(probe, 'data-b'),
      attributeValue(probe, 'data-c'),
    ]).toEqual([null, null, 'x']);
  });

  test.each([
    ['Tue, Mar 3, 2026, 9:41 AM', '2026-03-03T09:41:00'],
    ['Tue, Mar 3, 2026, 9:41\u202fPM', '2026-03-03T21:41:00'],
    ['Tue, Mar 3, 2026, 12:05 AM', '2026-03-03T00:05:00'],
    ['Tue, 3 Mar 2026, 09:41', '2026-03-03T09:41:00'],
    ['Wed, Mar 3, 2026, 9:41 AM', null],
    ['Feb 30, 2026, 1:00 AM', null],
    ['mar. 3 mars 2026, 09:41', null],
    ['9:41 AM (2 days ago)', null],
  ])('parsePageDate(%s) is %s', (raw, iso) => {
    expect(parsePageDate(raw)).toBe(iso);
  });
});

describe('toMailMessage', () => {
  it('turns an ok reading into the core mail shape', async () => {
    const { expected, document } = await loadFixture('gmail-thread-single');
    const message = toMailMessage(readGmail(document, expected.url));

    expect(message).toMatchObject({
      from: { name: 'Northwind Billing', email: 'billing@northwind-supplies.example' },
      replyTo: [{ name: 'Northwind AP', email: 'ap-replies@northwind-supplies.example' }],
      to: [{ name: 'Priya Raman', email: 'priya.raman@example.com' }],
      cc: [{ name: 'Accounts Team', email: 'accounts@example.com' }],
      subject: 'Invoice 4471 for March',
      date: '2026-03-03T09:41:00',
      attachments: [{ name: 'invoice-4471.pdf' }, { name: 'delivery-note-0311.png' }],
    });
  });

  it('gives nothing for an unreadable page', async () => {
    const { expected, document } = await loadFixture('gmail-changed-ui');
    expect(toMailMessage(readGmail(document, expected.url))).toBeNull();
  });
});

describe('readPageCommand', () => {
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
  const url = (name: string) => `https://mail.google.com/mail/u/0/#inbox/${name}`;

  it('prints one JSON object and exits 0 for a readable page', async () => {
    const result = await run([
      fixturePath('gmail-thread-multi', 'html'),
      '--url',
      url('x'),
      '--json',
    ]);
    const reading = JSON.parse(result.stdout) as PageReading;

    expect(result.code).toBe(0);
    expect(reading.status).toBe('ok');
    expect(Object.keys(reading)).toEqual(
      expect.arrayContaining(['status', 'thread', 'openMessage', 'messages', 'compose']),
    );
  });

  it('prints a readable summary by default', async () => {
    const result = await run([fixturePath('gmail-thread-single', 'html'), `--url=${url('x')}`]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('subject: Invoice 4471 for March');
  });

  it('exits 1 for an unreadable page or a file it cannot read', async () => {
    const changed = await run([
      fixturePath('gmail-changed-ui', 'html'),
      '--url',
      url('x'),
      '--json',
    ]);
    const missing = await run(['/nonexistent/page.html', '--url', url('x')]);

    expect(changed.code).toBe(1);
    expect((JSON.parse(changed.stdout) as PageReading).failed).toContain('openMessage.root');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('/nonexistent/page.html');
  });

  test.each([
    [[]],
    [['page.html']],
    [['--url', url('x')]],
    [['page.html', '--url', 'not a url']],
    [['a.html', '--bogus']],
  ])('exits 2 on wrong usage: %j', async (args) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('usage:');
  });
});
