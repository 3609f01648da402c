import freeMailDomains from 'email-providers/all.json' with { type: 'json' };
import punycode from 'punycode.js';
import { getDomain, getHostname, getPublicSuffix } from 'tldts';

// Platforms' own mail domains are not free mail even where the provider list names them
// (alibaba.com hosts a consumer mailbox too, but its notices are the platform's).
const NOT_FREE_MAIL = new Set(['alibaba.com', 'example.com']);
const FREE_MAIL = new Set(freeMailDomains.filter((domain) => !NOT_FREE_MAIL.has(domain)));

export function emailDomain(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  return at < 0
    ? null
    : email
        .slice(at + 1)
        .toLowerCase()
        .trim() || null;
}

// The registrable domain (mail.service.alibaba.com -> alibaba.com); falls back to the host
// for names the public-suffix list does not know, such as *.example.
export function registrableDomain(host: string | null): string | null {
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host.toLowerCase();
}

export function isFreeMail(domain: string | null): boolean {
  if (!domain) return false;
  return FREE_MAIL.has(domain) || FREE_MAIL.has(registrableDomain(domain) ?? '');
}

export function hostOf(href: string): string | null {
  return getHostname(href);
}

export function sameOrganisation(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return registrableDomain(a) === registrableDomain(b);
}

// The brand-bearing label of a domain: "sonidistribucion" for sonidistribucion.es.
export function domainLabel(domain: string | null): string {
  const registrable = registrableDomain(domain);
  if (!registrable) return '';
  return registrable.split('.')[0] ?? '';
}

// A host as a reader would see it: "xn--" labels decoded to the letters they stand for.
export function unicodeHost(host: string): string {
  if (!host.includes('xn--')) return host;

  try {
    return punycode.toUnicode(host);
  } catch {
    // A malformed xn-- label decodes to nothing a reader would see: keep it as written.
    return host;
  }
}

// A registrable domain cut into the name its owner chose and the public suffix it sits under:
// "kessler-haustechnik" and "de", "hsbc" and "com.hk".
export function nameAndSuffix(registrable: string): { name: string; suffix: string } {
  const suffix = getPublicSuffix(registrable, { allowPrivateDomains: true }) ?? '';
  const name =
    suffix && registrable.endsWith(`.${suffix}`)
      ? registrable.slice(0, -suffix.length - 1)
      : registrable;
  return { name, suffix };
}
