import { buyerCountry } from '../../country.ts';
import { hit, type Rule } from '../rule.ts';

export const targetMarket: Rule = {
  id: 'target-market',
  factor: 'fit',
  title: 'The buyer is in one of your markets',
  evaluate(a) {
    // Sellers write "UK"; the country code (and the phone library) says GB.
    const markets = a.profile.targetMarkets
      .map((m) => m.trim().toUpperCase())
      .map((m) => (m === 'UK' ? 'GB' : m))
      .filter(Boolean);
    if (markets.length === 0) return null;

    const country = buyerCountry(a);
    if (!country) return null;
    if (markets.includes(country.code)) return hit(4, `${country.code} (${country.evidence})`);

    return hit(-4, `${country.code} is outside your markets`);
  },
};
