import { reflow } from '../text/reflow.ts';
import { oneOf } from './patterns.ts';

// A buyer's mail as the request finder reads it: sentences, and the list items that follow a
// lead-in such as "Please advise the following:" kept under it, so "2. Lead time" is read as
// the question it is.

export type Block = { text: string; items: string[] };

const LIST_ITEM = /^\s*(?:[-*•–·]|\(?\d{1,2}[.)]|\(?[a-h][.)]|Q\d{1,2}[.:)])\s+/i;

// Lead-ins that announce a list even without a colon: "We have some questions".
const ANNOUNCES_LIST = new RegExp(
  `${oneOf(
    'following|below|questions?|points?',
    'preguntas|siguientes?|perguntas|seguintes?|suivantes?',
    'вопрос\\p{L}*|следующ\\p{L}*',
  )}\\W*$`,
  'iu',
);

// "No." before a model number and "e.g." end in a full stop but end no sentence.
const ABBREVIATION = new RegExp(
  `(?:^|[\\s(])${oneOf(
    'no|nr|nos|ref|art|approx|ca|e\\.g|i\\.e|etc|vs|pcs|qty|min|max|tel',
    'mr|mrs|ms|dr|st|sr|sra|co|ltd|inc|dept',
  )}\\.$`,
  'i',
);

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let leadIn: Block | null = null;

  for (const line of reflow(text).split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (item) {
      const itemText = line.slice(item[0].length).trim();
      if (leadIn) leadIn.items.push(itemText);
      else blocks.push({ text: itemText, items: [] });
      continue;
    }

    // A blank line between a lead-in and its list keeps the lead-in open.
    if (!line.trim()) continue;

    blocks.push(...sentencesOf(line).map((sentence) => ({ text: sentence, items: [] })));
    const last = blocks.at(-1);
    leadIn = last && (/:\s*$/.test(last.text) || ANNOUNCES_LIST.test(last.text)) ? last : null;
  }

  return blocks;
}

export function sentencesOf(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;

  for (const end of line.matchAll(/[.!?。？！]+(?=\s+\S)/g)) {
    const cut = end.index + end[0].length;
    const sentence = line.slice(start, cut).trim();
    if (end[0] === '.' && ABBREVIATION.test(sentence)) continue;

    sentences.push(sentence);
    start = cut;
  }

  const rest = line.slice(start).trim();
  return rest ? [...sentences, rest] : sentences;
}
