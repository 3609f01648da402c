import type { FeedbackKind } from '../grade-types.ts';

// How buyers answer a quotation, in the languages the corpus holds (English, Spanish,
// Portuguese, French, Russian, Arabic). Each pattern carries a weight: a phrase that settles the
// kind on its own weighs 3, a hint weighs 1.

export type Cue = { pattern: RegExp; weight: number };

const cue = (pattern: RegExp, weight = 2): Cue => ({ pattern, weight });

export const CUES: Record<Exclude<FeedbackKind, 'other'>, Cue[]> = {
  auto_reply: [
    cue(
      /\b(?:automatic reply|auto-?reply|out of (?:the )?office|automated message|respuesta automática|resposta automática|réponse automatique|автоответ)\b/i,
      4,
    ),
    cue(
      /\b(?:i(?:'m| am) (?:away|out of (?:the )?office|on (?:leave|holiday|vacation|business travel))|back (?:at my desk|in the office) on|offices? (?:are|is|will be) closed)\b/i,
      3,
    ),
  ],
  ready_to_order: [
    cue(
      /\b(?:take this (?:mail|e-?mail) as our order|we (?:agree|accept) (?:with )?(?:the|your) (?:revised )?(?:price|offer)|(?:please )?send (?:us )?(?:the )?(?:PI|proforma)(?! for the samples?)|we (?:confirm|place) (?:the |our |this )?order|arrange the (?:\d+% )?deposit)\b/i,
      3,
    ),
    cue(
      /\b(?:confirmamos (?:el |o )?pedido|fechamos o pedido|nous confirmons (?:la |notre )?commande|оформляем заказ|счёт на предоплату|نؤكد (?:لكم )?طلب|الفاتورة المبدئية)/i,
      4,
    ),
  ],
  order_logistics: [
    cue(
      /\b(?:remitted|bank slip|deposit (?:paid|sent|of)|start production|B\/L|booking|vessel|ETD|packed|shipment schedule|balance (?:due|payment)|inspection before|PO \d+|shipping documents)\b/i,
      2,
    ),
  ],
  bargaining: [
    cue(
      /\b(?:too high|(?:price|prices) (?:is|are) (?:a bit |rather |quite )?high|higher than|lower (?:your|the) price|(?:a |any )?discount|come down to|cut (?:the price|\d+ ?%)|best (?:possible )?price you can|look at the price again|hard to sell|below your (?:level|price)|cheaper|more competitive|reduce (?:the )?price|pay the balance \d+ days)\b/i,
      3,
    ),
    cue(
      /\b(?:precio (?:muy |es )?alto|descuento|rebaja|preço (?:ficou )?acima|conseguirem chegar a|desconto|prix trop élevé|remise|цена выше|дешевле|пересмотреть цену|скидк\w*|السعر مرتفع|خصم)/i,
      3,
    ),
  ],
  comparing_offers: [
    cue(
      /\b(?:(?:several|other|many|few|different|various) (?:offers|quotes|quotations|suppliers)|compar(?:e|ing)|compairing|(?:study|review(?:ing)?|evaluat\w+) (?:all of them|them|it|the offers)|will (?:study|review) and revert|well received|we will revert|will let (?:u|you) know)\b/i,
      3,
    ),
    cue(
      /\b(?:varias ofertas|comparando|estamos revisando|várias (?:ofertas|cotações)|plusieurs offres|nous comparons|несколько предложений|сравнива\w+)/i,
      3,
    ),
  ],
  found_other_supplier: [
    cue(
      /\b(?:(?:got|found|chose|selected|have) (?:another|other|a different) (?:supplier|vendor|factory|source)|another supplier already|samples? (?:are |is )?(?:being (?:tested|validated)|under (?:test|validation)) (?:with|at)|going with (?:another|other))\b/i,
      3,
    ),
    cue(
      /\b(?:otro proveedor|outro fornecedor|retenu un autre fournisseur|autre fournisseur|другого поставщика|مورد آخر)/i,
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
      /\b(?:send (?:us |me )?(?:\d+ (?:pcs? )?)?samples?|samples? (?:in|of|first|cost|charge)|(?:need|want|check|see) (?:a |the |some )?samples?|\d+ (?:pcs?|pieces?|pairs?) (?:of )?each|1 sample each|order 1 piece of each|(?:one|1) piece of each|before (?:bulk|we go further))\b/i,
      3,
    ),
    cue(/\b(?:muestras?|amostras?|échantillons?|образ(?:ец|цы)|عينات?)\b/i, 3),
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
    cue(/\?/, 1),
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

// Kinds that an order in progress or a closed door make moot.
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
