import { hit, type Rule } from '../rule.ts';

export const existingCustomer: Rule = {
  id: 'existing-customer',
  factor: 'source',
  title: 'An existing customer in your book',
  evaluate(a) {
    const domain = a.sender.registrable;
    const listed = domain !== null && a.context.customerDomains.includes(domain);
    if (!a.context.knownCustomer && !listed) return null;

    return hit(10, a.sender.email ?? a.sender.name ?? 'known customer');
  },
};
