/** @vitest-environment happy-dom */
import '../src/messages/zod-setup.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import englishFile from '../public/_locales/en/messages.json';
import chineseFile from '../public/_locales/zh_CN/messages.json';
import type { SellerSettings } from '../src/messages/panel-to-background.ts';
import { OptionsPage } from '../src/options/options-page.tsx';
import { emptyForm, parseForm } from '../src/options/profile-fields.ts';
import { createProfileModel, type ProfilePorts } from '../src/options/profile-model.ts';
import { TranslateContext, translatorFrom } from '../src/panel/i18n.ts';

// The seller's profile page: what the seller types, how it is checked, and what is saved.

type MessagesFile = Record<string, { message: string }>;
const english: MessagesFile = englishFile;
const chinese: MessagesFile = chineseFile;

const emptySettings: SellerSettings = {
  companyName: '',
  ownDomains: [],
  catalogue: [],
  targetMarkets: [],
  moq: null,
};

describe('reading the form', () => {
  it('splits lists on lines and commas, and normalises domains and countries', () => {
    const parsed = parseForm({
      companyName: '  Ningbo Valves Co. ',
      ownDomains: 'NB-Valves.example\n@nbvalves.example\n\n',
      catalogue: 'ball valve, gate valve\n check valve ',
      targetMarkets: 'de, uk; AE',
      moq: ' 500 ',
    });

    expect(parsed).toEqual({
      ok: true,
      settings: {
        companyName: 'Ningbo Valves Co.',
        ownDomains: ['nb-valves.example', 'nbvalves.example'],
        catalogue: ['ball valve', 'gate valve', 'check valve'],
        targetMarkets: ['DE', 'GB', 'AE'],
        moq: 500,
      },
    });
  });

  it('takes an empty form as the empty profile', () => {
    expect(parseForm(emptyForm())).toEqual({ ok: true, settings: emptySettings });
  });

  it.each([
    ['ownDomains', { ownDomains: 'gmail.com\nnot a domain' }, 'profileErrorDomain', 'not a domain'],
    ['targetMarkets', { targetMarkets: 'DE, XX' }, 'profileErrorCountry', 'XX'],
    ['targetMarkets', { targetMarkets: 'Germany' }, 'profileErrorCountry', 'Germany'],
    ['moq', { moq: 'many' }, 'profileErrorMoq', ''],
    ['moq', { moq: '-5' }, 'profileErrorMoq', ''],
    ['moq', { moq: '2.5' }, 'profileErrorMoq', ''],
  ])('names the %s entry that is wrong', (field, change, key, value) => {
    const parsed = parseForm({ ...emptyForm(), ...change });

    expect(parsed).toEqual({ ok: false, errors: { [field]: [{ key, value }] } });
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

function fakePorts(stored: SellerSettings = emptySettings) {
  const ports: ProfilePorts = {
    load: vi.fn(async () => stored),
    save: vi.fn(async (settings: SellerSettings) => settings),
  };
  return ports;
}

async function showPage(ports: ProfilePorts, locale: 'en' | 'zh_CN' = 'en') {
  const model = createProfileModel(ports);
  act(() => {
    render(
      <TranslateContext.Provider
        value={translatorFrom(locale === 'en' ? english : chinese, locale)}
      >
        <OptionsPage model={model} />
      </TranslateContext.Provider>,
      container,
    );
  });
  await act(() => model.load());
  return model;
}

const byTestId = <T extends Element = HTMLElement>(id: string) =>
  container.querySelector<T>(`[data-testid="${id}"]`);

function type(id: string, value: string) {
  const field = byTestId<HTMLInputElement>(id);
  if (!field) throw new Error(`no field ${id}`);
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const save = () => act(() => byTestId<HTMLButtonElement>('profile-save')?.click());

describe('the settings page', () => {
  it('fills the form with the stored profile', async () => {
    await showPage(
      fakePorts({
        companyName: 'Ningbo Valves Co.',
        ownDomains: ['nb-valves.example'],
        catalogue: ['ball valve', 'gate valve'],
        targetMarkets: ['DE', 'AE'],
        moq: 500,
      }),
    );

    expect(byTestId<HTMLInputElement>('profile-companyName')?.value).toBe('Ningbo Valves Co.');
    expect(byTestId<HTMLTextAreaElement>('profile-catalogue')?.value).toBe(
      'ball valve\ngate valve',
    );
    expect(byTestId<HTMLInputElement>('profile-targetMarkets')?.value).toBe('DE, AE');
    expect(byTestId<HTMLInputElement>('profile-moq')?.value).toBe('500');
  });

  it('labels every field', async () => {
    await showPage(fakePorts());
    const fields = [...container.querySelectorAll('input, textarea')];

    expect(fields).toHaveLength(5);
    for (const field of fields) {
      expect(container.querySelector(`label[for="${field.id}"]`)?.textContent).toBeTruthy();
    }
  });

  it.each([
    ['en', 'DE, at, XX', ['DE Germany', 'AT Austria', 'XX ?']],
    ['zh_CN', 'DE, AE', ['DE 德国', 'AE 阿拉伯联合酋长国']],
  ] as const)('names the target markets as typed (%s)', async (locale, typed, names) => {
    await showPage(fakePorts(), locale);
    type('profile-targetMarkets', typed);

    const shown = [...container.querySelectorAll('[data-testid="profile-market-names"] li')];
    expect(shown.map((item) => item.textContent)).toEqual(names);
  });

  it('saves what the seller typed, normalised, and says so', async () => {
    const ports = fakePorts();
    await showPage(ports);

    type('profile-companyName', 'Ningbo Valves Co.');
    type('profile-catalogue', 'ball valve\ngate valve');
    type('profile-targetMarkets', 'uk, de');
    type('profile-moq', '300');
    save();

    await vi.waitFor(() =>
      expect(byTestId('profile-status')?.getAttribute('data-status')).toBe('saved'),
    );
    expect(ports.save).toHaveBeenCalledWith({
      companyName: 'Ningbo Valves Co.',
      ownDomains: [],
      catalogue: ['ball valve', 'gate valve'],
      targetMarkets: ['GB', 'DE'],
      moq: 300,
    });
    expect(byTestId<HTMLInputElement>('profile-targetMarkets')?.value).toBe('GB, DE');
    expect(byTestId('profile-status')?.textContent).toContain('Saved');
  });

  it('saves nothing while a field is wrong, and points at it', async () => {
    const ports = fakePorts();
    await showPage(ports);

    type('profile-ownDomains', 'nb valves');
    save();

    expect(ports.save).not.toHaveBeenCalled();
    expect(byTestId('profile-ownDomains')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('Not a mail domain: nb valves');
    expect(byTestId('profile-status')?.textContent).toBe('Some fields need correcting.');

    type('profile-ownDomains', 'nb-valves.example');
    expect(byTestId('profile-ownDomains')?.getAttribute('aria-invalid')).toBeNull();
  });

  it('reports a worker that cannot be reached', async () => {
    const ports = fakePorts();
    ports.save = async () => {
      throw new Error('Could not establish connection');
    };
    await showPage(ports);

    save();

    await vi.waitFor(() =>
      expect(byTestId('profile-status')?.textContent).toContain('Could not establish connection'),
    );
  });

  it('speaks Chinese when the browser does', async () => {
    await showPage(fakePorts(), 'zh_CN');

    expect(container.querySelector('h1')?.textContent).toBe('您的卖家资料');
    expect(byTestId('profile-save')?.textContent).toBe('保存资料');
  });
});

describe('promises the settings page keeps', () => {
  // happy-dom replaces URL: paths are joined, not resolved as file URLs.
  const root = join(import.meta.dirname, '..');
  const read = (path: string) => readFileSync(join(root, path), 'utf8');

  it('imports the zod setup before anything else', () => {
    expect(read('src/options/main.tsx').match(/^import .*$/m)?.[0]).toBe(
      "import '../messages/zod-setup.ts';",
    );
  });

  it.each(readdirSync(join(root, 'src/options')).filter((file) => /\.tsx?$/.test(file)))(
    'src/options/%s never turns text into markup',
    (file) => {
      expect(read(`src/options/${file}`)).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/,
      );
    },
  );

  it('is the extension’s options page, opened in a tab', () => {
    expect(JSON.parse(read('manifest.json')).options_ui).toEqual({
      page: 'src/options/index.html',
      open_in_tab: true,
    });
  });
});
