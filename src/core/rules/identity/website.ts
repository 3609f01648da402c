import { registrableDomain, sameOrganisation } from '../../text/domains.ts';
import { hit, type Rule } from '../rule.ts';

const WEBSITE = /\b(?:https?:\/\/)?(?:www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/i;

export const website: Rule = {
  id: 'website',
  factor: 'identity',
  title: 'A website on the same domain as the mail',
  evaluate(a) {
    const site = WEBSITE.exec(a.signature ?? '')?.[0];
    if (!site) return null;

    const host = site.replace(/^https?:\/\//i, '');
    if (!sameOrganisation(host, a.sender.domain))
      return hit(0, `${host} differs from the mail domain`);
    return hit(1, registrableDomain(host) ?? host);
  },
};
