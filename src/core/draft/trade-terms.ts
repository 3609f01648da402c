import { AMOUNT, CURRENCY, DATE, DURATION, MONEY, oneOf, UNIT, words } from './patterns.ts';

// How a draft states each term of a quotation (method.md section 3), in the seller's usual
// English plus the buyer languages the request finder reads.

const NOT_LETTER = '(?![\\p{L}])';
const PER = '(?:\\/|per|each|a|por|par|за)';

const UNIT_PRICE = oneOf(
  'unit price|price per (?:piece|unit|pc)',
  'precio unitario|pre[cç]o unit[aá]rio|prix unitaire',
  'цена за (?:единицу|шт\\p{L}*)',
);

export const PRICE_WITH_UNIT = [
  new RegExp(`${MONEY}\\s*${PER}\\s*${UNIT}${NOT_LETTER}`, 'iu'),
  new RegExp(`${MONEY}\\s*(?:each|ea\\.)`, 'iu'),
  new RegExp(`${UNIT_PRICE}[^\\n]{0,30}?${MONEY}`, 'iu'),
  // A table's header names the currency: "Unit price (USD): 3.20".
  new RegExp(
    `${UNIT_PRICE}\\s*\\(?${CURRENCY}(?:\\s*\\/\\s*${UNIT})?\\)?\\s*[:：]?\\s*${AMOUNT}`,
    'iu',
  ),
];
export const ANY_MONEY = new RegExp(MONEY, 'iu');

const TERM = '(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP)';
const PORT_OF = '(?:(?:[Pp]ort of|[Pp]uerto de|[Pp]orto de|порт)\\s+)?';
const PLACE = oneOf(
  "\\p{Lu}[\\p{L}'-]+(?:[ \\t]\\p{Lu}[\\p{L}'-]+)?",
  '(?:our |nuestra |notre )?(?:factory|warehouse|f[aá]brica|usine|склад|завод)',
);

export const INCOTERM = new RegExp(`(?<![\\p{L}])${TERM}${NOT_LETTER}`, 'u');
// Global, for matchAll only: a term followed by a word that is no place may precede one that is.
export const PLACED_INCOTERMS = new RegExp(
  `(?<![\\p{L}])${TERM}\\s*[(,:–-]?\\s*${PORT_OF}(${PLACE})`,
  'gu',
);

// Capitalised words after a term that are not a place: "FOB Price", "CIF Terms".
export const NOT_A_PLACE = new RegExp(
  `^${oneOf(
    'Or|And|To|At|On|For|In|Only|Please|Port|Precio',
    'Prices?|Terms?|Basis|Incoterms?|Shipping|Costs?|Payment|Validity',
  )}(?:\\s|$)`,
);

export const PAYMENT = words([
  'T/T|TT|telegraphic transfer|wire transfer|bank transfer|L/C|letter of credit|D/P|D/A',
  'paypal|western union|trade assurance|escrow|net \\d{2,3}',
  '\\d{1,3}\\s*%\\s*(?:deposit|advance|prepayment|in advance|down payment|balance|T/T|TT)',
  'transferencia|carta de cr[eé]dito|anticipo',
  '\\d{1,3}\\s*%\\s*(?:de )?(?:anticipo|adelanto|dep[oó]sito)',
  'transfer[eê]ncia|adiantamento|virement|lettre de cr[eé]dit|acompte',
  'предоплат\\p{L}*|аккредитив\\p{L}*|банковск\\p{L}* перевод\\p{L}*',
]);

const LEAD_WORDS = oneOf(
  'lead ?time|delivery (?:time|date|period)|production (?:time|period)|within',
  'ready (?:to ship )?in|ship(?:ped|ment)? (?:with)?in|deliver(?:ed|y)? (?:with)?in',
  'plazo de entrega|tiempo de entrega|prazo de entrega|d[ée]lai|срок\\p{L}*',
);
const AFTER = oneOf('after|upon|from', 'tras|despu[eé]s de|ap[oó]s|apr[eè]s', 'после|с момента');

export const LEAD_TIME = [
  new RegExp(`${LEAD_WORDS}[^\\n]{0,40}?${DURATION}`, 'iu'),
  new RegExp(`${DURATION}\\s+${AFTER}\\s`, 'iu'),
];

const VALIDITY_WORDS = oneOf(
  'valid(?:ity)?|good',
  'v[aá]lid[oa]s?|validez|validade|validit[ée]|valable',
  'действительн\\p{L}*|срок действия',
);
const NUMERIC_DATE = '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}';

export const VALIDITY = new RegExp(
  `${VALIDITY_WORDS}[^\\n]{0,30}?${oneOf(DURATION, DATE, NUMERIC_DATE)}`,
  'iu',
);
export const VALIDITY_DATE = new RegExp(DATE, 'iu');

const MOQ_WORDS = oneOf(
  'MOQ|minimum order(?: quantity)?|min\\.? order(?: qty| quantity)?',
  'pedido m[ií]nimo|cantidad m[ií]nima|quantidade m[ií]nima',
  'quantit[ée] minimale|minimum de commande',
  'минимальн\\p{L}* (?:заказ|парти)\\p{L}*',
);

export const MOQ_STATED = new RegExp(
  `${MOQ_WORDS}[^\\n\\d]{0,20}\\d[\\d,.]*(?:\\s*${UNIT})?`,
  'iu',
);
export const NO_MOQ = words([
  'no MOQ|no minimum(?: order)?|sin pedido m[ií]nimo|без минимальн\\p{L}*',
]);
export const MOQ_NAMED = new RegExp(MOQ_WORDS, 'iu');

// Full payment before production: the firm answer to a class E inquiry (method.md section 2).
export const FULL_PREPAYMENT = words([
  '100\\s*%\\s*(?:T/T|TT|payment|advance|prepayment|in advance)',
  '100\\s*%\\s*(?:anticipado|adelantado|предоплат\\p{L}*)',
  'full payment in advance|payment in full (?:in advance|before production)',
]);
