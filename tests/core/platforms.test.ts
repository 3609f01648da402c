import { describe, expect, it, test } from 'vitest';
import {
  impersonatedPlatform,
  parsePlatformBuyer,
  platformByDomain,
} from '../../src/core/platforms.ts';
import { registrableDomain } from '../../src/core/text/domains.ts';
import { analysisOf } from './support/mail.ts';
import { globalSourcesNotice, madeInChinaNotice } from './support/notices.ts';

describe('parsePlatformBuyer', () => {
  test('reads a Made-in-China-style labelled notice', () => {
    expect(parsePlatformBuyer(madeInChinaNotice.body)).toEqual({
      name: 'Tomas Novak',
      company: 'Novak Instalace s.r.o.',
      country: 'Czech Republic',
      email: 'tomas.novak@novak-instalace.cz',
      message:
        'Hello, we need 3,000 pcs brass ball valves DN20 with red lever handle.\nPlease quote FOB Ningbo and advise the lead time.',
    });
  });

  test('reads a Global Sources-style one-line buyer', () => {
    expect(parsePlatformBuyer(globalSourcesNotice.body)).toEqual({
      name: 'Priya Raman',
      company: 'Coastline Home Retail Pty Ltd',
      country: 'Australia',
      email: null,
      message:
        'Hi, please send your price for 2,400 pcs, size 40x30 cm, with our logo engraved.\nDelivery to Sydney before September.',
    });
  });

  test('treats "N/A" as no value', () => {
    expect(parsePlatformBuyer('Company: N/A\nCountry: n/a').company).toBeNull();
  });
});

describe('a genuine notice is graded as the buyer', () => {
  test('Made-in-China: the buyer named in the notice, the message as the body', () => {
    const a = analysisOf(madeInChinaNotice);

    expect(a.platform).toMatchObject({ genuine: true, platform: { name: 'Made-in-China.com' } });
    expect(a.sender.email).toBe('tomas.novak@novak-instalace.cz');
    expect(a.body).toMatch(/^Hello, we need 3,000 pcs/);
    expect(a.body).not.toContain('View and reply');
  });

  test('Global Sources: the reply-to is the buyer when the notice gives no address', () => {
    const a = analysisOf(globalSourcesNotice);

    expect(a.sender).toMatchObject({ name: 'Priya Raman', email: 'priya@coastlinehome.com.au' });
  });
});

describe('platform domains', () => {
  test.each([
    ['alibaba.com', 'Alibaba.com'],
    ['made-in-china.com', 'Made-in-China.com'],
    ['globalsources.com', 'Global Sources'],
  ])('%s belongs to %s', (domain, name) => {
    expect(platformByDomain(domain)?.name).toBe(name);
  });

  test.each([
    ['alibaba-tradeservice.com', 'Alibaba.com'],
    ['madeinchina-inquiry.net', 'Made-in-China.com'],
    ['dhl-express-tracking.info', 'DHL'],
  ])('%s borrows the brand of %s', (host, name) => {
    expect(impersonatedPlatform(host, host)?.name).toBe(name);
  });

  test('a platform sub-domain is the platform, not a look-alike', () => {
    expect(impersonatedPlatform('hongda.en.made-in-china.com', 'made-in-china.com')).toBeNull();
  });
});

describe('impersonatedPlatform at label boundaries', () => {
  it.each([
    ['alibaba.com.member-signin-verify.com', 'Alibaba.com'],
    ['madeinchina-notice.com', 'Made-in-China.com'],
    ['secure-made-in-china.net', 'Made-in-China.com'],
    ['dhl-express-delivery.example', 'DHL'],
  ])('flags %s as %s', (host, name) => {
    expect(impersonatedPlatform(host, registrableDomain(host))?.name).toBe(name);
  });

  it.each(['madhlabs.com', 'globalsourcing-partners.example', 'made-in-china.com'])(
    'leaves %s alone',
    (host) => {
      expect(impersonatedPlatform(host, registrableDomain(host))).toBeNull();
    },
  );
});
