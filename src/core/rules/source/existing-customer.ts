import { isFreeMail, registrableDomain } from '../../text/domains.ts';
import { hit, type Rule } from '../rule.ts';

// The book's domains are typed by people ("Kessler.de", "mail.kessler.de"): compare registrable
// domains. A free-mail domain names no one, so it never marks a sender as a customer.
function customerDomains(domains: string[]): string[] {
  return domains
    .map((domain) => registrableDomain(domain.trim().toLowerCase()))
    .filter((domain): domain is string => domain !== null && !isFreeMail(domain));
}

export const existingCustomer: Rule = {
  id: 'existing-customer',
  factor: 'source',
  title: 'An existing customer in your book',
  evaluate(a) {
    const domain = a.sender.registrable;
    const listed = domain !== null && customerDomains(a.context.customerDomains).includes(domain);
    if (!a.context.knownCustomer && !listed) return null;

    return hit(10, a.sender.email ?? a.sender.name ?? 'known customer');
  },
};
