/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyStoredTemplates, templatesFrom } from '../src/core/replies/stored-templates.ts';
import type { ReplySettings } from '../src/messages/reply-port.ts';
import { TemplateEditor, type TemplatePorts } from '../src/options/templates.tsx';

// The template editor in settings with fake ports: it edits, saves, resets and adds templates
// and the signature through the ports only. Written with h() so the file stays a .ts test.

const defaults: ReplySettings = {
  templates: templatesFrom(emptyStoredTemplates()).map((t) => ({ ...t, edited: false })),
  signature: '',
  companyName: 'Hongda Valves',
};

let container: HTMLElement;
let ports: { [K in keyof TemplatePorts]: ReturnType<typeof vi.fn<TemplatePorts[K]>> };

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  ports = {
    load: vi.fn<TemplatePorts['load']>().mockResolvedValue(defaults),
    save: vi.fn<TemplatePorts['save']>().mockResolvedValue(defaults),
    remove: vi.fn<TemplatePorts['remove']>().mockResolvedValue(defaults),
    reset: vi.fn<TemplatePorts['reset']>().mockResolvedValue(defaults),
    saveSignature: vi.fn<TemplatePorts['saveSignature']>().mockResolvedValue(defaults),
  };
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function show() {
  await act(async () => {
    render(h(TemplateEditor, { ports }), container);
  });
  await act(async () => {});
}

const $ = <T extends Element>(testId: string) =>
  container.querySelector(`[data-testid="${testId}"]`) as T;

async function type(testId: string, value: string) {
  await act(async () => {
    const field = $<HTMLTextAreaElement>(testId);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(testId: string, value: string) {
  await act(async () => {
    const select = $<HTMLSelectElement>(testId);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const press = (testId: string) =>
  act(async () => {
    $<HTMLButtonElement>(testId).click();
  });

describe('the reply template editor', () => {
  it('shows the class A template first and saves the user wording of it', async () => {
    await show();
    expect($<HTMLInputElement>('template-title').value).toBe(defaults.templates[0]?.title);

    await type('template-body', 'Dear {{buyerName}}, we can deliver.');
    await press('template-save');

    expect(ports.save).toHaveBeenCalledWith({
      id: 'default-A',
      key: 'A',
      title: defaults.templates[0]?.title,
      body: 'Dear {{buyerName}}, we can deliver.',
    });
    expect($('templates-status').getAttribute('data-state')).toBe('saved');
  });

  it('adds a template of the user own for a buyer-reply kind', async () => {
    await show();
    await choose('template-key', 'sample_request');
    await choose('template-choice', 'new');
    await type('template-title', 'Samples, short');
    await type('template-body', 'Dear {{buyerName}}, samples go out today.');
    await press('template-save');

    expect(ports.save).toHaveBeenCalledWith({
      id: null,
      key: 'sample_request',
      title: 'Samples, short',
      body: 'Dear {{buyerName}}, samples go out today.',
    });
  });

  it('points out a placeholder it does not know', async () => {
    await show();
    await type('template-body', 'Dear {{buyer}},');
    expect($('template-unknown').textContent).toContain('buyer');
  });

  it('resets one edited built-in template, or all of them', async () => {
    const edited = defaults.templates.map((t) =>
      t.id === 'default-A' ? { ...t, title: 'Mine', edited: true } : t,
    );
    ports.load.mockResolvedValue({ ...defaults, templates: edited });
    await show();

    await press('template-reset');
    expect(ports.reset).toHaveBeenCalledWith('default-A');
    await press('templates-reset-all');
    expect(ports.reset).toHaveBeenLastCalledWith(null);
  });

  it('saves the signature', async () => {
    await show();
    await type('template-signature', 'Li Wei\nHongda Valves');
    await press('template-signature-save');
    expect(ports.saveSignature).toHaveBeenCalledWith('Li Wei\nHongda Valves');
  });
});
