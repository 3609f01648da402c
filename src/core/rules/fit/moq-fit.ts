import { hit, type Rule } from '../rule.ts';

const QUANTITY = /\b(\d[\d,.]{0,15})\s*(k\s*)?(?:pcs|pc|pieces|units|sets|pairs|bottles)\b/gi;

// "5,000" and "5.000" are thousands; "5k" and "2.5k" are thousands too, and say so.
function toNumber(digits: string, thousands: boolean): number {
  if (thousands) return Number.parseFloat(digits.replace(',', '.')) * 1000;
  return Number(digits.replace(/[,.]/g, ''));
}

function largestQuantity(text: string): number | null {
  const values = [...text.matchAll(QUANTITY)].map((m) => toNumber(m[1] ?? '', Boolean(m[2])));
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
