import type { Analysis } from '../../analysis.ts';
import { describeKnown, isKnownDomain, knownDomains } from '../../known-domains.ts';
import { mixesScripts } from '../../text/confusables.ts';
import { hit, type Rule } from '../rule.ts';
import { seenHosts } from './seen-hosts.ts';

// Letters that look the same and are not: paypa1.com, rnaersk.com, or a Cyrillic "а" inside
// alibaba.com. Nobody can see the difference, which is the whole point of the trick.

function finding(a: Analysis): string | null {
  const known = knownDomains(a);

  for (const seen of seenHosts(a)) {
    if (isKnownDomain(known, seen.registrable)) continue;

    const mixed = seen.shown.split('.').find(mixesScripts);
    if (mixed) return `${seen.where} ${seen.shown} mixes alphabets in "${mixed}"`;

    const twin = known.find((entry) => entry.shape === seen.shape && entry.label !== seen.name);
    if (twin) return `${seen.where} ${seen.shown} imitates ${describeKnown(twin)}`;
  }

  return null;
}

export const homoglyphDomain: Rule = {
  id: 'homoglyph-domain',
  factor: 'intent',
  flag: 'strong',
  title: 'A domain spelled with look-alike letters',
  evaluate: (a) => hit(0, finding(a)),
};
