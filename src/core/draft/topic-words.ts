import { MONEY, words } from './patterns.ts';

// What buyers ask about, named the same in every language: a Spanish question about "plazo de
// entrega" is answered by an English draft that gives a lead time.
export const TOPICS = [
  'price',
  'moq',
  'lead-time',
  'payment',
  'sample',
  'certificate',
  'packing',
  'warranty',
  'shipping',
  'catalogue',
  'customization',
  'specification',
  'stock',
  'factory',
] as const;
export type Topic = (typeof TOPICS)[number];

// One line per language where a topic needs it: English, Spanish, Portuguese, French, Russian.
export const TOPIC_WORDS: Record<Topic, RegExp[]> = {
  price: [
    words([
      'prices?|pricing|costs?|how much|quot(?:e|es|ed|ing|ations?)|offers?',
      'precios?|cotizaci[oó]n|cotiz\\p{L}+|cu[aá]nto (?:cuesta|cuestan|vale)',
      'pre[cç]os?|cota[cç][aã]o|or[cç]amento|quanto custa|prix|tarifs?|devis|combien',
      'цен\\p{L}*|стоимост\\p{L}*|сколько стоит|коммерческ\\p{L}* предложени\\p{L}*',
    ]),
    // "Can you do USD 3.00?" is about the price without saying so.
    new RegExp(MONEY, 'iu'),
  ],
  moq: [
    words([
      'moqs?|minimum (?:order|quantity|qty)\\p{L}*|min\\.? ?(?:order|qty)',
      'pedido m[ií]nimo|cantidad m[ií]nima|quantidade m[ií]nima',
      'quantit[ée] minim(?:um|ale)|minimum de commande',
      'минимальн\\p{L}* (?:заказ|парти|количеств|объ[её]м)\\p{L}*',
    ]),
  ],
  'lead-time': [
    words([
      'lead ?times?|delivery (?:time|date|period)s?|production (?:time|period|lead time)',
      'how (?:long|soon)|when can you (?:deliver|ship|send)|ready to ship|turnaround',
      'plazos? de entrega|tiempo de (?:entrega|producci[oó]n)|prazo de (?:entrega|produ[cç][aã]o)',
      'd[ée]lais?',
      'срок\\p{L}* (?:поставки|изготовления|производства|отгрузки)',
      'когда (?:сможете|можете) (?:отгрузить|поставить|отправить)',
    ]),
  ],
  payment: [
    words([
      'payments?|pay|T/T|TT|L/C|deposit|paypal|western union|trade assurance',
      'pagos?|pagamentos?|paiements?',
      'оплат\\p{L}*|предоплат\\p{L}*|аккредитив\\p{L}*',
    ]),
  ],
  sample: [words(['samples?|sampling|muestras?|amostras?|[ée]chantillons?|образ[цеo]\\p{L}*'])],
  certificate: [
    words([
      'certificat(?:e|es|ion|ions)|certified|test reports?|ISO ?\\d{3,5}',
      'certificados?|certifica[cç][aã]o|certificats?',
      'сертификат\\p{L}*|декларац\\p{L}* соответствия',
    ]),
    // Upper case only: French "ce" and English "reach" are ordinary words.
    words(['CE|FDA|RoHS|UL|REACH|SGS|GOST|EAC|ГОСТ'], 'u'),
  ],
  packing: [
    words([
      'packing|packag(?:e|es|ing)|packed|cartons?|pallets?',
      'embalajes?|empaques?|embalage[mn]s?|emballages?|conditionnement|упаковк\\p{L}*',
    ]),
  ],
  warranty: [words(['warrant(?:y|ies)|guarantee|garant[ií]as?|garantie|гаранти\\p{L}*'])],
  shipping: [
    words([
      'shipping|shipments?|ship(?:ped)? to|freight|incoterms?|ports? of (?:loading|discharge)',
      'env[ií]os?|fletes?|fretes?|exp[ée]ditions?|livraison',
      'доставк\\p{L}*|отгрузк\\p{L}*|фрахт\\p{L}*',
    ]),
    words(['FOB|CIF|CFR|CNF|EXW|DDP|DAP|DPU|FCA|CPT|CIP'], 'u'),
  ],
  catalogue: [
    words([
      'catalog(?:ue)?s?|brochures?|price ?lists?|product list',
      'cat[aá]logos?|lista de precios|tabela de pre[cç]os',
      'каталог\\p{L}*|прайс(?:-?лист\\p{L}*)?',
    ]),
  ],
  customization: [
    words([
      'OEM|ODM|logos?|private label|custom(?:i[sz]ed|i[sz]ation|made)?|(?:own|our) brand',
      'personaliza\\p{L}*|personnalis\\p{L}*|логотип\\p{L}*|брендирован\\p{L}*',
    ]),
  ],
  specification: [
    words([
      'specifications?|specs?|data ?sheets?|technical (?:data|details|sheet)|drawings?',
      'dimensions?|sizes?|materials?|colou?rs?',
      'especificaci[oó]n(?:es)?|ficha t[eé]cnica|medidas|tamaños?|colores|dimens[oõ]es',
      'caract[ée]ristiques|fiche technique',
      'характеристик\\p{L}*|размер\\p{L}*|спецификаци\\p{L}*',
    ]),
  ],
  stock: [
    words([
      'in stock|stock|availab(?:le|ility)|inventory',
      'existencias|disponib\\p{L}*|estoque|в наличии|наличи\\p{L}*',
    ]),
  ],
  factory: [
    words([
      'factory|manufacturer|trading company',
      'f[aá]bricas?|fabricantes?|usines?|fabricants?',
      'завод\\p{L}*|производител\\p{L}*|фабрик\\p{L}*',
    ]),
  ],
};
