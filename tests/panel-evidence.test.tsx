/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import chineseFile from '../public/_locales/zh_CN/messages.json';
import { FACTORS, FEEDBACK_KINDS, type InquiryGrade } from '../src/core/grade-types.ts';
import { RULES } from '../src/core/rules/index.ts';
import { FACTOR_START } from '../src/core/score.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { Panel } from '../src/panel/components/panel.tsx';
import { ruleKeyOf, TranslateContext, translatorFrom } from '../src/panel/i18n.ts';
import { type PanelActions, PanelActionsContext } from '../src/panel/panel-actions.ts';
import { emptySnapshot } from '../src/panel/panel-model.ts';
import { inquiryGrade, tabState } from './support/tab-states.ts';

// What the user reads beside each point: the rule's sentence in their language, the words
// of the mail that earned it, and the points, with each bar's starting value.

type MessagesFile = Record<string, { message: string }>;

const english: MessagesFile = englishFile;
const chinese: MessagesFile = chineseFile;
const han = /\p{Script=Han}/u;

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

const noActions = (): PanelActions => ({
  saveOverride: vi.fn(),
  undoOverride: vi.fn(),
  openSettings: vi.fn(),
});

function show(tab: TabState, options: { locale?: 'en' | 'zh_CN'; actions?: PanelActions } = {}) {
  const locale = options.locale ?? 'en';
  const t = translatorFrom(locale === 'en' ? english : chinese, locale);
  act(() => {
    render(
      <TranslateContext.Provider value={t}>
        <PanelActionsContext.Provider value={options.actions ?? noActions()}>
          <Panel snapshot={{ ...emptySnapshot(), loaded: true, tab }} onGradeAnyway={() => {}} />
        </PanelActionsContext.Provider>
      </TranslateContext.Provider>,
      container,
    );
  });
}

const factorItem = (factor: string) =>
  container.querySelector(`[data-testid="factor"][data-factor="${factor}"]`);

// Real rule ids, so the sentences are the rules' own.
const grade: InquiryGrade = {
  ...inquiryGrade,
  language: 'es',
  evidence: [
    { ruleId: 'quantity', factor: 'terms', points: 3, evidence: '2,000 pcs' },
    { ruleId: 'incoterm', factor: 'terms', points: 4, evidence: 'CIF Jebel Ali' },
    { ruleId: 'mail-domain', factor: 'identity', points: -2, evidence: 'gmail.com' },
    { ruleId: 'pressure', factor: 'intent', points: -1, evidence: 'urgent' },
    { ruleId: 'dangerous-attachment', factor: 'intent', points: -4, evidence: 'order.pdf.exe' },
  ],
  redFlags: [
    { id: 'pressure', strength: 'weak', evidence: 'urgent' },
    { id: 'dangerous-attachment', strength: 'strong', evidence: 'order.pdf.exe' },
  ],
};

const titleOf = (id: string) => RULES.find((rule) => rule.id === id)?.title;

describe('an evidence line', () => {
  it('gives the points, the rule in words and the exact words that earned them', () => {
    show(tabState(grade));
    const lines = [...(factorItem('terms')?.querySelectorAll('.evidence-line') ?? [])];

    expect(
      lines.map((line) => [
        line.querySelector('.points')?.textContent,
        line.querySelector('.rule-sentence')?.textContent,
        line.querySelector('.evidence')?.textContent,
      ]),
    ).toEqual([
      ['+3 points', titleOf('quantity'), '2,000 pcs'],
      ['+4 points', titleOf('incoterm'), 'CIF Jebel Ali'],
    ]);
  });

  it('writes lost points with a true minus sign, marked as negative', () => {
    show(tabState(grade));
    const points = factorItem('identity')?.querySelector('.points');

    expect(points?.textContent).toBe('\u22122 points');
    expect(points?.classList.contains('negative')).toBe(true);
  });

  it('reads in Chinese when the browser does', () => {
    show(tabState(grade), { locale: 'zh_CN' });
    const sentence = factorItem('terms')?.querySelector('.rule-sentence')?.textContent ?? '';

    expect(sentence).toBe(chinese[ruleKeyOf('quantity')]?.message);
    expect(sentence).toMatch(han);
  });

  it('names a rule it has no sentence for by its id rather than showing nothing', () => {
    const unknown = {
      ruleId: 'brand-new-rule',
      factor: 'terms' as const,
      points: 1,
      evidence: 'x',
    };
    show(tabState({ ...grade, evidence: [unknown] }));

    expect(factorItem('terms')?.querySelector('.rule-sentence')?.textContent).toBe(
      'brand-new-rule',
    );
  });

  it('sets the words in quotes once, whether or not the rule quoted them', () => {
    const evidence = [
      { ruleId: 'model-number', factor: 'product' as const, points: 3, evidence: '"DN50"' },
      {
        ruleId: 'materials',
        factor: 'product' as const,
        points: 2,
        evidence: 'a "grade" of steel',
      },
    ];
    show(tabState({ ...grade, evidence }));
    const words = [...(factorItem('product')?.querySelectorAll('q.evidence') ?? [])];

    expect(words.map((q) => q.textContent)).toEqual(['DN50', 'a "grade" of steel']);
  });

  it('keeps hostile mail words as text', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const evidence = [
      { ruleId: 'quantity', factor: 'terms' as const, points: 3, evidence: hostile },
    ];
    show(tabState({ ...grade, evidence, redFlags: [] }));

    expect(container.querySelector('img')).toBeNull();
    expect(factorItem('terms')?.querySelector('.evidence')?.textContent).toBe(hostile);
  });
});

