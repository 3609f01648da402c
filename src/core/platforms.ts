// B2B platforms whose notices relay a buyer's inquiry. Client knowledge as data: the genuine
// sender domains, and the labels their notices put before the buyer's own fields.

export type Platform = {
  name: string;
  domains: string[];
  // Words a look-alike sender or link host borrows from the brand.
  brandTokens: string[];
};

export const PLATFORMS: Platform[] = [
  { name: 'Alibaba.com', domains: ['alibaba.com', 'alibaba-inc.com'], brandTokens: ['alibaba'] },
  {
    name: 'Made-in-China.com',
    domains: ['made-in-china.com'],
    brandTokens: ['made-in-china', 'madeinchina'],
  },
  { name: 'Global Sources', domains: ['globalsources.com'], brandTokens: ['globalsources'] },
  { name: 'IndiaMART', domains: ['indiamart.com'], brandTokens: ['indiamart'] },
  { name: 'DHgate', domains: ['dhgate.com'], brandTokens: ['dhgate'] },
  { name: 'EC21', domains: ['ec21.com'], brandTokens: ['ec21'] },
  { name: 'TradeKey', domains: ['tradekey.com'], brandTokens: ['tradekey'] },
  { name: 'ECVV', domains: ['ecvv.com'], brandTokens: ['ecvv'] },
  { name: 'Tradewheel', domains: ['tradewheel.com'], brandTokens: ['tradewheel'] },
  // Couriers are impersonated in the same way, though they relay no inquiries.
  { name: 'DHL', domains: ['dhl.com', 'dhl.de'], brandTokens: ['dhl'] },
];

export function platformByDomain(registrable: string | null): Platform | null {
  if (!registrable) return null;
  return PLATFORMS.find((platform) => platform.domains.includes(registrable)) ?? null;
}

const HYPHENATED = PLATFORMS.flatMap((p) => p.brandTokens).filter((token) => token.includes('-'));

// A sender or host that carries a platform's brand on a domain the platform does not own.
export function impersonatedPlatform(
  host: string | null,
  registrable: string | null,
): Platform | null {
  if (!host || !registrable || platformByDomain(registrable)) return null;
  // Labels split at dots and hyphens: "alibaba" in alibaba-notice.com or secure-alibaba.net, but
  // not the "dhl" inside madhlabs.com. Hyphens inside a brand (made-in-china) are squashed first.
  const squashed = HYPHENATED.reduce(
    (name, brand) => name.replaceAll(brand, brand.replace(/-/g, '')),
    host.toLowerCase().replace(/[^a-z0-9.-]/g, ''),
  );
  const labels = squashed.split(/[.-]/);

  return (
    PLATFORMS.find((platform) =>
      platform.brandTokens.some((token) => {
        const brand = token.replace(/-/g, '');
        return labels.some((label) => label.startsWith(brand));
      }),
    ) ?? null
  );
}

export type PlatformBuyer = {
  name: string | null;
  company: string | null;
  country: string | null;
  email: string | null;
  message: string | null;
};

// Blanks, not \s, around the labels: a label's pattern must not run on into the lines below,
// or a notice padded with blank lines is read in quadratic time.
const FIELD_LABELS: Record<Exclude<keyof PlatformBuyer, 'message'>, RegExp> = {
  name: /^[ \t]*(?:Sender|Buyer Name|Contact(?: Person)?|Name)(?:[ \t]*:|[ \t])[ \t]*(\S.*)$/im,
  company: /^[ \t]*(?:Company(?: Name)?)(?:[ \t]*:|[ \t])[ \t]*(\S.*)$/im,
  country: /^[ \t]*(?:Country\/Region|Country|Location)(?:[ \t]*:|[ \t])[ \t]*(\S.*)$/im,
  email: /^[ \t]*(?:E-?mail)(?:[ \t]*:|[ \t])[ \t]*([^\s(@]+@[^\s(]+)/im,
};

// Global Sources-style one-liner: "Buyer: Name, Company, Country (Distributor)".
// Each field starts on a non-blank, so blanks around the commas can be read only one way; no
// field runs past a line end (\r too: ^ starts a line after a lone \r).
const BUYER_LINE =
  /^[ \t]*Buyer[ \t]*:[ \t]*([^,\s][^,\r\n]*),[ \t]*([^,\s][^,\r\n]*),[ \t]*([^,(\s][^,(\r\n]*)/im;
const MESSAGE_LABEL = /^[ \t]*Message[ \t]*:/im;
const MESSAGE_END = /^\s*(?:-{3}|Sender\b|View and reply)/;

export function parsePlatformBuyer(body: string): PlatformBuyer {
  const line = BUYER_LINE.exec(body);
  const field = (key: keyof typeof FIELD_LABELS) => clean(FIELD_LABELS[key].exec(body)?.[1]);

  return {
    name: clean(line?.[1]) ?? field('name'),
    company: clean(line?.[2]) ?? field('company'),
    country: clean(line?.[3]) ?? field('country'),
    email: field('email'),
    message: clean(messageBlock(body)),
  };
}

// The buyer's message: from the "Message:" label to the notice's footer, line by line.
function messageBlock(body: string): string | undefined {
  const label = MESSAGE_LABEL.exec(body);
  if (!label) return undefined;

  const lines = body.slice(label.index + label[0].length).split('\n');
  const end = lines.findIndex((line, index) => index > 0 && MESSAGE_END.test(line));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

function clean(value: string | undefined): string | null {
  const trimmed = value?.trim();
  if (!trimmed || /^n\/?a$/i.test(trimmed)) return null;
  return trimmed;
}
