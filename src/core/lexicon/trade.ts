// Words that make a mail about buying goods from this seller. Two kinds are counted apart:
// the buyer's request itself, and the trade vocabulary around it.

export const BUYER_REQUEST: RegExp[] = [
  /\b(?:please|kindly|pls|could you|can you|would you)\s+(?:\w+\s+){0,3}(?:quote|(?:send|email|e-mail|let) (?:us |me )?(?:have )?(?:a |your |the )?(?:free |formal |best |current )?(?:price|prices|quotation|offer|catalog|catalogue|pi|proforma|samples?)|give (?:us |me )?(?:your )?(?:best )?prices?|supply and deliver)/i,
  /\b(?:we|i)\s+(?:are|am)\s+(?:interested (?:in|to buy)|looking for|planning to (?:buy|import|order)|reviewing suppliers)/i,
  /\b(?:could|can|would) you (?:please )?(?:share|send|quote)\b[^.?\n]{0,60}\b(?:catalog(?:ue)?|prices?|quotation|moqs?|samples?)/i,
  /\b(?:(?:we|i)\s+)?(?:would like|'d like|want|wish|need|intend|plan|are pleased)\s+(?:to\s+)?(?:buy|order|import|purchase|place (?:an|the|our|this)(?: enclosed)? order|source|add|repeat|get a quote|modify)/i,
  /\b(?:(?:acknowledge|confirm acceptance of) this order|order no\.?\s*[A-Z]?\d+|against your quotation)\b/i,
  /\b(?:request for quotation|rfq|inquiry|enquiry|quotation request|purchase order|proforma invoice)\b/i,
  /\b(?:send|give|tell) (?:us|me) (?:the |your )?(?:best |current |full )?(?:price|prices|quotation|catalog|catalogue|price list)/i,
  /\b(?:what is|what's|how much is) (?:the |your )?(?:price|cost|moq)|\bhow much (?:with|for|including|is it)\b/i,
  /\b(?:your|the) (?:price|prices) (?:for|of)\b/i,
  /\b(?:we|i) need\b[^.\n]{0,60}\b(?:\d[\d,.]{0,15}\s*(?:pcs|pieces|units|sets|tons|containers)|urgent)/i,
  /(?:cotización|cotizacion|cotizar|solicitud de precio|enviarnos su (?:catálogo|lista de precios)|nos interesan?|orçamento|cotação|gostaríamos de comprar|demande de prix|devis|nous sommes intéressés|запрос (?:цены|предложения)|коммерческое предложение|просим (?:выслать|прислать))/i,
];

export const TRADE_TERMS =
  /\b(?:MOQ|FOB|CIF|CFR|EXW|DDP|DAP|incoterms?|pcs|containers?|40HQ|20GP|samples?|catalog(?:ue)?|price ?list|supplier|manufacturer|factory|wholesale|distributor|importer|import|export|OEM|private label|lead time|shipment|ship(?:ping)?|payment terms|T\/T|L\/C|proforma|quotation|your products|your company)\b/gi;

// Replies to a quote start with a reply prefix in the buyer's language.
export const REPLY_PREFIX =
  /^\s*(?:re|aw|sv|vs|rv|res|ris|odp|ynt|回复|答复|ответ|رد)\s*(?:\[\d+\]\s*)?[:：]/i;
export const QUOTE_WORDS =
  /\b(?:quotation|quote|offer|price|proforma|PI|cotizaci[oó]n|cota[cç][aã]o|offre|devis|предложени\w*|цен\w*|عرض)\b/i;