describe('a factor bar', () => {
  it.each(FACTORS)('%s shows where it starts, as text and as a mark on the bar', (factor) => {
    show(tabState(grade));
    const item = factorItem(factor);
    const max = factor === 'intent' ? 10 : 20;
    const mark = item?.querySelector<HTMLElement>('.start-mark');

    expect(item?.querySelector('.start-note')?.textContent).toBe(
      `Starts at ${FACTOR_START[factor]}`,
    );
    expect(mark?.style.left).toBe(`${(FACTOR_START[factor] / max) * 100}%`);
    expect(mark?.getAttribute('aria-hidden')).toBe('true');
  });
});

describe('red flags', () => {
  it('come first, strong before weak, each with its sentence and words', () => {
    show(tabState(grade));
    const flags = [...container.querySelectorAll('[data-testid="red-flag"]')];
    const sections = [...container.querySelectorAll('section')].map((section) => section.className);

    expect(
      flags.map((flag) => [
        flag.querySelector('.flag-name')?.textContent,
        flag.querySelector('.evidence')?.textContent,
      ]),
    ).toEqual([
      [titleOf('dangerous-attachment'), 'order.pdf.exe'],
      [titleOf('pressure'), 'urgent'],
    ]);
    expect(sections.indexOf('red-flags')).toBeLessThan(sections.indexOf('factors'));
  });

  it('are named in Chinese too', () => {
    show(tabState(grade), { locale: 'zh_CN' });
    const names = [...container.querySelectorAll('[data-testid="red-flag"] .flag-name')];

    expect(names.every((name) => han.test(name.textContent ?? ''))).toBe(true);
  });
});

describe('the language of the mail', () => {
  it.each([
    ['en', 'es', 'Written in Spanish'],
    ['zh_CN', 'es', '邮件语言：西班牙语'],
    ['en', 'ar', 'Written in Arabic'],
    ['en', null, 'Language not recognised'],
  ] as const)('in %s, for %s, reads "%s"', (locale, language, expected) => {
    show(tabState({ ...grade, language }), { locale });
    const named = container.querySelector('[data-testid="mail-language"]');

    expect(named?.textContent).toBe(expected);
    expect(named?.getAttribute('data-language')).toBe(language ?? '');
  });
});

describe('an empty seller profile', () => {
  it('makes fit neutral, says so and links to the settings', () => {
    const actions = noActions();
    show(tabState({ ...grade, fitNeutral: true }), { actions });
    const link = factorItem('fit')?.querySelector<HTMLButtonElement>(
      '[data-testid="open-settings"]',
    );

    expect(factorItem('fit')?.textContent).toContain('Fit is neutral');
    act(() => link?.click());
    expect(actions.openSettings).toHaveBeenCalledOnce();
  });

  it('leaves only the footer link once a profile is set', () => {
    show(tabState({ ...grade, fitNeutral: false }));

    expect(factorItem('fit')?.querySelector('[data-testid="open-settings"]')).toBeNull();
    expect(container.querySelectorAll('footer [data-testid="open-settings"]')).toHaveLength(1);
  });
});

describe('the interface text for rules and replies', () => {
  it.each(RULES.map((rule) => [rule.id, rule.title]))(
    'rule %s has its English sentence and a Chinese one',
    (id, title) => {
      expect(english[ruleKeyOf(id)]?.message).toBe(title);
      expect(chinese[ruleKeyOf(id)]?.message).toMatch(han);
    },
  );

  it('keys every rule apart, as chrome.i18n message names allow', () => {
    const keys = RULES.map((rule) => ruleKeyOf(rule.id));

    expect(new Set(keys).size).toBe(RULES.length);
    expect(keys.every((key) => /^[A-Za-z0-9_]+$/.test(key))).toBe(true);
  });

  it.each(FEEDBACK_KINDS)('reply kind %s has a next step in English and Chinese', (kind) => {
    expect(english[`nextStep_${kind}`]?.message).toBeTruthy();
    expect(chinese[`nextStep_${kind}`]?.message).toMatch(han);
  });
});
