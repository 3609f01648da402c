/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import chineseFile from '../public/_locales/zh_CN/messages.json';
import { CLASSES, FACTORS } from '../src/core/grade-types.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { Panel } from '../src/panel/components/panel.tsx';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';
import {
  createPanelModel,
  emptySnapshot,
  type PanelPorts,
  type PanelSnapshot,
} from '../src/panel/panel-model.ts';
import {
  gradedState,
  gradeFailedState,
  inquiryGrade,
  notInquiryState,
  replyState,
  tabState,
  unreadableState,
} from './support/tab-states.ts';

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

function show(
  tab: TabState | null,
  options: { onGradeAnyway?: () => void; locale?: MessagesFile; loaded?: boolean } = {},
) {
  const snapshot: PanelSnapshot = {
    ...emptySnapshot(),
    loaded: options.loaded ?? true,
    tab,
  };
  act(() => {
    render(
      <TranslateContext.Provider value={translatorFrom(options.locale ?? english)}>
        <Panel snapshot={snapshot} onGradeAnyway={options.onGradeAnyway ?? (() => {})} />
      </TranslateContext.Provider>,
      container,
    );
  });
}

const byTestId = (id: string) => container.querySelector(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...container.querySelectorAll(`[data-testid="${id}"]`)];
const stateOf = () => byTestId('inquiry-state')?.getAttribute('data-state');
const textOf = (id: string) => byTestId(id)?.textContent;

