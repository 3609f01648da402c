/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import type { InquiryGrade } from '../src/core/grade-types.ts';
import type { FactorOverride } from '../src/messages/panel-to-background.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { applyOverrides } from '../src/panel/apply-overrides.ts';
import { Panel } from '../src/panel/components/panel.tsx';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';
import { actionsOf, PanelActionsContext } from '../src/panel/panel-actions.ts';
import { createPanelModel, type PanelModel, type PanelPorts } from '../src/panel/panel-model.ts';
import { inquiryGrade, replyState, tabState } from './support/tab-states.ts';

// The user puts their own figure on a factor, with a reason: the total and class follow at
// once, the scorer's figure stays visible, and an undo brings it back.

// source 10 + product 12 + terms 10 + identity 10 + fit 10 = 52, x 6 = 312: class D.
const grade: InquiryGrade = {
  ...inquiryGrade,
  class: 'D',
  total: 312,
  factors: { source: 10, product: 12, terms: 10, identity: 10, fit: 10, intent: 6 },
  redFlags: [],
};

const override = (factor: FactorOverride['factor'], value: number): FactorOverride => ({
  factor,
  value,
  reason: 'I know this buyer',
  savedAt: 1_772_440_100_000,
});

describe('override arithmetic', () => {
  it.each([
    ['no override keeps the scorer’s grade', [], 312, 'D'],
    ['intent 8 lifts 52 x 8 = 416 to C', [override('intent', 8)], 416, 'C'],
    ['fit 20 makes 62 x 6 = 372, C', [override('fit', 20)], 372, 'C'],
    ['identity 0 drops 42 x 6 = 252 to E', [override('identity', 0)], 252, 'E'],
    [
      'two overrides: 20s on four factors and intent 9, 92 x 9 = 828, A',
      [
        override('source', 20),
        override('product', 20),
        override('terms', 20),
        override('identity', 20),
        override('intent', 9),
      ],
      (20 * 4 + 10) * 9,
      'A',
    ],
    ['intent 10 on 52 makes 520, still C (B starts at 560)', [override('intent', 10)], 520, 'C'],
  ] as const)('%s', (_, overrides, total, expectedClass) => {
    const shown = applyOverrides(grade, overrides);

    expect(shown.total).toBe(total);
    expect(shown.class).toBe(expectedClass);
    expect(grade.total).toBe(312);
  });

  it('returns the very grade when nothing is overridden, so the scorer’s total stands', () => {
    expect(applyOverrides(grade, [])).toBe(grade);
  });
});

type MessagesFile = Record<string, { message: string }>;
const english: MessagesFile = englishFile;

function fakePorts(initial: TabState | null) {
  let hear: (message: unknown) => void = () => {};
  const stored: FactorOverride[] = [];
  const ports: PanelPorts = {
    panelWindow: async () => 1,
    getState: async () => initial,
    gradeAnyway: async () => {
      throw new Error('not used');
    },
    getOverrides: vi.fn(async () => [...stored]),
    saveOverride: vi.fn(async (_target, input) => {
      const saved = { ...input, savedAt: 5 };
      stored.splice(0, stored.length, ...stored.filter((o) => o.factor !== input.factor), saved);
      return [...stored];
    }),
    undoOverride: vi.fn(async (_target, factor) => {
      stored.splice(0, stored.length, ...stored.filter((o) => o.factor !== factor));
      return [...stored];
    }),
    openSettings: vi.fn(async () => {}),
    hearBroadcasts: (listener) => {
      hear = listener;
    },
    now: () => 4,
  };

  return { ports, stored, broadcast: (message: unknown) => hear(message) };
}

async function startedModel(initial: TabState | null = tabState(grade)) {
  const fake = fakePorts(initial);
  const model = createPanelModel(fake.ports);
  await model.start(new AbortController().signal);
  return { ...fake, model };
}

