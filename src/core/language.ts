import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

// The language the buyer wrote in, so the panel can name it: non-English mail is graded,
// never dropped. Too little text says nothing reliable.

const MIN_LENGTH = 40;

// franc names some languages by an individual code inside a macrolanguage, which has no
// two-letter code of its own (Standard Arabic is "arb"; the two-letter "ar" is the macro).
const MACRO: Record<string, string> = {
  arb: 'ar',
  cmn: 'zh',
  pes: 'fa',
  zlm: 'ms',
  uzn: 'uz',
  ekk: 'et',
};

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  if (sample.replace(/\s+/g, '').length < MIN_LENGTH) return null;

  const code = franc(sample, { minLength: MIN_LENGTH });
  if (code === 'und') return null;
  return MACRO[code] ?? iso6393To1[code] ?? code;
}
