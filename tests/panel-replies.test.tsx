/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import chineseFile from '../public/_locales/zh_CN/messages.json';
import { FEEDBACK_KINDS, type FeedbackKind, type ReplyGrade } from '../src/core/grade-types.ts';
import { ReplyView } from '../src/panel/components/reply-view.tsx';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';

// A buyer's answer to a quote: every kind its words fall under, the main one first, each
// with the next step for the salesperson (method.md sections 4 and 6).

type MessagesFile = Record<string, { message: string }>;

const english: MessagesFile = englishFile;
const chinese: MessagesFile = chineseFile;

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(grade: ReplyGrade, messages: MessagesFile = english, locale = 'en') {
  act(() => {
    render(
      <TranslateContext.Provider value={translatorFrom(messages, locale)}>
        <ReplyView grade={grade} />
      </TranslateContext.Provider>,
      container,
    );
  });
}

const reply = (kinds: FeedbackKind[], language: string | null = 'en'): ReplyGrade => ({
  kind: 'reply',
  reason: 'quote-reply',
  language,
  feedbackKinds: kinds,
  evidence: kinds.map((kind) => ({ kind, evidence: `words for ${kind}` })),
});

const kinds = () => [...container.querySelectorAll('[data-testid="reply-kind"]')];

describe('a buyer reply', () => {
  it('lists its kinds in the order given, the main one first and marked', () => {
    show(reply(['sample_request', 'bargaining', 'further_questions']));

    expect(kinds().map((kind) => kind.getAttribute('data-kind'))).toEqual([
      'sample_request',
      'bargaining',
      'further_questions',
    ]);
    expect(kinds().map((kind) => kind.getAttribute('data-primary'))).toEqual([
      'true',
      'false',
      'false',
    ]);
    expect(kinds()[0]?.querySelector('.badge')?.textContent).toBe('Main point');
    expect(kinds()[1]?.querySelector('.badge')).toBeNull();
  });

  it.each([
    ['bargaining', /margin/],
    ['comparing_offers', /next week/],
    ['found_other_supplier', /samples/],
    ['ordered_elsewhere', /why they chose/],
    ['sample_request', /tracking number/],
    ['references_request', /customers/],
    ['awaiting_client_feedback', /every three days/],
    ['ready_to_order', /proforma invoice or contract/],
    ['further_questions', /same day/],
    ['auto_reply', /return date/],
    ['not_interested', /stop/],
    ['order_logistics', /no sales follow-up/],
    ['other', /yourself/],
  ] as const)('gives %s its next step', (kind, step) => {
    show(reply([kind]));
    const item = kinds()[0];

    expect(item?.querySelector('.next-step')?.textContent).toMatch(/^Next step: /);
    expect(item?.querySelector('.next-step')?.textContent).toMatch(step);
    expect(item?.querySelector('.evidence')?.textContent).toBe(`words for ${kind}`);
  });

  it('covers every kind the scorer knows in Chinese', () => {
    show(reply([...FEEDBACK_KINDS], 'pt'), chinese, 'zh_CN');

    expect(kinds()).toHaveLength(FEEDBACK_KINDS.length);
    for (const kind of kinds()) {
      expect(kind.querySelector('.next-step')?.textContent).toMatch(/^下一步：\s?\p{Script=Han}/u);
    }
    expect(container.querySelector('[data-testid="mail-language"]')?.textContent).toBe(
      '邮件语言：葡萄牙语',
    );
  });

  it('says so when no kind was recognised', () => {
    show(reply([]));

    expect(kinds()).toHaveLength(0);
    expect(container.textContent).toContain('No known kind of reply recognised.');
  });
});
