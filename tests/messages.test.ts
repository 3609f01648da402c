import '../src/messages/zod-setup.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backgroundToPanelSchema } from '../src/messages/background-to-panel.ts';
import {
  contentToBackgroundSchema,
  pageReadReplySchema,
} from '../src/messages/content-to-background.ts';
import { invalidMessage, MessageError } from '../src/messages/message-error.ts';
import {
  getStateReplySchema,
  gradeAnywayReplySchema,
  panelToBackgroundSchema,
} from '../src/messages/panel-to-background.ts';
import { tabStateSchema } from '../src/messages/tab-state.ts';
import {
  gradedState,
  gradeFailedState,
  inquiryGrade,
  inquiryMessage,
  notInquiryState,
  replyState,
  unreadableState,
} from './support/tab-states.ts';

const gmailUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXkTbRmJwPcLdNvBsHqZtKrWxY';

const pageRead = {
  type: 'page-read',
  url: gmailUrl,
  reading: { status: 'ok', messageKey: 'gmail:thread-f:1/msg-f:2', message: inquiryMessage },
};

describe('content to background', () => {
  it.each([
    ['a readable message', pageRead],
    ['a degraded reading', { ...pageRead, reading: { ...pageRead.reading, status: 'degraded' } }],
    [
      'an unreadable page with the probes that failed',
      {
        type: 'page-read',
        url: gmailUrl,
        reading: { status: 'unreadable', failed: ['openMessage.body'] },
      },
    ],
  ])('accepts %s', (_, message) => {
    expect(contentToBackgroundSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    ['an unknown type', { ...pageRead, type: 'page-grab' }],
    ['a page that is not https', { ...pageRead, url: 'http://mail.google.com/mail/u/0/' }],
    ['a url that is not a url', { ...pageRead, url: 'inbox' }],
    ['an empty message key', { ...pageRead, reading: { ...pageRead.reading, messageKey: '' } }],
    [
      'a readable status without its message',
      { ...pageRead, reading: { status: 'ok', messageKey: 'k' } },
    ],
    [
      'a message without a sender',
      {
        ...pageRead,
        reading: { ...pageRead.reading, message: { ...inquiryMessage, from: undefined } },
      },
    ],
    [
      'an unreadable reading without its probes',
      { ...pageRead, reading: { status: 'unreadable' } },
    ],
    ['a panel request', { type: 'get-state', windowId: 1 }],
    ['nothing', undefined],
  ])('refuses %s', (_, message) => {
    expect(contentToBackgroundSchema.safeParse(message).success).toBe(false);
  });
});

describe('panel to background', () => {
  it.each([
    ['state for a window', { type: 'get-state', windowId: 3 }],
    ['state for any window (panel open as a tab)', { type: 'get-state', windowId: null }],
    ['grading a tab anyway', { type: 'grade-anyway', tabId: 12 }],
  ])('accepts %s', (_, message) => {
    expect(panelToBackgroundSchema.safeParse(message).success).toBe(true);
  });

  it.each([
    ['a state request without a window', { type: 'get-state' }],
    ['a fractional tab id', { type: 'grade-anyway', tabId: 1.5 }],
    ['a tab id as text', { type: 'grade-anyway', tabId: '12' }],
    ['a content script message', pageRead],
  ])('refuses %s', (_, message) => {
    expect(panelToBackgroundSchema.safeParse(message).success).toBe(false);
  });
});

describe('background to panel', () => {
  it.each([
    ['a graded inquiry', gradedState],
    ['a buyer reply', replyState],
    ['other mail', notInquiryState],
    ['an unreadable page', unreadableState],
    ['a failed grade', gradeFailedState],
  ])('carries %s', (_, state) => {
    expect(backgroundToPanelSchema.parse({ type: 'state-changed', state })).toEqual({
      type: 'state-changed',
      state,
    });
  });

  it('carries a closed tab', () => {
    expect(backgroundToPanelSchema.safeParse({ type: 'tab-closed', tabId: 4 }).success).toBe(true);
  });

  const graded = (grade: object) => ({ status: 'graded', forced: false, grade });

  it.each([
    ['a class outside A-E', graded({ ...inquiryGrade, class: 'F' })],
    ['a total given as text', graded({ ...inquiryGrade, total: '612' })],
    ['a missing factor', graded({ ...inquiryGrade, factors: { source: 1 } })],
    [
      'an unknown factor in the evidence',
      graded({
        ...inquiryGrade,
        evidence: [{ ruleId: 'x', factor: 'price', points: 1, evidence: 'y' }],
      }),
    ],
    [
      'an unknown red flag strength',
      graded({ ...inquiryGrade, redFlags: [{ id: 'x', strength: 'medium', evidence: 'y' }] }),
    ],
    [
      'an unknown reply kind',
      graded({ kind: 'reply', reason: 'quote-reply', feedbackKinds: ['maybe'], evidence: [] }),
    ],
    ['an unknown gate reason', graded({ kind: 'other', reason: 'boring' })],
    ['an unknown outcome', { status: 'guessed' }],
  ])('refuses a state with %s', (_, outcome) => {
    const message = { type: 'state-changed', state: { ...gradedState, outcome } };
    expect(backgroundToPanelSchema.safeParse(message).success).toBe(false);
  });

  it('refuses a state without the time it was read', () => {
    const { readAt: _, ...withoutTime } = gradedState;
    expect(tabStateSchema.safeParse(withoutTime).success).toBe(false);
  });
});

describe('replies', () => {
  it('accept data or a typed error', () => {
    expect(pageReadReplySchema.safeParse({ ok: true, data: null }).success).toBe(true);
    expect(getStateReplySchema.safeParse({ ok: true, data: null }).success).toBe(true);
    expect(getStateReplySchema.safeParse({ ok: true, data: gradedState }).success).toBe(true);
    expect(
      gradeAnywayReplySchema.safeParse({
        ok: false,
        error: { code: 'unknown-tab', message: 'No readable message is known for tab 3' },
      }).success,
    ).toBe(true);
  });

  it('refuse an error of no known kind, and a missing answer', () => {
    const unknownCode = { ok: false, error: { code: 'oops', message: 'x' } };
    expect(gradeAnywayReplySchema.safeParse(unknownCode).success).toBe(false);
    expect(gradeAnywayReplySchema.safeParse({ ok: true, data: null }).success).toBe(false);
    expect(pageReadReplySchema.safeParse(undefined).success).toBe(false);
  });

  it('name the fields a refused message got wrong', () => {
    const parsed = panelToBackgroundSchema.safeParse({ type: 'grade-anyway', tabId: 'x' });
    if (parsed.success) {
      throw new Error('expected a refusal');
    }

    const error = invalidMessage(parsed.error);
    expect(error).toBeInstanceOf(MessageError);
    expect(error.code).toBe('invalid-message');
    expect(error.issues).toEqual([expect.stringMatching(/^tabId: /)]);
    expect(new MessageError(error.toData()).toData()).toEqual(error.toData());
  });
});

describe('promises the entries keep', () => {
  const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

  // zod decides when a schema is built whether to compile it with `new Function`, which
  // MV3's CSP reports; src/core builds schemas at import time, so jitless must come first.
  it.each(['src/background/worker.ts', 'src/content/gmail.ts', 'src/panel/main.tsx'])(
    '%s imports the zod setup before anything else',
    (entry) => {
      const firstImport = read(entry).match(/^import .*$/m)?.[0];
      expect(firstImport).toBe("import '../messages/zod-setup.ts';");
    },
  );

  const sourcesIn = (folder: string) =>
    readdirSync(new URL(`../${folder}`, import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => `${folder}/${file}`);

  it.each([...sourcesIn('src/content'), ...sourcesIn('src/panel')])(
    '%s never turns text into markup',
    (file) => {
      expect(read(file)).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/,
      );
    },
  );
});
