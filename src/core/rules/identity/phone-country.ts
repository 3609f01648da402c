import { internationalPhone } from '../../country.ts';
import { hit, type Rule } from '../rule.ts';

export const phoneCountry: Rule = {
  id: 'phone-country',
  factor: 'identity',
  title: 'A phone number with country code',
  evaluate(a) {
    const source = [a.signature ?? '', a.body].join('\n');
    const phone = internationalPhone(source);
    if (!phone) return null;

    return hit(2, `${phone.formatInternational()} (${phone.country})`);
  },
};