describe('the panel states (data-testid contract)', () => {
  it.each([
    ['graded', gradedState],
    ['reply', replyState],
    ['not-inquiry', notInquiryState],
    ['unreadable', unreadableState],
    ['unreadable', gradeFailedState],
    ['empty', null],
  ] as const)('shows %s', (expected, tab) => {
    show(tab);
    expect(stateOf()).toBe(expected);
  });

  it('shows a graded inquiry: class, total, sender, six factors in order', () => {
    show(gradedState);

    expect(textOf('inquiry-class')).toBe('B');
    expect(textOf('inquiry-total')).toBe('612');
    expect(textOf('inquiry-from')).toBe('omar.haddad@gulf-fittings.example');
    expect(allByTestId('factor').map((factor) => factor.getAttribute('data-factor'))).toEqual([
      ...FACTORS,
    ]);
    expect(container.querySelector('.verdict')?.classList.contains('class-B')).toBe(true);
  });

  it('shows each factor as a bar with the points and the words that earned them', () => {
    show(gradedState);
    const terms = container.querySelector('[data-testid="factor"][data-factor="terms"]');
    const intent = container.querySelector('[data-testid="factor"][data-factor="intent"]');

    expect(terms?.querySelector('meter')?.getAttribute('value')).toBe('17');
    expect(terms?.querySelector('meter')?.getAttribute('max')).toBe('20');
    expect(intent?.querySelector('meter')?.getAttribute('max')).toBe('10');
    expect(
      [...(terms?.querySelectorAll('.evidence-list .evidence') ?? [])].map((q) => q.textContent),
    ).toEqual(['2,000 pcs', 'CIF Jebel Ali']);
    expect(
      [...(terms?.querySelectorAll('.evidence-list .points') ?? [])].map((p) => p.textContent),
    ).toEqual(['+6 points', '+5 points']);
    const identity = container.querySelector('[data-factor="identity"] .points');
    expect(identity?.textContent).toBe('\u22123 points');
    expect(identity?.classList.contains('negative')).toBe(true);
  });

  it('says when a factor has no evidence, and when fit is neutral for want of a profile', () => {
    show(gradedState);
    const fit = container.querySelector('[data-testid="factor"][data-factor="fit"]');

    expect(fit?.textContent).toContain('No evidence found.');
    expect(fit?.textContent).toContain('Fit is neutral');
    show(tabState({ ...inquiryGrade, fitNeutral: false }));
    expect(container.textContent).not.toContain('Fit is neutral');
  });

  it('shows the red flags first, strong before weak', () => {
    show(gradedState);
    const flags = allByTestId('red-flag');
    const sections = [...container.querySelectorAll('section')].map((section) => section.className);

    expect(flags.map((flag) => flag.getAttribute('data-flag'))).toEqual([
      'risky-attachment',
      'vague-greeting',
    ]);
    expect(sections.indexOf('red-flags')).toBeLessThan(sections.indexOf('factors'));
    expect(sections.indexOf('red-flags')).toBeLessThan(sections.indexOf('answer-points'));
  });

  it.each(CLASSES)(
    'gives the answer points for class %s in English and Chinese',
    (inquiryClass) => {
      const state = tabState({ ...inquiryGrade, class: inquiryClass });

      show(state);
      const englishPoints = [...container.querySelectorAll('[data-testid="answer-points"] li')];
      show(state, { locale: chinese });
      const chinesePoints = [...container.querySelectorAll('[data-testid="answer-points"] li')];

      expect(englishPoints.length).toBeGreaterThanOrEqual(3);
      expect(chinesePoints).toHaveLength(englishPoints.length);
      expect(chinesePoints.every((point) => /\p{Script=Han}/u.test(point.textContent ?? ''))).toBe(
        true,
      );
    },
  );

  it('tells class E to ask for payment in advance and to open no link', () => {
    show(tabState({ ...inquiryGrade, class: 'E' }));
    const points = textOf('answer-points') ?? '';

    expect(points).toContain('100% T/T');
    expect(points).toContain('link');
  });

  it('lists the kinds of a buyer reply with their words', () => {
    show(replyState);

    expect(allByTestId('reply-kind').map((kind) => kind.getAttribute('data-kind'))).toEqual([
      'bargaining',
      'sample_request',
    ]);
    expect(container.textContent).toContain('Bargaining on price');
    expect(container.textContent).toContain('can you cut 5%');
    expect(byTestId('inquiry-class')).toBeNull();
  });

  it('offers to grade other mail anyway, with a keyboard-reachable button', () => {
    const onGradeAnyway = vi.fn();
    show(notInquiryState, { onGradeAnyway });
    const button = byTestId('grade-anyway') as HTMLButtonElement;

    expect(container.textContent).toContain('Not an inquiry');
    expect(container.textContent).toContain('A newsletter or mailing list.');
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    act(() => button.click());
    expect(onGradeAnyway).toHaveBeenCalledOnce();
  });

  it('says it could not read the message, with an empty sender', () => {
    show(unreadableState);

    expect(container.textContent).toContain('Could not read this message');
    expect(container.textContent).toContain('openMessage.body');
    expect(textOf('inquiry-from')).toBe('');
  });

  it('says grading failed on a message it read, and still names the sender', () => {
    show(gradeFailedState);

    expect(container.querySelector('[data-reason="grade-failed"]')?.textContent).toContain(
      'scorer exploded',
    );
    expect(textOf('inquiry-from')).toBe('omar.haddad@gulf-fittings.example');
  });

  it('shows loading, then an invitation to open a message, while nothing was read', () => {
    show(null, { loaded: false });
    expect(container.textContent).toContain('Loading');
    show(null);
    expect(container.textContent).toContain('Open a message in Gmail');
    expect(byTestId('inquiry-from')).toBeNull();
  });

  it('renders mail text as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>Urgent</b>';
    const message = gradedState.message && { ...gradedState.message, subject: hostile };
    show({ ...gradedState, message });

    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe(hostile);
  });

  it('has a heading for every section and labels every bar', () => {
    show(gradedState);

    for (const section of container.querySelectorAll('section')) {
      const labelled =
        section.getAttribute('aria-labelledby') ?? section.getAttribute('aria-label');
      expect(labelled, section.className).toBeTruthy();
    }

    for (const meter of container.querySelectorAll('meter')) {
      const label = document.getElementById(meter.getAttribute('aria-labelledby') ?? '');
      expect(label?.textContent).toBeTruthy();
    }
  });
});

