/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import { emptyStoredTemplates, templatesFrom } from '../src/core/replies/stored-templates.ts';
import type { InsertResult } from '../src/messages/background-to-content.ts';
import type { ReplySettings } from '../src/messages/reply-port.ts';
import type { TabState } from '../src/messages/tab-state.ts';
import { type ReplyPorts, ReplySuggestion } from '../src/panel/components/reply-suggestion.tsx';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';
import { gradedState, notInquiryState, replyState, unreadableState } from './support/tab-states.ts';

// The reply suggestion in the panel with fake ports: what it shows for each kind of mail,
// and what it asks the worker to insert. Written with h() so the file stays a .ts test.

const settings: ReplySettings = {
  templates: templatesFrom(emptyStoredTemplates()).map((t) => ({ ...t, edited: false })),
  signature: 'Li Wei\nHongda Valves',
  companyName: 'Hongda Valves',
};

let container: HTMLElement;
let insertReply: ReturnType<typeof vi.fn<ReplyPorts['insertReply']>>;
let ports: ReplyPorts;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  insertReply = vi.fn<ReplyPorts['insertReply']>();
  ports = { loadReplySettings: async () => settings, insertReply };
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(tab: TabState | null) {
  const t = translatorFrom(englishFile as Record<string, { message: string }>);
  await act(async () => {
    render(
      h(TranslateContext.Provider, { value: t }, h(ReplySuggestion, { tab, ports })),
      container,
    );
  });
  await act(async () => {});
}

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const replyText = () => ($('reply-text') as HTMLTextAreaElement | null)?.value ?? '';

describe('the reply suggestion', () => {
  it('fills the class template from the mail and the settings, with its checklist', async () => {
    await show(gradedState);

    expect($('reply-suggestion')?.getAttribute('data-key')).toBe('B');
    expect(replyText()).toMatch(/^Dear Omar Haddad,\n\nThank you for your inquiry for /);
    expect(replyText()).toContain('- Quantity: 2,000 pcs');
    expect(replyText()).toContain('[unit price] CIF Jebel Ali');
    expect(replyText()).toMatch(/Best regards,\nLi Wei\nHongda Valves$/);
    expect(
      container.querySelectorAll('[data-testid="reply-checklist"] input[type=checkbox]'),
    ).toHaveLength(5);
    expect($('reply-to-fill')?.textContent).toContain('unit price');
  });

  it('offers a reply for each kind a buyer reply carries', async () => {
    await show(replyState);

    const kinds = Array.from(($('reply-template-key') as HTMLSelectElement).options).map(
      (o) => o.value,
    );
    expect(kinds).toEqual(['bargaining', 'sample_request']);
    expect(replyText()).toContain('looking for a better price');

    await act(async () => {
      const select = $('reply-template-key') as HTMLSelectElement;
      select.value = 'sample_request';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('reply-suggestion')?.getAttribute('data-key')).toBe('sample_request');
    expect(replyText()).toContain('tracking number');
  });

  it('shows nothing for other mail or a page it could not read', async () => {
    await show(notInquiryState);
    expect($('reply-suggestion')).toBeNull();
    await show(unreadableState);
    expect($('reply-suggestion')).toBeNull();
    await show(null);
    expect(container.innerHTML).toBe('');
  });

  it('inserts the text as the user left it, for the message the panel shows', async () => {
    const done: InsertResult = {
      status: 'inserted',
      openedReply: true,
      at: 'above-signature',
      method: 'exec-command',
    };
    insertReply.mockResolvedValue(done);
    await show(gradedState);

    await act(async () => {
      const text = $('reply-text') as HTMLTextAreaElement;
      text.value = 'Dear Omar,\n\nShort and sweet.';
      text.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      ($('insert-reply') as HTMLButtonElement).click();
    });

    expect(insertReply).toHaveBeenCalledWith({
      type: 'insert-reply',
      tabId: gradedState.tabId,
      messageKey: gradedState.messageKey,
      text: 'Dear Omar,\n\nShort and sweet.',
    });
    expect($('insert-status')?.getAttribute('data-state')).toBe('inserted');
  });

  it('says why an insertion failed', async () => {
    insertReply.mockResolvedValue({ status: 'failed', reason: 'message-changed' });
    await show(gradedState);

    await act(async () => {
      ($('insert-reply') as HTMLButtonElement).click();
    });

    expect($('insert-status')?.getAttribute('data-state')).toBe('failed');
    expect($('insert-status')?.textContent).toBe('The mail page now shows another message.');
  });
});
