// Markup built from mail, which is hostile: every interpolated value is escaped unless it is
// markup this module built itself. Attributes in the templates are always double-quoted, so
// one escape serves text and attribute values alike.

const MARKUP = Symbol('markup');

export type Markup = { readonly [MARKUP]: string };
type Part = string | number | Markup | readonly Markup[] | null | undefined | false;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0] ?? '';
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? '');
  });

  return { [MARKUP]: out };
}

export function markupText(markup: Markup): string {
  return markup[MARKUP];
}

// A style sheet written in this repository, never mail. Inside <style> entities mean
// nothing, so it goes in raw and must not be able to close its element.
export function styleMarkup(css: string): Markup {
  if (/<\/style/i.test(css)) throw new Error('a style sheet must not close its <style>');

  return { [MARKUP]: `<style>${css}</style>` };
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'string') return escapeHtml(part);
  if (typeof part === 'number') return String(part);
  if (Array.isArray(part)) return part.map(render).join('');

  return (part as Markup)[MARKUP];
}

// Only targets a mail client would keep clickable; javascript: and the like become plain text.
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!URL.canParse(href)) return null;

  return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol) ? href : null;
}
