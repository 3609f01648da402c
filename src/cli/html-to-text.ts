import { compile } from 'html-to-text';

// HTML-only mail: the text a reader would see, links kept as their words only (targets are
// collected separately, beside the words).
// Compiled once: building the converter costs more than converting a typical mail.
const convert = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
});

export function htmlToText(html: string): string {
  return html.trim() ? convert(html) : '';
}
