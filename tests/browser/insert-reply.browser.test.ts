import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../demo/launch-chromium.ts';
import { CSP_REPORTS, launchExtension, openPanel, panelSender } from './support.ts';

// One click into the reply box, end to end in Chromium: the panel page asks the worker over
// the reply port, the worker commands the content script of the mail tab, the content script
// types into the routed Gmail or Outlook page. The pages carry a strict CSP with Trusted
// Types, so an HTML string assigned by the extension would throw and be reported. Where a
// real client would draw its reply box on Reply, a stand-in does it in the page, through the
// one Trusted Types policy the page allows, as the client's own code would.

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/dom', import.meta.url));

type Fixture = { html: string; url: string; sender: string };

function fixture(name: string): Fixture {
  const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), 'utf8'));
  return {
    html: readFileSync(join(fixtures, `${name}.html`), 'utf8'),
    url: expected.url,
    sender: expected.openMessage?.from.email ?? '',
  };
}

const gmailCompose = fixture('gmail-compose-reply');
const gmailSingle = fixture('gmail-thread-single');
const outlookCompose = fixture('outlook-compose-reply');
const outlookPane = fixture('outlook-reading-pane');

const STRICT_CSP = [
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types fixture-navigation',
].join('; ');

const MAIL_HOSTS = /^https:\/\/(mail\.google\.com|outlook\.office\.com|outlook\.office365\.com)\//;

let browser: ExtensionBrowser;
let panel: Page;
// Pages served by address without the hash: Gmail's hash never reaches a server.
const served = new Map<string, string>();

const pageKey = (url: string) => url.split('#')[0]?.split('?')[0] ?? url;

beforeAll(async () => {
  browser = await launchExtension();
  await browser.context.route(/^https?:/, (route) => route.abort());
  await browser.context.route(MAIL_HOSTS, (route) => {
    const html = served.get(pageKey(route.request().url()));
    return html
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': STRICT_CSP },
          body: html,
        })
      : route.fulfill({ status: 404, body: '' });
  });
  panel = await openPanel(browser.context, browser.extensionId);
});

afterAll(async () => {
  await browser?.close();
});

type TabState = { tabId: number; url: string; messageKey: string | null; readAt: number };
type InsertAnswer = { ok: boolean; data?: Record<string, unknown>; error?: unknown };
type Seen = { type: string; inputType: string; trusted: boolean; target: string };

async function openMail(page: Fixture): Promise<Page> {
  served.set(pageKey(page.url), page.html);
  const mail = await browser.context.newPage();
  await mail.goto(page.url);
  await expect.poll(() => panelSender(panel), { timeout: 15_000 }).toBe(page.sender);
  await recordInputEvents(mail);
  return mail;
}

// The worker keeps each tab's state in storage.session; the newest one is the page just read.
async function shownState(): Promise<TabState> {
  const stored = await browser.worker.evaluate(() => chrome.storage.session.get(null));
  const states = Object.values(stored as Record<string, TabState>).filter((s) => s?.tabId);
  const newest = states.sort((a, b) => b.readAt - a.readAt)[0];
  if (!newest?.messageKey) throw new Error('no message read');
  return newest;
}

// Exactly what the panel's insert-reply button sends (src/panel/reply-ports.ts).
async function insertFromPanel(text: string, state?: TabState): Promise<InsertAnswer> {
  const { tabId, messageKey } = state ?? (await shownState());
  return panel.evaluate(
    (request) =>
      new Promise<InsertAnswer>((resolve) => {
        const port = chrome.runtime.connect({ name: 'replies' });
        port.onMessage.addListener((reply: InsertAnswer) => {
          port.disconnect();
          resolve(reply);
        });
        port.postMessage(request);
      }),
    { type: 'insert-reply', tabId, messageKey, text },
  );
}

