import { hit, type Rule } from '../rule.ts';

export const mailDomain: Rule = {
  id: 'mail-domain',
  factor: 'identity',
  title: 'Company mail domain, not free mail',
  evaluate(a) {
    const domain = a.sender.domain;
    if (!domain) return null;
    if (a.sender.freeMail) return hit(-2, `${domain} is free mail`);

    return hit(3, domain);
  },
};
