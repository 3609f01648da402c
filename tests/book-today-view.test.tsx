/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  BuyerView,
  DueStepView,
  TodayView as Today,
} from '../src/messages/panel-to-background.ts';
import { TodayView } from '../src/panel/components/today-view.tsx';
import { createTodayModel, type TodayPorts } from '../src/panel/today/today-model.ts';
import { gradedState } from './support/tab-states.ts';

// The Today view against hand-made ports: what it lists, what its buttons ask the worker,
// and that it follows the book when the worker says it changed.

const NOW = Date.parse('2026-03-03T09:00:00Z');

const step = (id: string, extra: Partial<DueStepView> = {}): DueStepView => ({
  id,
  account: 'gmail:mail.google.com/u/0',
  kind: 'cadence',
  stepId: 'confirm-receipt-d1',
  channel: 'email',
  purpose: 'confirm-receipt',
  dueAt: NOW - 30 * 60_000,
  callBy: null,
  snoozedUntil: null,
  urgency: 'due',
  buyer: { name: 'Hans Keller', email: 'hans@kessler.de', company: 'Kessler Armaturen' },
  inquiryClass: 'A',
  subject: 'RFQ: DN25 ball valves',
  threadUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
  ...extra,
});

const buyer: BuyerView = {
  prospect: {
    id: 'p1',
    account: 'gmail:mail.google.com/u/0',
    name: 'Omar Haddad',
    emails: ['omar.haddad@gulf-fittings.example'],
    company: 'Gulf Fittings',
    country: 'AE',
    class: 'B',
    stage: 'new',
    tags: ['valves'],
    notes: 'Met at Canton Fair',
    customer: false,
  },
  inquiries: [
    {
      id: 'i1',
      subject: 'RFQ',
      class: 'B',
      receivedAt: NOW,
      quotedAt: null,
      planState: null,
      nextStep: null,
    },
  ],
  history: [{ id: 'a1', at: NOW, kind: 'inquiry-read', detail: 'B 612' }],
};

type Fake = TodayPorts & { hear: (message: unknown) => void; calls: string[]; today: Today };

function fakePorts(): Fake {
  const fake: Fake = {
    calls: [],
    today: {
      now: NOW,
      total: 2,
      steps: [
        step('s1', { kind: 'first-response', purpose: 'first-response', urgency: 'alert' }),
        step('s2'),
      ],
    },
    hear: () => {},
    panelWindow: async () => null,
    getToday: async () => fake.today,
    getBuyer: async () => buyer,
    getState: async () => gradedState,
    markDone: async (id) => void fake.calls.push(`done ${id}`),
    snooze: async (id, minutes) => void fake.calls.push(`snooze ${id} ${minutes}`),
    quotationSent: async (tabId) => void fake.calls.push(`quoted ${tabId}`),
    updateProspect: async (id, edit) => void fake.calls.push(`edit ${id} ${JSON.stringify(edit)}`),
    openThread: async (url) => void fake.calls.push(`open ${url}`),
    hearBroadcasts: (hear) => {
      fake.hear = hear;
    },
  };
  return fake;
}

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(ports: Fake, language: 'en' | 'zh' = 'en') {
  const model = createTodayModel(ports);
  await act(async () => {
    render(<TodayView model={model} language={language} />, container);
    await model.start(new AbortController().signal);
  });
  return model;
}

const items = () => [...container.querySelectorAll('[data-testid="due-step"]')];
const click = async (selector: string) => {
  await act(async () => {
    (container.querySelector(selector) as HTMLButtonElement).click();
    await vi.waitFor(() => undefined);
  });
};

describe('the Today view', () => {
  it('lists due steps, the alert first, with what to do and when', async () => {
    await show(fakePorts());

    expect(
      items().map((item) => [item.getAttribute('data-purpose'), item.getAttribute('data-urgency')]),
    ).toEqual([
      ['first-response', 'alert'],
      ['confirm-receipt', 'due'],
    ]);
    expect(items()[1]?.querySelector('[data-testid="due-step-text"]')?.textContent).toBe(
      'Email: Ask whether the quotation arrived',
    );
    expect(items()[1]?.textContent).toContain('30 minutes ago');
    expect(container.querySelector('[data-testid="due-count"]')?.textContent).toBe(' · 2 due');
  });

  it('speaks Chinese', async () => {
    await show(fakePorts(), 'zh');
    expect(items()[0]?.textContent).toContain('回复询盘');
    expect(container.textContent).toContain('今日待办');
  });

  it('asks the worker to mark done, snooze and open the thread', async () => {
    const ports = fakePorts();
    await show(ports);

    await click('[data-step-id="s2"] [data-testid="step-done"]');
    await click('[data-step-id="s1"] [data-testid="step-snooze"]');
    await click('[data-step-id="s2"] [data-testid="step-open"]');
    expect(ports.calls).toEqual([
      'done s2',
      'snooze s1 60',
      'open https://mail.google.com/mail/u/0/#inbox/abc',
    ]);
  });

  it('follows the book when the worker says it changed', async () => {
    const ports = fakePorts();
    await show(ports);

    ports.today = { now: NOW, total: 0, steps: [] };
    ports.hear({ type: 'book-changed' });
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(items()).toHaveLength(0);
    });
    expect(container.querySelector('[data-testid="today-empty"]')).not.toBeNull();
  });

  it("shows the open message's buyer, with a one-click quotation and editable notes", async () => {
    const ports = fakePorts();
    await show(ports);

    expect(container.querySelector('[data-testid="buyer-name"]')?.textContent).toBe('Omar Haddad');
    expect(container.querySelector('[data-testid="buyer-card"]')?.getAttribute('data-stage')).toBe(
      'new',
    );
    expect(container.querySelector('[data-testid="buyer-history"]')?.textContent).toContain(
      'Inquiry read',
    );

    await click('[data-testid="quotation-sent"]');
    const notes = container.querySelector('[data-testid="buyer-notes"]') as HTMLTextAreaElement;
    await act(async () => {
      notes.value = 'Call after 3 pm Dubai time';
      notes.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('[data-testid="buyer-save"]');

    expect(ports.calls).toEqual([
      'quoted 7',
      'edit p1 {"notes":"Call after 3 pm Dubai time","tags":["valves"]}',
    ]);
  });
});
