import { compile } from 'html-to-text';

// HTML-only mail: the text a reader would see, links kept as their words only (targets are
// collected separately, beside the words).
// Compiled once: building the converter costs more than converting a typical mail.
// A mail of tags that never close nests a hundred thousand deep. The converter walks the tree
// recursively (a stack overflow past a few thousand levels: maxDepth), and its parser keeps the
// open tags with Array.unshift, quadratic in the depth (fb55/htmlparser2#2481): reading only
// the first megabyte bounds that at about half a second. Cut here, not by the converter's own
// maxInputLength, which says so on the console.
const HTML_MAX = 1 << 20;
const convert = compile({
  wordwrap: false,
  limits: { maxDepth: 200 },
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
  ],
});

export function htmlToText(html: string): string {
  return html.trim() ? convert(html.slice(0, HTML_MAX)) : '';
}