// A listener of the page's own, on the document: it hears what the mail client would hear.
function recordInputEvents(mail: Page): Promise<void> {
  return mail.evaluate(() => {
    const seen: Seen[] = [];
    Object.assign(window, { seen });
    for (const type of ['beforeinput', 'input']) {
      document.addEventListener(
        type,
        (event) => {
          const target = event.target as Element;
          seen.push({
            type,
            inputType: (event as InputEvent).inputType,
            trusted: event.isTrusted,
            target: target.id || target.getAttribute('aria-label') || target.localName,
          });
        },
        true,
      );
    }
  });
}

const seenEvents = (mail: Page) =>
  mail.evaluate(() => (window as unknown as { seen: Seen[] }).seen.splice(0));

// The editor's lines by the fixtures' own rule (shared/fixtures/dom/README.md): a <br> ends
// a line, a block starts and ends one unless it is empty; lines trimmed, trailing blanks cut.
function editorLines(mail: Page, selector: string): Promise<string[]> {
  return mail.evaluate((css) => {
    const lines = [''];
    const endLine = () => {
      if ((lines.at(-1) ?? '').trim() !== '') lines.push('');
    };
    const walk = (node: Node) => {
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) {
          lines[lines.length - 1] += (child.textContent ?? '').replace(/[ \t\n\r]+/g, ' ');
        } else if (child instanceof HTMLBRElement) {
          lines.push('');
        } else if (child instanceof HTMLElement) {
          const block = getComputedStyle(child).display !== 'inline';
          if (block) endLine();
          walk(child);
          if (block) endLine();
        }
      }
    };
    walk(document.querySelector(css) as Element);

    const trimmed = lines.map((line) => line.replace(/\u00a0/g, ' ').trim());
    while (trimmed.at(-1) === '') trimmed.pop();
    return trimmed;
  }, selector);
}

type HtmlPolicy = { createHTML(html: string): string };
type FixtureWindow = Window & {
  trustedTypes: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy };
  fixturePolicy?: HtmlPolicy;
};

// Stand-in for the client's code: on Reply, draw the reply box taken from the fixture that
// shows it open, where the client draws it, and put the caret at its start.
function drawReplyBoxOnReply(
  mail: Page,
  options: { html: string; control: string; box: string; into: string; place: 'append' | 'before' },
): Promise<void> {
  return mail.evaluate((o) => {
    const win = window as unknown as FixtureWindow;
    win.fixturePolicy ??= win.trustedTypes.createPolicy('fixture-navigation', {
      createHTML: (text) => text,
    });
    const policy = win.fixturePolicy;
    document.addEventListener('click', (event) => {
      if (!(event.target as Element).closest(o.control)) return;

      const source = new DOMParser().parseFromString(policy.createHTML(o.html), 'text/html');
      const box = source.querySelector(o.box);
      const into = document.querySelector(o.into);
      if (!box || !into) return;

      const drawn = document.importNode(box, true);
      if (o.place === 'append') {
        into.classList.add('adB');
        into.replaceChildren(drawn);
      } else {
        into.before(drawn);
      }
      (
        drawn.querySelector('[contenteditable="true"][aria-multiline="true"]') as HTMLElement
      ).focus();
    });
  }, options);
}

