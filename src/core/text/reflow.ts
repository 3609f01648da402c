// Plain-text mail is often hard-wrapped at about 72 columns, which splits phrases such as
// "send us\nthe price list" across lines. Rejoin a wrapped line with the line it continues;
// short lines, list items and blank lines keep their breaks.

const WRAP_MIN = 55;
const LIST_ITEM = /^\s*(?:[-*•–]|\d+[.)])\s/;

export function reflow(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];

  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && continues(previous, line))
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }

  return out.join('\n');
}

function continues(previous: string, line: string): boolean {
  if (!line.trim() || LIST_ITEM.test(line)) return false;
  const lastLine = previous.split('\n').at(-1) ?? previous;
  return (
    (lastLine.length >= WRAP_MIN && !/[.:!?]$/.test(lastLine.trim())) ||
    (/^\s{1,4}\S/.test(line) && LIST_ITEM.test(lastLine))
  );
}
