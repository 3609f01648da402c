import type { Analysis } from './analysis.ts';
import { PLATFORMS } from './platforms.ts';
import { memoised } from './rules/evaluate.ts';
import { skeleton } from './text/confusables.ts';
import { nameAndSuffix, registrableDomain } from './text/domains.ts';

// The domains a scammer dresses up as: the platforms, couriers and banks an exporter deals
// with, and the seller's own and customers' domains from the prospect book. Data, not logic:
// the look-alike rules compare every host in a mail against this list. Government sites are
// recognised by their suffixes instead (lookalike-domain): agency names such as "customs" are
// everyday words.

export type KnownKind = 'platform' | 'courier' | 'bank' | 'customer' | 'own';
export type KnownDomain = {
  name: string;
  kind: KnownKind;
  domain: string;
  // The domain's own name ("paypal") and how it looks to a reader (its skeleton).
  label: string;
  shape: string;
};

type Brand = { name: string; kind: KnownKind; domains: string[] };

const BRANDS: Brand[] = [
  ...PLATFORMS.filter((p) => p.name !== 'DHL').map((p) => ({
    name: p.name,
    kind: 'platform' as const,
    domains: p.domains,
  })),
  { name: 'DHL', kind: 'courier', domains: ['dhl.com', 'dhl.de'] },
  { name: 'FedEx', kind: 'courier', domains: ['fedex.com'] },
  { name: 'UPS', kind: 'courier', domains: ['ups.com'] },
  { name: 'TNT', kind: 'courier', domains: ['tnt.com'] },
  { name: 'USPS', kind: 'courier', domains: ['usps.com'] },
  { name: 'Aramex', kind: 'courier', domains: ['aramex.com'] },
  { name: 'SF Express', kind: 'courier', domains: ['sf-express.com', 'sf-international.com'] },
  { name: 'Maersk', kind: 'courier', domains: ['maersk.com'] },
  { name: 'MSC', kind: 'courier', domains: ['msc.com'] },
  { name: 'CMA CGM', kind: 'courier', domains: ['cma-cgm.com'] },
  { name: 'Hapag-Lloyd', kind: 'courier', domains: ['hapag-lloyd.com'] },
  { name: 'COSCO Shipping', kind: 'courier', domains: ['coscoshipping.com'] },
  { name: 'Evergreen Line', kind: 'courier', domains: ['evergreen-line.com'] },
  { name: 'PayPal', kind: 'bank', domains: ['paypal.com'] },
  { name: 'Payoneer', kind: 'bank', domains: ['payoneer.com'] },
  { name: 'Western Union', kind: 'bank', domains: ['westernunion.com'] },
  { name: 'HSBC', kind: 'bank', domains: ['hsbc.com', 'hsbc.com.hk', 'hsbc.co.uk'] },
  { name: 'Bank of China', kind: 'bank', domains: ['bankofchina.com', 'boc.cn'] },
  { name: 'ICBC', kind: 'bank', domains: ['icbc.com.cn', 'icbc-ltd.com'] },
  { name: 'China Construction Bank', kind: 'bank', domains: ['ccb.com'] },
  { name: 'Agricultural Bank of China', kind: 'bank', domains: ['abchina.com'] },
  { name: 'Citibank', kind: 'bank', domains: ['citi.com', 'citibank.com'] },
  { name: 'JPMorgan Chase', kind: 'bank', domains: ['jpmorgan.com', 'chase.com'] },
  { name: 'Bank of America', kind: 'bank', domains: ['bankofamerica.com'] },
  { name: 'Wells Fargo', kind: 'bank', domains: ['wellsfargo.com'] },
  { name: 'Standard Chartered', kind: 'bank', domains: ['sc.com', 'standardchartered.com'] },
  { name: 'Barclays', kind: 'bank', domains: ['barclays.com', 'barclays.co.uk'] },
  { name: 'Deutsche Bank', kind: 'bank', domains: ['db.com', 'deutsche-bank.de'] },
  { name: 'Santander', kind: 'bank', domains: ['santander.com'] },
  { name: 'BNP Paribas', kind: 'bank', domains: ['bnpparibas.com'] },
];

function known(name: string, kind: KnownKind, domain: string): KnownDomain {
  const label = nameAndSuffix(domain).name;
  return { name, kind, domain, label, shape: skeleton(label) };
}

const BRAND_DOMAINS: KnownDomain[] = BRANDS.flatMap((brand) =>
  brand.domains.map((domain) => known(brand.name, brand.kind, domain)),
);

// The brands plus, for this mail, the seller's own domains and the customers in the book.
export const knownDomains = memoised((a: Analysis): KnownDomain[] => {
  const book = (domains: string[], kind: KnownKind): KnownDomain[] =>
    domains.flatMap((raw) => {
      const domain = registrableDomain(raw.trim().toLowerCase());
      return domain ? [known(domain, kind, domain)] : [];
    });

  return [
    ...BRAND_DOMAINS,
    ...book(a.ownDomains, 'own'),
    ...book(a.context.customerDomains, 'customer'),
  ];
});

export function isKnownDomain(list: KnownDomain[], registrable: string | null): boolean {
  return registrable !== null && list.some((entry) => entry.domain === registrable);
}

// How the panel names what a host imitates.
export function describeKnown(entry: KnownDomain): string {
  if (entry.kind === 'customer') return `your customer ${entry.domain}`;
  if (entry.kind === 'own') return `your own ${entry.domain}`;
  return entry.name.toLowerCase() === entry.domain
    ? entry.domain
    : `${entry.domain} (${entry.name})`;
}
