import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

// The language the buyer wrote in, so the panel can name it: non-English mail is graded,
// never dropped. Too little text says nothing reliable.

const MIN_LENGTH = 40;

// The languages buyers write to an exporter in, by franc's codes. Naming them spares franc
// comparing the text with every language of its script (half its time, and detection is half
// the cost of grading). Scripts used by one language alone (Chinese, Thai, Greek ...) cost
// nothing and are all listed; a language left out is reported as its nearest listed neighbour.
const LANGUAGES = [
  // Latin script
  'eng spa por fra deu ita nld pol tur ind zlm vie ron ces hun swe tgl swh hrv',
  // Cyrillic, Arabic and Devanagari scripts
  'rus ukr bul srp kaz arb pes urd hin mar npi',
  // one language per script
  'cmn jpn kor tha ell ben tam tel guj kan mal mya pan amh sin jav',
].flatMap((codes) => codes.split(' '));

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

  const code = franc(sample, { minLength: MIN_LENGTH, only: LANGUAGES });
  if (code === 'und') return null;
  return MACRO[code] ?? iso6393To1[code] ?? code;
}