describe('the panel model with overrides', () => {
  const target = { tabId: 7, messageKey: tabState(grade).messageKey };

  it('asks for the inquiry’s overrides before showing it', async () => {
    const fake = fakePorts(tabState(grade));
    fake.stored.push(override('fit', 18));
    const model = createPanelModel(fake.ports);
    await model.start(new AbortController().signal);

    expect(fake.ports.getOverrides).toHaveBeenCalledWith(target);
    expect(model.snapshot().overrides).toEqual([override('fit', 18)]);
  });

  it('asks nothing for mail that is not an inquiry', async () => {
    const { ports, model } = await startedModel(replyState);

    expect(ports.getOverrides).not.toHaveBeenCalled();
    expect(model.snapshot().overrides).toEqual([]);
  });

  it('shows a saved override at once, then keeps the worker’s answer', async () => {
    const { ports, model } = await startedModel();
    const input = { factor: 'intent' as const, value: 8, reason: 'Met at the fair' };

    const saving = model.saveOverride(input);
    expect(model.snapshot().overrides).toEqual([{ ...input, savedAt: 4 }]);
    await saving;

    expect(ports.saveOverride).toHaveBeenCalledWith(target, input);
    expect(model.snapshot().overrides).toEqual([{ ...input, savedAt: 5 }]);
  });

  it('replaces an earlier override of the same factor, and undoes it', async () => {
    const { model } = await startedModel();
    await model.saveOverride({ factor: 'fit', value: 15, reason: 'first' });
    await model.saveOverride({ factor: 'fit', value: 18, reason: 'second' });

    expect(model.snapshot().overrides.map((o) => [o.factor, o.value])).toEqual([['fit', 18]]);
    await model.undoOverride('fit');
    expect(model.snapshot().overrides).toEqual([]);
  });

  it('takes the change back and says why when the worker refuses', async () => {
    const { ports, model } = await startedModel();
    ports.saveOverride = async () => {
      throw new Error('Tab 7 no longer shows the message');
    };

    await model.saveOverride({ factor: 'fit', value: 18, reason: 'x' });

    expect(model.snapshot().overrides).toEqual([]);
    expect(model.snapshot().error).toContain('no longer shows');
  });

  it('follows overrides another panel saved for the same message only', async () => {
    const { model, broadcast } = await startedModel();
    const overrides = [override('terms', 3)];

    broadcast({ type: 'overrides-changed', messageKey: 'gmail:other/1', overrides });
    expect(model.snapshot().overrides).toEqual([]);
    broadcast({ type: 'overrides-changed', messageKey: target.messageKey, overrides });
    expect(model.snapshot().overrides).toEqual(overrides);
  });

  it('drops overrides that arrive after another message was opened', async () => {
    const shown = tabState(grade);
    const slow = tabState(grade, { messageKey: 'gmail:t/slow', readAt: shown.readAt + 1 });
    const quick = tabState(grade, { messageKey: 'gmail:t/quick', readAt: shown.readAt + 2 });
    const { ports, model, broadcast } = await startedModel(shown);
    let answerSlow: (list: FactorOverride[]) => void = () => {};
    ports.getOverrides = vi.fn(
      (asked) =>
        new Promise<FactorOverride[]>((resolve) => {
          if (asked.messageKey === quick.messageKey) resolve([]);
          else answerSlow = resolve;
        }),
    );

    broadcast({ type: 'state-changed', state: slow });
    broadcast({ type: 'state-changed', state: quick });
    await vi.waitFor(() => expect(model.snapshot().tab?.messageKey).toBe(quick.messageKey));
    answerSlow([override('fit', 20)]);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(ports.getOverrides).toHaveBeenCalledTimes(2);
    expect(model.snapshot().tab?.messageKey).toBe(quick.messageKey);
    expect(model.snapshot().overrides).toEqual([]);
  });
});

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function showModel(model: PanelModel) {
  const draw = () =>
    render(
      <TranslateContext.Provider value={translatorFrom(english)}>
        <PanelActionsContext.Provider value={actionsOf(model)}>
          <Panel snapshot={model.snapshot()} onGradeAnyway={() => {}} />
        </PanelActionsContext.Provider>
      </TranslateContext.Provider>,
      container,
    );
  act(draw);
  model.subscribe(() => act(draw));
}

const byTestId = <T extends Element = HTMLElement>(id: string, root: ParentNode = container) =>
  root.querySelector<T>(`[data-testid="${id}"]`);
