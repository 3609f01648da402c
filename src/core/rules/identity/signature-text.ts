import type { Analysis } from '../../analysis.ts';

// On a genuine platform notice the buyer's identity is the notice's own fields.
export function signatureText(a: Analysis): string | null {
  const buyer = a.platform?.genuine ? a.platform.buyer : null;
  if (buyer) {
    const fields = [buyer.name, buyer.company, buyer.country].filter(Boolean);
    if (fields.length > 0) return fields.join('\n');
  }

  return a.signature;
}
