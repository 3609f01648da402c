import type { FeedbackKind } from '../grade-types.ts';

// How buyers answer a quotation, in the languages the corpus holds (English, Spanish,
// Portuguese, French, Russian, Arabic). A phrase that settles the kind on its own weighs 3 or
// 4, a hint weighs 2.

// A counted cue weighs one per match, from two matches on, up to three: one question mark is
// politeness, three are a list of questions.
export type Cue = { pattern: RegExp; weight: number; counted?: boolean };

const cue = (pattern: RegExp, weight = 2): Cue => ({ pattern, weight });

// \b only knows ASCII letters, so phrases in other scripts are bounded by any letter instead.
const phrases = (words: string[], weight: number): Cue => ({
  pattern: new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu'),
  weight,
});

export const CUES: Record<Exclude<FeedbackKind, 'other'>, Cue[]> = {
  auto_reply: [
    cue(/\b(?:automatic reply|auto-?reply|out of (?:the )?office|automated message)\b/i, 4),
    phrases(['respuesta automática', 'resposta automática', 'réponse automatique', 'автоответ'], 4),
    cue(
      /\b(?:i(?:'m| am) (?:away|out of (?:the )?office|on (?:leave|holiday|vacation|business travel))|back (?:at my desk|in the office) on|offices? (?:are|is|will be) closed)\b/i,
      3,
    ),
  ],
  ready_to_order: [
    cue(
      /\b(?:take this (?:mail|e-?mail) as our order|we (?:agree|accept) (?:with )?(?:the|your) (?:revised )?(?:price|offer)|(?:please )?send (?:us )?(?:the )?(?:PI|proforma)(?! for the samples?)|(?<!(?:before|once|when|if|until|after) )we (?:confirm|place) (?:the |our |this )?order|arrange the (?:\d+% )?deposit)\b/i,
      3,
    ),
    phrases(
      [
        'confirmamos (?:el |o )?pedido',
        'fechamos o pedido',
        'nous confirmons (?:la |notre )?commande',
        'оформляем заказ',
        'сч[её]т на предоплату',
        'نؤكد (?:لكم )?طلب',
        'الفاتورة المبدئية',
      ],
      4,
    ),
  ],
  order_logistics: [
    cue(/\b(?:PO|P\.O\.)\s*(?:no\.?\s*|#)?\d{3,}\b/i, 2),
    cue(/\b(?:B\/L|booking|vessel|ETD|packed|shipment schedule|shipping documents|loading)\b/i, 2),
    cue(
      /\b(?:remitted|bank slip|deposit (?:paid|sent|of)|start production|balance (?:due|payment)|(?:QC|inspection) (?:agent|before))\b/i,
      2,
    ),
  ],
  bargaining: [
    cue(
      /\b(?:too high|(?:price|prices) (?:is|are) (?:a bit |rather |quite )?high|higher than|lower (?:your|the) price|(?:a |any )?discount|come down to|cut (?:the price|\d+ ?%)|best (?:possible )?price you can|look at the price again|hard to sell|below your (?:level|price)|cheaper|more competitive|reduce (?:the )?price|pay the balance \d+ days)\b/i,
      3,
    ),
    phrases(
      [
        'precio (?:muy |es )?alto',
        'descuento',
        'rebaja',
        'preço (?:ficou )?acima',
        'conseguirem chegar a',
        'desconto',
        'prix trop élevé',
        'remise',
        'цена выше',
        'дешевле',
        'пересмотреть цену',
        'скидк\\p{L}*',
        'السعر مرتفع',
        'خصم',
      ],
      3,
    ),
  ],
  comparing_offers: [
    cue(
      /\b(?:(?:several|other|many|few|different|various) (?:offers|quotes|quotations|suppliers)|compar(?:e|ing)|compairing|(?:study|review(?:ing)?|evaluat\w+) (?:all of them|them|it|the offers)|will (?:study|review) and revert|well received|we will revert|will let (?:u|you) know)\b/i,
      3,
    ),
    phrases(
      [
        'varias ofertas',
        'comparando',
        'estamos revisando',
        'várias (?:ofertas|cotações)',
        'plusieurs offres',
        'nous comparons',
        'несколько предложений',
        'сравнива\\p{L}+',
      ],
      3,
    ),
  ],
  found_other_supplier: [
    cue(
      /\b(?:(?:got|found|chose|selected|have) (?:another|other|a different) (?:supplier|vendor|factory|source)|another supplier already|samples? (?:are |is )?(?:being (?:tested|validated)|under (?:test|validation)) (?:with|at)|going with (?:another|other))\b/i,
      3,
    ),
    phrases(
      ['otro proveedor', 'outro fornecedor', 'autre fournisseur', 'другого поставщика', 'مورد آخر'],
      4,
    ),
  ],
  ordered_elsewhere: [
    cue(
      /\b(?:placed (?:the|our) order (?:for [\w ]{1,30} )?with (?:another|other)|already (?:order(?:ed)?|bought|purchased) (?:to|from|with) (?:other|another)|ordered (?:from|with) (?:another|other))\b/i,
      4,
    ),
  ],
  sample_request: [
    cue(
      /\b(?:send (?:us |me )?(?:\d+ (?:pcs? )?)?samples?|samples? (?:in|of|first|cost|charge)|(?:need|want|check|see) (?:a |the |some )?samples?|\d+ (?:pcs?|pieces?|pairs?) (?:of )?each|1 sample each|(?:one|1) piece of each|before (?:bulk|we go further))\b/i,
      3,
    ),
    phrases(['muestras?', 'amostras?', 'échantillons?', 'образ(?:ец|цы)', 'عينات?'], 3),
  ],
  references_request: [
    cue(
      /\b(?:references?|(?:customers?|clients?) (?:in|abroad)|(?:supplied|exported|supply) (?:this|to|in)[\w ]{0,30}before|business licen[cs]e|bank reference|verify your company|contact person we may call|project name or client|proof|credit)\b/i,
      3,
    ),
  ],
  awaiting_client_feedback: [
    cue(
      /\b(?:(?:forwarded|sent|passed) (?:it |the offer |your offer )?to (?:my |our )?(?:end |main )?(?:customer|client|contractor)|waiting for (?:their|the client'?s?|the customer'?s?) (?:comments|feedback|decision|reply)|(?:our|my) client will confirm|tender (?:for [\w ]+ )?(?:is )?still open|no news yet|once I hear from them)\b/i,
      3,
    ),
  ],
  further_questions: [
    { pattern: /[?？؟]/g, weight: 1, counted: true },
    cue(
      /\b(?:does (?:that|the price|it) include|which one is it|what is the|is the \w+|can you (?:quote|add|confirm)|please (?:add|fill in|clarify|confirm)|couple of things|quick check)\b/i,
      2,
    ),
  ],
  not_interested: [
    cue(
      /\b(?:remove (?:our|my) (?:address|e-?mail)|do not contact us|never asked for|not interested|(?:decided to )?drop (?:this|the) (?:product|category)|close the file|no need to send (?:further|more) offers|won'?t be ordering)\b/i,
      4,
    ),
  ],
};

// Ties go to the kind that decides more: a closed door or an order in progress first.
export const PRIORITY: Exclude<FeedbackKind, 'other'>[] = [
  'auto_reply',
  'not_interested',
  'ordered_elsewhere',
  'found_other_supplier',
  'ready_to_order',
  'order_logistics',
  'references_request',
  'awaiting_client_feedback',
  'bargaining',
  'sample_request',
  'comparing_offers',
  'further_questions',
];
