import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

const READY =
  /\b(?:place (?:the|an|our|this) order|pleased to (?:place|confirm)|(?:send|issue)(?: us)? (?:the |your |a )?(?:PI|proforma(?: invoice)?|sales contract)|please supply and deliver|confirm acceptance of this order|we (?:would like|want) to repeat|we plan to award|take this (?:mail|e-?mail) as our order|order (?:no\.?|number|#)\s*(?::\s*)?[A-Z]{0,4}-?\d[\w-]{0,20})\b/i;

// The same request in the other languages buyers write in: a proforma, a contract, an order.
const READY_ELSEWHERE =
  /(?<!\p{L})(?:factura proforma|fatura proforma|facture pro ?forma|proforma-?rechnung|счёт на предоплату|счет на предоплату|счёт-проформ\p{L}*|confirmamos (?:el |o )?pedido|nous passons commande|оформляем заказ|الفاتورة المبدئية)(?!\p{L})/iu;

export const readyToBuy: Rule = {
  id: 'ready-to-buy',
  factor: 'intent',
  title: 'Asks for a PI or contract, or places an order',
  evaluate: (a) => hit(2, firstMatch(a.text, READY) ?? firstMatch(a.text, READY_ELSEWHERE)),
};
