import { hit, type Rule } from '../rule.ts';

export const platformInquiry: Rule = {
  id: 'platform-inquiry',
  factor: 'source',
  title: 'A one-to-one inquiry relayed by a B2B platform',
  evaluate(a) {
    if (!a.platform?.genuine || !a.platform.buyer?.message) return null;
    return hit(4, `${a.platform.platform.name} notice from ${a.message.from.email ?? ''}`.trim());
  },
};