describe('inserting into Gmail', () => {
  const EDITOR = '[id=":wq"]';
  let mail: Page;

  it('types into the open reply box, above the signature, through the typing path', async () => {
    mail = await openMail(gmailCompose);
    const popupBefore = await mail.locator('[id=":yb"]').innerHTML();
    // A second extension's change: the subject is now an editable box.
    await mail.evaluate(() =>
      document.querySelector('h2.hP')?.setAttribute('contenteditable', 'true'),
    );

    const answer = await insertFromPanel(
      'Dear Samir,\n\nI will sign off by Thursday.\nPriya <b>R</b>',
    );

    expect(answer).toEqual({
      ok: true,
      data: {
        status: 'inserted',
        openedReply: false,
        at: 'above-signature',
        method: 'exec-command',
      },
    });
    expect(await editorLines(mail, EDITOR)).toEqual([
      'Dear Samir,',
      '',
      'I will sign off by Thursday.',
      'Priya <b>R</b>',
      '',
      '--',
      'Priya Raman',
      'Finance Operations, Example Co.',
    ]);
    expect(await mail.locator(`${EDITOR} b`).count()).toBe(0);
    expect(await mail.locator('[id=":yb"]').innerHTML()).toBe(popupBefore);
    expect(await mail.locator('h2.hP').textContent()).toBe(
      'Quarterly access review - sign-off needed',
    );

    const events = await seenEvents(mail);
    expect(events[0]).toEqual({
      type: 'beforeinput',
      inputType: 'insertText',
      trusted: false,
      target: ':wq',
    });
    expect(
      events.slice(1).every((e) => e.type === 'input' && e.trusted && e.target === ':wq'),
    ).toBe(true);
    expect(events.length).toBeGreaterThan(1);
  });

  it('is one undo step', async () => {
    await mail.evaluate(() => document.execCommand('undo'));
    expect(await editorLines(mail, EDITOR)).toEqual([
      '',
      '',
      '--',
      'Priya Raman',
      'Finance Operations, Example Co.',
    ]);
  });

  it('inserts at the caret, after what the user typed', async () => {
    await mail.locator(`${EDITOR} > div`).first().click();
    await mail.keyboard.type('Thanks Samir, noted.');
    await seenEvents(mail);

    const answer = await insertFromPanel('I will sign off by Thursday.');

    expect(answer.data).toMatchObject({ status: 'inserted', at: 'caret', method: 'exec-command' });
    expect((await editorLines(mail, EDITOR)).slice(0, 4)).toEqual([
      'Thanks Samir, noted.',
      '',
      'I will sign off by Thursday.',
      '',
    ]);
    expect(await editorLines(mail, EDITOR)).toContain('Priya Raman');
  });

  it('goes above the signature when the caret is elsewhere, keeping the user text', async () => {
    // The user clicked into the unrelated draft in the corner.
    await mail.locator('[id=":yb"]').click();
    const popupBefore = await mail.locator('[id=":yb"]').innerHTML();

    const answer = await insertFromPanel('Best, Priya');

    expect(answer.data).toMatchObject({ status: 'inserted', at: 'above-signature' });
    const lines = await editorLines(mail, EDITOR);
    expect(lines.slice(0, 6)).toEqual([
      'Thanks Samir, noted.',
      '',
      'I will sign off by Thursday.',
      '',
      'Best, Priya',
      '',
    ]);
    expect(await mail.locator('[id=":yb"]').innerHTML()).toBe(popupBefore);
  });

  it('opens the reply first when none is open', async () => {
    mail = await openMail(gmailSingle);
    await drawReplyBoxOnReply(mail, {
      html: gmailCompose.html,
      control: '.aaq, .amn [role=link]',
      box: '.ip.adB > .M9',
      into: '.ip',
      place: 'append',
    });

    const answer = await insertFromPanel('Dear Tomasz,\n\nWe will check invoice 4471.');

    expect(answer).toEqual({
      ok: true,
      data: {
        status: 'inserted',
        openedReply: true,
        at: 'above-signature',
        method: 'exec-command',
      },
    });
    const lines = await editorLines(mail, '.ip [g_editable="true"]');
    expect(lines.slice(0, 4)).toEqual(['Dear Tomasz,', '', 'We will check invoice 4471.', '']);
    expect(lines).toContain('--');
    expect((await seenEvents(mail)).map((e) => e.type)).toContain('beforeinput');
  });

  it('refuses a reply written for another message', async () => {
    const state = await shownState();
    const answer = await insertFromPanel('Dear Tomasz,', {
      ...state,
      messageKey: 'gmail:thread-f:1/msg-f:1',
    });
    expect(answer.data).toEqual({ status: 'failed', reason: 'message-changed' });
  });

  it('raised no CSP violation in the Gmail page', async () => {
    expect(await mail.evaluate(CSP_REPORTS)).toEqual([]);
  });
});

