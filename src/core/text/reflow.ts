// Plain-text mail is often hard-wrapped at about 72 columns, which splits phrases such as
// "send us\nthe price list" across lines. Rejoin a wrapped line with the line it continues;
// short lines, list items and blank lines keep their breaks.

const WRAP_MIN = 55;
const LIST_ITEM = /^\s*(?:[-*•–]|\d+[.)])\s/;

export function reflow(text: string): string {
  const out: string[] = [];
  let lastPhysical = '';

  for (const line of text.split('\n')) {
    if (out.length > 0 && continues(lastPhysical, line)) {
      out[out.length - 1] = `${(out[out.length - 1] ?? '').trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }

    lastPhysical = line;
  }

  return out.join('\n');
}

// A wrapped line is long and ends mid-sentence; an indented line continues a list item.
function continues(previous: string, line: string): boolean {
  if (!line.trim() || LIST_ITEM.test(line)) return false;
  const wrapped = previous.length >= WRAP_MIN && !/[.:!?]$/.test(previous.trim());
  return wrapped || (/^\s{1,4}\S/.test(line) && LIST_ITEM.test(previous));
}
