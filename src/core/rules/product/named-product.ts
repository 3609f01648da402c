import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// A concrete product named after a buying verb, or in the subject of a platform inquiry.
// The stop-list stands before the optional "your/the", so skipping the article cannot let
// "your products", "your best price" or "your reply" through as a product.
const NAMED =
  /\b(?:quote|price (?:of|for)|need|looking for|interested in|order|buy|purchase|supply of|require(?:ment)? (?:for|of)?)\s+(?:\d[\d,.]{0,15}\s*(?:pcs|pieces|units|sets|pairs|metric tons|tons|mt)\s+(?:of\s+)?)?(?!(?:(?:your|the|our|some|a|an)\s+)?(?:products?|items?|all|samples?|(?:best\s+|lowest\s+|good\s+)?prices?|catalog\w*|quotation|offer|reply|response|answer|feedback|help|same|as soon)\b)(?:(?:your|the|our|some|a|an)\s+)?[a-z][\w-]+(?:\s+[a-z][\w-]+){0,3}/i;
// (?!\s...) stops \s* from giving back the space the stop-list needs to see "your products".
const SUBJECT_PRODUCT =
  /^(?:inquiry|enquiry|rfq|quotation request|request for quotation)\s*(?:about|for|on|-|:)\s*(?!\s|your\b|the products?\b|products?\b)(.{4,60})$/i;
// Catalogue match is the stronger proof when the seller filled in the profile.
function catalogueHit(text: string, catalogue: string[]): string | null {
  const lower = text.toLowerCase();
  return (
    catalogue
      .map((item) => item.trim())
      .find((item) => item && lower.includes(item.toLowerCase())) ?? null
  );
}

export const namedProduct: Rule = {
  id: 'named-product',
  factor: 'product',
  title: 'A product named',
  evaluate(a) {
    const listed = catalogueHit(a.text, a.profile.catalogue);
    if (listed) return hit(4, `${listed} (in your catalogue)`);

    const inSubject = SUBJECT_PRODUCT.exec(a.subject.trim())?.[1];
    if (inSubject) return hit(3, inSubject);

    return hit(2, firstMatch(a.body, NAMED));
  },
};
