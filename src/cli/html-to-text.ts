import { convert } from 'html-to-text';

// HTML-only mail: the text a reader would see, links kept as their words only (targets are
// collected separately, beside the words).
export function htmlToText(html: string): string {
  if (!html.trim()) return '';
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  });
}
