import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type english from '../../public/_locales/en/messages.json';

// Interface text comes from _locales through chrome.i18n, so the browser's language
// decides; components receive the lookup through context, so tests can pass the English file.

export type MessageKey = keyof typeof english;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

type MessagesFile = Record<string, { message: string }>;

// chrome.i18n's predefined message naming the interface language ("en", "zh_CN").
const UI_LOCALE = '@@ui_locale';

// chrome.i18n's own rule, for tests and anything outside the extension: $1..$9 are
// substituted, $$ is a dollar sign.
export function translatorFrom(messages: MessagesFile, uiLocale = 'en'): Translate {
  return (key, substitutions = []) => {
    if ((key as string) === UI_LOCALE) {
      return uiLocale;
    }

    const values = Array.isArray(substitutions) ? substitutions : [substitutions];
    const text = messages[key]?.message ?? '';
    return text.replace(/\$(\$|[1-9])/g, (_, slot: string) =>
      slot === '$' ? '$' : (values[Number(slot) - 1] ?? ''),
    );
  };
}

// chrome.i18n answers '' for a key it does not know; rule ids come from the scorer and a
// new rule may not have its translation yet.
export function translateOr(t: Translate, key: string, fallback: string): string {
  return t(key as MessageKey) || fallback;
}

// Message names allow letters, digits and underscores only; rule ids are kebab-case.
export const ruleKeyOf = (ruleId: string) => `rule_${ruleId.replaceAll('-', '_')}`;

export const ruleSentence = (t: Translate, ruleId: string) =>
  translateOr(t, ruleKeyOf(ruleId), ruleId);

// A BCP 47 tag for Intl: the interface language, not the mail's.
export const uiLanguageOf = (t: Translate) => translateOr(t, UI_LOCALE, 'en').replaceAll('_', '-');

export const TranslateContext = createContext<Translate>((key) => key);

export const useTranslate = () => useContext(TranslateContext);
