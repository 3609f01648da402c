// Regex building blocks shared by the buyer-side and draft-side readers. JavaScript's \b knows
// only ASCII letters, so word edges are written as Unicode look-arounds: "оплата" and "envío"
// need them as much as "price" does.

const LETTER = '[\\p{L}\\p{N}]';

// Alternatives written one language (or one idea) per line.
export function oneOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

export function words(alternatives: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<!${LETTER})${oneOf(...alternatives)}(?!${LETTER})`, flags);
}

export function anyMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const found = pattern.exec(text);
    if (found) return found;
  }

  return null;
}

export const CURRENCY = oneOf(
  'USD|US\\$|EUR|RMB|CNY|GBP|AUD|CAD|JPY|RUB|AED|INR|BRL|MXN|\\$|€|£|¥|₽',
  'руб\\.?|рублей|d[oó]lares|euros?',
);
export const AMOUNT = '(?:\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+)(?:[.,]\\d{1,4})?';
export const MONEY = `(?:${CURRENCY}\\s?${AMOUNT}|${AMOUNT}\\s?${CURRENCY})`;

export const UNIT = oneOf(
  'pcs?|pieces?|units?|sets?|pairs?|kgs?|tons?|tonnes?|mt|meters?|m2?|sqm|dozens?|dz',
  'cartons?|ctns?|rolls?|boxes?|bags?|containers?',
  'piezas?|unidad(?:es)?|pe[cç]as?|unidades?|pi[eè]ces?|unit[eé]s?',
  'шт\\.?|штук\\p{L}*|кг|тонн\\p{L}*',
);

const TIME_UNIT = oneOf(
  '(?:working |business |calendar )?(?:days?|weeks?|months?)',
  'd[ií]as(?: h[aá]biles)?|semanas|meses|jours|semaines|mois',
  'дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*',
);
const RANGE_TO = '(?:\\s*(?:-|–|~|to|a|до)\\s*\\d{1,3})?';

export const DURATION = `(?<!${LETTER})\\d{1,3}${RANGE_TO}\\s*${TIME_UNIT}(?!${LETTER})`;

const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?';
const DAY_OF_MONTH = '\\d{1,2}(?:st|nd|rd|th)?';

export const DATE = oneOf(
  '\\d{4}-\\d{2}-\\d{2}',
  `${DAY_OF_MONTH}\\s+${MONTH_NAME},?\\s+\\d{4}`,
  `${MONTH_NAME}\\s+${DAY_OF_MONTH},?\\s+\\d{4}`,
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// The last moment of a written date (UTC): an offer "valid until 30 Nov 2026" holds all that day.
export function endOfWrittenDate(written: string): Date | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(written);
  if (iso) return endOfDay(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));

  const month = MONTHS.findIndex((name) => new RegExp(`(?<![a-z])${name}`, 'i').test(written));
  const day = /(?<!\d)(\d{1,2})(?!\d)/.exec(written)?.[1];
  const year = /\d{4}/.exec(written)?.[0];
  if (month < 0 || !day || !year) return null;

  return endOfDay(Number(year), month, Number(day));
}

function endOfDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day, 23, 59, 59, 999));
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
