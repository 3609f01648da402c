import type { PlainCheck } from './check-types.ts';
import { words } from './patterns.ts';

// The first words of the draft greet the buyer by name (method.md section 3), in English or in
// the buyer's language.

const GREETING = words([
  'dear|hi|hello|good (?:morning|afternoon|evening|day)|greetings',
  'estimad[oa]s?|querid[oa]|hola|buen(?:os)? d[ií]as?|buenas tardes',
  'prezad[oa]s?|car[oa]|ol[aá]|bom dia|boa tarde',
  'bonjour|cher|ch[eè]re|madame|monsieur',
  'уважаем\\p{L}*|здравствуйте|добрый день|доброе утро|привет',
]);

// "Dear Sir or Madam" greets nobody; the check asks for the buyer's name.
const NOBODY = words([
  'sirs?|madam|sir or madam|sir/madam|friends?|customers?|buyers?|all|team|there',
  'purchasing manager|se[nñ]or(?:es)?|se[nñ]ora|clientes?|amig[oa]s?|senhor(?:es)?',
  'coll[eè]gues|коллеги|господа|друзья',
]);

const OPENING_LINES = 3;

export function salutationCheck(draftBody: string, buyerName: string | null): PlainCheck {
  const opening = draftBody
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, OPENING_LINES)
    .find((line) => GREETING.test(line));

  if (!opening) return { id: 'salutation', ok: false, detail: 'no greeting' };
  if (buyerName) return byName(opening, buyerName);

  const named = !NOBODY.test(opening.replace(GREETING, ''));
  return { id: 'salutation', ok: named, detail: named ? opening : `no name: ${opening}` };
}

function byName(opening: string, buyerName: string): PlainCheck {
  const greeted = new Set(nameParts(opening));
  const named = nameParts(buyerName).some((part) => greeted.has(part));

  return { id: 'salutation', ok: named, detail: named ? opening : `not by name: ${opening}` };
}

// "Mr. Weber" and "Daniel" both greet Daniel Weber; accents do not matter ("Jose" for José).
function nameParts(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}]+/u)
    .filter((part) => part.length >= 2);
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
