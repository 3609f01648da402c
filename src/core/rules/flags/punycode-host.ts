import type { Analysis } from '../../analysis.ts';
import { mixesScripts, readsAsLatin } from '../../text/confusables.ts';
import { hit, type Rule } from '../rule.ts';
import { seenHosts } from './seen-hosts.ts';

// An "xn--" host is how a name in another alphabet travels. Decoded, an honest one reads in
// its own alphabet (müller.de, пример.рф); a deceptive one reads as a Latin name spelled with
// foreign letters, or mixes alphabets in one label, which is what browsers refuse to display.

function finding(a: Analysis): string | null {
  for (const seen of seenHosts(a)) {
    if (!seen.host.includes('xn--')) continue;

    const deceptive = seen.shown
      .split('.')
      .some((label) => mixesScripts(label) || readsAsLatin(label));
    if (deceptive) return `${seen.where} ${seen.host} reads as ${seen.shown}`;
  }

  return null;
}

export const punycodeHost: Rule = {
  id: 'punycode-host',
  factor: 'intent',
  flag: 'strong',
  title: 'A punycode host that reads as another name',
  evaluate: (a) => hit(0, finding(a)),
};
