import { hit, type Rule } from '../rule.ts';

const QUANTITY = /\b(\d[\d,.]*)\s*(?:k\s*)?(?:pcs|pc|pieces|units|sets|pairs|bottles)\b/gi;

function largestQuantity(text: string): number | null {
  const values = [...text.matchAll(QUANTITY)].map((m) => Number((m[1] ?? '').replace(/[,.]/g, '')));
  const valid = values.filter((v) => Number.isFinite(v) && v > 0);
  return valid.length === 0 ? null : Math.max(...valid);
}

export const moqFit: Rule = {
  id: 'moq-fit',
  factor: 'fit',
  title: 'The quantity meets your minimum order',
  evaluate(a) {
    const moq = a.profile.moq;
    const wanted = largestQuantity(a.text);
    if (moq === null || wanted === null) return null;

    if (wanted >= moq) return hit(3, `${wanted} ≥ MOQ ${moq}`);
    return hit(-4, `${wanted} below MOQ ${moq}`);
  },
};
