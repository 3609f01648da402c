// Finds the signature at the foot of a body when the source did not mark it (raw mail, corpus
// cases). A page reader that found the client's own signature element passes it separately.

const CLOSINGS = [
  'best regards',
  'kind regards',
  'warm regards',
  'regards',
  'best wishes',
  'best',
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'yours faithfully',
  'yours truly',
  'faithfully',
  'thanks',
  'thank you',
  'thanks and regards',
  'thanks & regards',
  'many thanks',
  'cheers',
  'god bless',
  'saludos',
  'saludos cordiales',
  'atentamente',
  'atenciosamente',
  'cordialement',
  'mit freundlichen grüßen',
  'с уважением',
  'وتفضلوا بقبول فائق الاحترام',
];

// Up to three words may lead into the closing ("Thanks and best regards", "With kind regards").
const CLOSING_LINE = new RegExp(
  `^(?:[\\p{L}&]+\\s+){0,3}(?:${CLOSINGS.map((c) => escapeRegExp(c)).join('|')})(?:\\s*(?:,|!|\\.|/.*))?\\s*$`,
  'iu',
);

// How far from the end a closing line may stand and still open the signature.
const TAIL_LINES = 16;

export type SignatureSplit = { body: string; signature: string | null };

export function findSignature(text: string): SignatureSplit {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const delimiter = lines.findIndex((line) => line === '-- ' || line === '--');
  if (delimiter >= 0) return splitAt(lines, delimiter, delimiter + 1);

  const closing = lastClosing(lines);
  if (closing !== null) return splitAt(lines, closing + 1, closing + 1);

  return { body: text.trim(), signature: null };
}

function lastClosing(lines: string[]): number | null {
  const start = Math.max(0, lines.length - TAIL_LINES);

  for (let index = lines.length - 1; index >= start; index -= 1) {
    if (CLOSING_LINE.test((lines[index] ?? '').trim())) return index;
  }

  return null;
}

function splitAt(lines: string[], bodyEnd: number, signatureStart: number): SignatureSplit {
  const signature = lines.slice(signatureStart).join('\n').trim();
  return {
    body: lines.slice(0, bodyEnd).join('\n').trim(),
    signature: signature.length > 0 ? signature : null,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