describe('inserting into Outlook', () => {
  const EDITOR = '#editorParent_1 [contenteditable="true"]';
  let mail: Page;

  it('types into the open reply box, above the signature and the quote', async () => {
    mail = await openMail(outlookCompose);
    await mail.evaluate(() =>
      document.querySelector('[id$="_SUBJECT"]')?.setAttribute('contenteditable', 'true'),
    );

    const answer = await insertFromPanel('Dear Amelia,\n\nThe extra 1,400 EUR is approved.');

    expect(answer).toEqual({
      ok: true,
      data: {
        status: 'inserted',
        openedReply: false,
        at: 'above-signature',
        method: 'exec-command',
      },
    });
    const lines = await editorLines(mail, EDITOR);
    expect(lines.slice(0, 5)).toEqual([
      'Dear Amelia,',
      '',
      'The extra 1,400 EUR is approved.',
      'Kai Brandt',
      'Program Manager, Contoso',
    ]);
    expect(await mail.locator('[id$="_SUBJECT"]').textContent()).toBe(
      'Budget approval for the design sprint',
    );
    const events = await seenEvents(mail);
    expect(events[0]).toMatchObject({
      type: 'beforeinput',
      inputType: 'insertText',
      trusted: false,
    });
    expect(events.some((e) => e.type === 'input' && e.trusted)).toBe(true);
  });

  it('inserts at the caret, after what the user typed', async () => {
    await mail.locator(`${EDITOR} > div`, { hasText: 'The extra 1,400 EUR' }).click();
    await mail.keyboard.press('End');
    await mail.keyboard.type(' Thanks.');
    const answer = await insertFromPanel('Kind regards, Kai');

    expect(answer.data).toMatchObject({ status: 'inserted', at: 'caret' });
    const lines = await editorLines(mail, EDITOR);
    expect(lines.indexOf('Kind regards, Kai')).toBeLessThan(lines.indexOf('Kai Brandt'));
    expect(lines.join('\n')).toContain(
      'The extra 1,400 EUR is approved. Thanks.\n\nKind regards, Kai',
    );
  });

  it('opens the reply first when none is open', async () => {
    mail = await openMail(outlookPane);
    await drawReplyBoxOnReply(mail, {
      html: outlookCompose.html,
      control: 'button:has([data-icon-name="ArrowReplyRegular"])',
      box: '.lBHud',
      into: '.aVla3',
      place: 'before',
    });

    const answer = await insertFromPanel('Dear Dana,\n\nCountersigned copy to follow on Monday.');

    expect(answer).toEqual({
      ok: true,
      data: {
        status: 'inserted',
        openedReply: true,
        at: 'above-signature',
        method: 'exec-command',
      },
    });
    const lines = await editorLines(mail, EDITOR);
    expect(lines.slice(0, 4)).toEqual([
      'Dear Dana,',
      '',
      'Countersigned copy to follow on Monday.',
      'Kai Brandt',
    ]);
  });

  it('raised no CSP violation in the Outlook pages', async () => {
    expect(await mail.evaluate(CSP_REPORTS)).toEqual([]);
    expect(await browser.worker.evaluate(CSP_REPORTS)).toEqual([]);
  });
});

describe('the panel button', () => {
  it('inserts the suggested reply with one click', async () => {
    const mail = await openMail(outlookCompose);
    // The fixture is not an inquiry: the panel offers a reply once it is graded anyway.
    const state = panel.getByTestId('inquiry-state');
    if ((await state.getAttribute('data-state')) === 'not-inquiry') {
      await panel.getByTestId('grade-anyway').click();
    }
    await expect.poll(() => state.getAttribute('data-state')).toMatch(/^(graded|reply)$/);
    const button = panel.getByTestId('insert-reply');
    await expect.poll(() => button.count()).toBe(1);

    await button.click();
    await expect
      .poll(() => panel.getByTestId('insert-status').getAttribute('data-state'))
      .toBe('inserted');
    expect((await editorLines(mail, EDITOR_OUTLOOK))[0]).toMatch(/^Dear /);
  });
});

const EDITOR_OUTLOOK = '#editorParent_1 [contenteditable="true"]';
