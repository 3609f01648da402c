import { COMPANY_SUFFIX } from '../../lexicon/company.ts';
import { domainLabel } from '../../text/domains.ts';
import { hit, type Rule } from '../rule.ts';
import { signatureText } from './signature-text.ts';

const squash = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');

// Words any company may carry: sharing "trading" or "group" with a domain proves nothing.
const GENERIC_WORD = /^(?:the|and|international|global|general|company|world|worldwide)$/i;
const SUFFIX_WORD = new RegExp(`^${COMPANY_SUFFIX.source}$`);
const isNameWord = (word: string) => !GENERIC_WORD.test(word) && !SUFFIX_WORD.test(word);

// "Soni Distribucion S.L." on sonidistribucion.es: the domain belongs to the company named.
export const domainMatchesCompany: Rule = {
  id: 'domain-matches-company',
  factor: 'identity',
  title: 'The mail domain matches the company named',
  evaluate(a) {
    if (a.sender.freeMail) return null;
    const label = squash(domainLabel(a.sender.domain));
    const company = signatureText(a)
      ?.split('\n')
      .find((line) => COMPANY_SUFFIX.test(line));
    if (!company || label.length < 4) return null;

    const words = company
      .split(/[\s,&.]+/)
      .filter(isNameWord)
      .map(squash)
      .filter((w) => w.length >= 3);
    const shared = words.filter((w) => label.includes(w) || w.includes(label));
    return shared.length > 0 ? hit(2, `${a.sender.domain} ~ ${company.trim()}`) : null;
  },
};
