import type { Attachment } from '../message.ts';
import type { PlainCheck, ReplyKey } from './check-types.ts';
import { wordCount } from './patterns.ts';
import { ANY_MONEY, FULL_PREPAYMENT } from './trade-terms.ts';

// A length that suits the class (method.md sections 2 and 3): A and B complete but not bloated,
// C guiding with questions, D short with the price list, E short and firm. Words are counted in
// the draft's body, without the signature and the quoted history.

type Range = { min: number; max: number };

const RANGES: Partial<Record<ReplyKey, Range>> = {
  A: { min: 60, max: 350 },
  B: { min: 60, max: 350 },
  C: { min: 30, max: 250 },
  D: { min: 15, max: 150 },
  E: { min: 10, max: 100 },
  further_questions: { min: 30, max: 350 },
};
const REPLY_RANGE: Range = { min: 15, max: 250 };

const PRICE_LIST_FILE = /(?:price|catalog|quot|offer|list|precio|cat[aá]logo|прайс|каталог)/i;

export type LengthContext = { body: string; replyKey: ReplyKey; attachments: Attachment[] };

export function lengthCheck(context: LengthContext): PlainCheck {
  const range = RANGES[context.replyKey] ?? REPLY_RANGE;
  const count = wordCount(context.body);
  const span = `${range.min}-${range.max} words`;

  if (count < range.min) return fail(`${count} words: too short for ${span}`);
  if (count > range.max) return fail(`${count} words: too long for ${span}`);

  const gap = classGap(context);
  return gap
    ? fail(`${count} words, but ${gap}`)
    : { id: 'length', ok: true, detail: `${count} words` };
}

function classGap({ replyKey, body, attachments }: LengthContext): string | null {
  const priced = ANY_MONEY.test(body);

  // A clear C need is quoted; a vague one is guided with questions.
  if (replyKey === 'C' && !priced && !/[?？]/.test(body)) return 'no guiding question';
  if (replyKey === 'D' && !priced && !attachments.some((file) => PRICE_LIST_FILE.test(file.name))) {
    return 'no price list';
  }
  if (replyKey === 'E' && !FULL_PREPAYMENT.test(body)) return 'no 100% payment in advance';

  return null;
}

function fail(detail: string): PlainCheck {
  return { id: 'length', ok: false, detail };
}