describe('the interface text', () => {
  it('has every English message in Simplified Chinese, with the same substitutions', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());

    for (const [key, { message }] of Object.entries(english)) {
      const slots = (text: string) => text.match(/\$[1-9]/g)?.sort() ?? [];
      expect(chinese[key]?.message, key).toBeTruthy();
      expect(slots(chinese[key]?.message ?? ''), key).toEqual(slots(message));
    }
  });

  it('substitutes like chrome.i18n', () => {
    const t = translatorFrom({ factorScore: { message: '$1 of $2, $$3' } } as MessagesFile);
    expect(t('factorScore', ['4', '20'])).toBe('4 of 20, $3');
  });
});

function fakePorts(initial: TabState | null, windowId: number | null) {
  let hear: (message: unknown) => void = () => {};
  const ports: PanelPorts = {
    panelWindow: vi.fn(async () => windowId),
    getState: vi.fn(async () => initial),
    gradeAnyway: vi.fn(async (tabId: number) =>
      tabState({ ...inquiryGrade, class: 'D' }, { tabId, windowId: windowId ?? 1 }),
    ),
    getOverrides: vi.fn(async () => []),
    saveOverride: vi.fn(async () => []),
    undoOverride: vi.fn(async () => []),
    openSettings: vi.fn(async () => {}),
    hearBroadcasts: (listener) => {
      hear = listener;
    },
    now: () => 0,
  };

  return { ports, broadcast: (message: unknown) => hear(message) };
}

describe('the panel model', () => {
  const later = (state: TabState, tabId: number, windowId = state.windowId) => ({
    ...state,
    tabId,
    windowId,
    readAt: state.readAt + 1000,
  });

  it('asks for the latest message of its own window', async () => {
    const { ports } = fakePorts(gradedState, 1);
    const model = createPanelModel(ports);

    await model.start(new AbortController().signal);

    expect(ports.getState).toHaveBeenCalledWith(1);
    expect(model.snapshot()).toMatchObject({ loaded: true, tab: gradedState });
  });

  it('follows a message read later in its window, and ignores other windows', async () => {
    const { ports, broadcast } = fakePorts(gradedState, 1);
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    broadcast({ type: 'state-changed', state: later(replyState, 9, 2) });
    expect(model.snapshot().tab?.tabId).toBe(7);
    broadcast({ type: 'state-changed', state: later(replyState, 9, 1) });
    expect(model.snapshot().tab?.tabId).toBe(9);
  });

  it('follows every window when opened as a tab', async () => {
    const { ports, broadcast } = fakePorts(null, null);
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    broadcast({ type: 'state-changed', state: later(notInquiryState, 5, 8) });
    expect(ports.getState).toHaveBeenCalledWith(null);
    expect(model.snapshot().tab?.tabId).toBe(5);
  });

  it('ignores messages that are not broadcasts, or do not parse', async () => {
    const { ports, broadcast } = fakePorts(gradedState, 1);
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    broadcast({ type: 'get-state', windowId: 1 });
    broadcast({ type: 'state-changed', state: { tabId: 3 } });
    expect(model.snapshot().tab).toBe(gradedState);
  });

  it('asks again when the tab it shows is closed', async () => {
    const { ports, broadcast } = fakePorts(gradedState, 1);
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    broadcast({ type: 'tab-closed', tabId: gradedState.tabId });
    await vi.waitFor(() => expect(ports.getState).toHaveBeenCalledTimes(2));
  });

  it('grades the shown tab anyway and shows the result', async () => {
    const { ports } = fakePorts(notInquiryState, 1);
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    await model.gradeAnyway();

    expect(ports.gradeAnyway).toHaveBeenCalledWith(notInquiryState.tabId);
    expect(model.snapshot()).toMatchObject({ busy: false, error: null });
    expect(model.snapshot().tab?.outcome).toMatchObject({
      status: 'graded',
      grade: { class: 'D' },
    });
  });

  it('keeps the message and reports the error when the worker refuses', async () => {
    const { ports } = fakePorts(notInquiryState, 1);
    ports.gradeAnyway = async () => {
      throw new Error('No readable message is known for tab 7');
    };
    const model = createPanelModel(ports);
    await model.start(new AbortController().signal);

    await model.gradeAnyway();

    expect(model.snapshot().tab).toBe(notInquiryState);
    expect(model.snapshot().error).toContain('tab 7');
  });
});
