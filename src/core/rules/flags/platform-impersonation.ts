import { impersonatedPlatform } from '../../platforms.ts';
import { hostOf, registrableDomain } from '../../text/domains.ts';
import { hit, type Rule } from '../rule.ts';

// A platform's brand on a domain it does not own: in the sender, the reply-to or a link.
export const platformImpersonation: Rule = {
  id: 'platform-impersonation',
  factor: 'intent',
  flag: 'strong',
  title: 'Pretends to be a platform or courier',
  evaluate(a) {
    if (a.platform && !a.platform.genuine) {
      return hit(
        0,
        `${a.platform.platform.name} from ${a.message.from.email ?? 'an unknown address'}`,
      );
    }

    const hosts = [a.replyTo?.domain ?? null, ...a.links.map((link) => hostOf(link.href))];
    for (const host of hosts) {
      const fake = impersonatedPlatform(host, registrableDomain(host));
      if (fake) return hit(0, `${fake.name} look-alike: ${host}`);
    }

    return null;
  },
};
