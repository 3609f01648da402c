// Language and country names in the interface language, from the browser's own tables.
// Intl.DisplayNames throws on a malformed code; a code it does not know gives undefined.

type NameKind = 'language' | 'region';

export function displayName(kind: NameKind, code: string, uiLanguage: string): string | null {
  try {
    const names = new Intl.DisplayNames([uiLanguage, 'en'], { type: kind, fallback: 'none' });
    return names.of(code) ?? null;
  } catch {
    return null;
  }
}
