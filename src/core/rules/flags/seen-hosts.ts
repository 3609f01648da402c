import { type Analysis, party } from '../../analysis.ts';
import { skeleton } from '../../text/confusables.ts';
import { hostOf, nameAndSuffix, registrableDomain, unicodeHost } from '../../text/domains.ts';
import { memoised } from '../evaluate.ts';

// Every host a mail shows or sends you to, once each: the sender's, the reply-to's and the
// links' real targets (wrappers already unwrapped). The look-alike rules judge these.

export type SeenHost = {
  where: 'sender' | 'reply-to' | 'link';
  // As written (ASCII, "xn--" kept) and as a reader sees it.
  host: string;
  shown: string;
  registrable: string | null;
  // The registrable domain as shown, cut into its owner's name and public suffix, and the
  // name's skeleton (how it looks).
  name: string;
  suffix: string;
  shape: string;
};

export const seenHosts = memoised((a: Analysis): SeenHost[] => {
  const candidates: [SeenHost['where'], string | null][] = [
    ['sender', party(a.message.from).domain],
    ['sender', a.sender.domain],
    ['reply-to', a.replyTo?.domain ?? null],
    ...a.links
      .filter((link) => /^https?:/i.test(link.href))
      .map((link): [SeenHost['where'], string | null] => ['link', hostOf(link.href)]),
  ];

  const seen = new Map<string, SeenHost>();
  for (const [where, host] of candidates) {
    if (!host || seen.has(host)) continue;
    seen.set(host, describe(where, host));
  }

  return [...seen.values()];
});

function describe(where: SeenHost['where'], host: string): SeenHost {
  const shown = unicodeHost(host);
  const { name, suffix } = nameAndSuffix(registrableDomain(shown) ?? shown);
  return {
    where,
    host,
    shown,
    registrable: registrableDomain(host),
    name,
    suffix,
    shape: skeleton(name),
  };
}