const factorItem = (factor: string) =>
  container.querySelector(`[data-testid="factor"][data-factor="${factor}"]`) as HTMLElement;

function type(element: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (!element) throw new Error('no field to type in');
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const openForm = (factor: string) =>
  act(() => byTestId<HTMLButtonElement>('override-factor', factorItem(factor))?.click());

const submit = () => act(() => byTestId<HTMLButtonElement>('override-save')?.click());

describe('overriding a factor in the panel', () => {
  it('offers an override button on every factor', async () => {
    const { model } = await startedModel();
    showModel(model);
    const buttons = [...container.querySelectorAll('[data-testid="override-factor"]')];

    expect(buttons.map((button) => button.getAttribute('data-factor'))).toEqual([
      'source',
      'product',
      'terms',
      'identity',
      'fit',
      'intent',
    ]);
    expect(buttons.every((button) => (button as HTMLButtonElement).type === 'button')).toBe(true);
  });

  it('recomputes the class and total at once, and shows the reason and the scorer’s figure', async () => {
    const { model } = await startedModel();
    showModel(model);
    expect(byTestId('inquiry-class')?.textContent).toBe('D');

    openForm('intent');
    expect(document.activeElement).toBe(byTestId('override-value'));
    type(byTestId('override-value'), '9');
    type(byTestId('override-reason'), 'Ordered twice from us at the fair');
    submit();

    expect(byTestId('inquiry-class')?.textContent).toBe('C');
    expect(byTestId('inquiry-total')?.textContent).toBe(String(52 * 9));
    await vi.waitFor(() =>
      expect(factorItem('intent').getAttribute('data-overridden')).toBe('true'),
    );
    const note = byTestId('override-note', factorItem('intent'));
    expect(note?.textContent).toContain('Your score: 9 (the scorer gave 6)');
    expect(note?.querySelector('q')?.textContent).toBe('Ordered twice from us at the fair');
    expect(factorItem('intent').getAttribute('data-score')).toBe('9');
    expect(byTestId('class-overridden')?.textContent).toContain('the scorer gave D, 312');
  });

  it('undoes an override back to the scorer’s grade', async () => {
    const { model } = await startedModel();
    await model.saveOverride({ factor: 'intent', value: 9, reason: 'fair' });
    showModel(model);
    expect(byTestId('inquiry-class')?.textContent).toBe('C');

    act(() => byTestId<HTMLButtonElement>('override-undo')?.click());

    expect(byTestId('inquiry-class')?.textContent).toBe('D');
    expect(byTestId('override-note')).toBeNull();
    expect(byTestId('class-overridden')).toBeNull();
  });

  it('requires a reason', async () => {
    const { ports, model } = await startedModel();
    showModel(model);

    openForm('fit');
    type(byTestId('override-value'), '15');
    type(byTestId('override-reason'), '   ');
    submit();

    expect(ports.saveOverride).not.toHaveBeenCalled();
    expect(byTestId('override-reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Say why you change this score.');
  });

  it.each([
    ['fit', '21', 'Enter a whole number from 0 to 20.'],
    ['fit', '-1', 'Enter a whole number from 0 to 20.'],
    ['fit', '7.5', 'Enter a whole number from 0 to 20.'],
    ['fit', '', 'Enter a whole number from 0 to 20.'],
    ['intent', '0', 'Enter a whole number from 1 to 10.'],
    ['intent', '11', 'Enter a whole number from 1 to 10.'],
  ])('refuses %s = "%s"', async (factor, value, message) => {
    const { ports, model } = await startedModel();
    showModel(model);

    openForm(factor);
    type(byTestId('override-value'), value);
    type(byTestId('override-reason'), 'a reason');
    submit();

    expect(ports.saveOverride).not.toHaveBeenCalled();
    expect(byTestId('override-value')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('.field-error')?.textContent).toBe(message);
  });

  it('can be cancelled without a change', async () => {
    const { ports, model } = await startedModel();
    showModel(model);

    openForm('terms');
    act(() => byTestId<HTMLButtonElement>('override-cancel')?.click());

    expect(byTestId('override-form')).toBeNull();
    expect(ports.saveOverride).not.toHaveBeenCalled();
  });
});
