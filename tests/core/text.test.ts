import { describe, expect, test } from 'vitest';
import {
  domainLabel,
  emailDomain,
  hostOf,
  isFreeMail,
  registrableDomain,
  sameOrganisation,
} from '../../src/core/text/domains.ts';
import { clip, joinEvidence, matchWithTail } from '../../src/core/text/find.ts';
import { allLinks, linksInText, unwrapLink } from '../../src/core/text/links.ts';
import { reflow } from '../../src/core/text/reflow.ts';
import { findSignature } from '../../src/core/text/signature.ts';
import { isForwarded, splitQuoted } from '../../src/core/text/split-mail.ts';

describe('findSignature', () => {
  test.each([
    [
      'an English closing',
      'Please quote 500 pcs.\n\nBest regards,\nAna Ruiz\nCompras',
      'Please quote 500 pcs.\n\nBest regards,',
      'Ana Ruiz\nCompras',
    ],
    [
      'the "-- " delimiter',
      'Please quote.\n\n-- \nAna Ruiz\nFerretería Lumen S.L.',
      'Please quote.',
      'Ana Ruiz\nFerretería Lumen S.L.',
    ],
    [
      'a Spanish closing',
      'Favor de cotizar.\n\nSaludos cordiales,\nAna Ruiz',
      'Favor de cotizar.\n\nSaludos cordiales,',
      'Ana Ruiz',
    ],
    [
      'a bilingual closing',
      'Please quote.\n\nBest Regards / Mit freundlichen Grüßen\nJonas Berg',
      'Please quote.\n\nBest Regards / Mit freundlichen Grüßen',
      'Jonas Berg',
    ],
    [
      'Windows line ends',
      'Please quote.\r\n\r\nKind regards\r\nAna Ruiz\r\n',
      'Please quote.\n\nKind regards',
      'Ana Ruiz',
    ],
    [
      'a closing led in by a few words',
      'Please send the PI.\n\nThanks and best regards,\n\nMegan Hall\nPurchasing Manager',
      'Please send the PI.\n\nThanks and best regards,',
      'Megan Hall\nPurchasing Manager',
    ],
    [
      'the last closing when the mail opens with one',
      'Best regards\n\nWe need 500 pcs.\nBest regards\nAna',
      'Best regards\n\nWe need 500 pcs.\nBest regards',
      'Ana',
    ],
  ])('splits at %s', (_, text, body, signature) => {
    expect(findSignature(text)).toEqual({ body, signature });
  });

  test.each([
    ['no closing at all', 'Thank you for your quick reply. Please quote.\nAna'],
    ['a closing with nothing after it', 'Please quote.\n\nRegards.'],
    [
      'a thank-you sentence that is no closing',
      'Please quote 500 pcs.\nThank you for the fast reply on this matter\nAna',
    ],
  ])('finds no signature in %s', (_, text) => {
    expect(findSignature(text).signature).toBeNull();
  });
});

describe('splitQuoted', () => {
  test.each([
    [
      'Gmail',
      'Price is high.\n\nOn Mon, 3 Mar 2025 at 10:12, Li Wei <li@hongda.com> wrote:\n> Our offer',
    ],
    ['Outlook', 'Price is high.\n\n-----Original Message-----\nFrom: Li Wei'],
    [
      'Outlook headers',
      'Price is high.\n\nFrom: Li Wei <li@hongda.com>\nSent: Monday\nTo: Ana\nSubject: Offer',
    ],
    [
      'Spanish Gmail',
      'Price is high.\n\nEl lun, 3 mar 2025 a las 10:12, Li Wei escribió:\n> oferta',
    ],
    ['angle quotes', 'Price is high.\n> USD 12/pc FOB Ningbo'],
  ])('cuts the %s quote from the reply', (_, body) => {
    const split = splitQuoted(body);

    expect(split.text).toBe('Price is high.');
    expect(split.quoted).not.toBeNull();
  });

  test('keeps a forwarded mail whole: it is graded as the original sender', () => {
    const body =
      'FYI\n\n---------- Forwarded message ---------\nFrom: Ana <ana@lumen.es>\n\nPlease quote\n> old';

    expect(isForwarded(body)).toBe(true);
    expect(splitQuoted(body)).toEqual({ text: body, quoted: null });
  });

  test('leaves a mail with no quote alone', () => {
    expect(splitQuoted('  Please quote 500 pcs.  ')).toEqual({
      text: 'Please quote 500 pcs.',
      quoted: null,
    });
  });
});

describe('unwrapLink', () => {
  test.each([
    [
      'Outlook Safe Links',
      'https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.kessler.de%2Fa%3Fb%3D1&data=05%7C02&reserved=0',
      'https://www.kessler.de/a?b=1',
    ],
    [
      "Gmail's google.com/url?q=",
      'https://www.google.com/url?q=https://www.globalsources.com/x&sa=D&source=editors',
      'https://www.globalsources.com/x',
    ],
    [
      "search results' google.com/url?url=",
      'https://www.google.com/url?sa=t&url=https://login-verify.top/x',
      'https://login-verify.top/x',
    ],
    ['a country Google', 'https://www.google.com.hk/url?q=http://x.cn/a', 'http://x.cn/a'],
    [
      'Facebook',
      'https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2F&h=AT',
      'https://shop.example.com/',
    ],
    [
      'Safe Links around Google',
      'https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.google.com%2Furl%3Fq%3Dhttps%253A%252F%252Fevil.xyz%252Flogin&data=1',
      'https://evil.xyz/login',
    ],
    [
      'Proofpoint URL Defense v2',
      'https://urldefense.proofpoint.com/v2/url?u=https-3A__www.kessler.de_katalog-3Fa-3D1&d=DwMF&c=x',
      'https://www.kessler.de/katalog?a=1',
    ],
    [
      'Proofpoint URL Defense v3',
      'https://urldefense.com/v3/__https://rfq-files.top/dl__;!!Xy!abc$',
      'https://rfq-files.top/dl',
    ],
    [
      "a platform's click tracking",
      'https://click.alibaba.com/ci_bb?ck=1&target=https%3A%2F%2Fdocs-view.top%2Fpo',
      'https://docs-view.top/po',
    ],
  ])('unwraps %s', (_, href, target) => {
    expect(unwrapLink(href)).toBe(target);
  });

  test.each([
    ['a Google search', 'https://www.google.com/search?q=ball+valves'],
    ['a wrapper around a script', 'https://www.google.co.uk/url?q=javascript:alert(1)'],
    ['an ordinary link', 'https://www.kessler-haustechnik.de/produkte'],
    [
      'a url= parameter on a site that is no wrapper',
      'https://shop.example.com/go?url=https://x.top/',
    ],
  ])('leaves %s alone', (_, href) => {
    expect(unwrapLink(href)).toBe(href);
  });

  test('finds bare links in text and drops the brackets around them', () => {
    expect(linksInText('see https://a.example/x) and <https://b.example/y>')).toEqual([
      { href: 'https://a.example/x', text: null, intro: 'see ' },
      { href: 'https://b.example/y', text: null, intro: 'see https://a.example/x) and <' },
    ]);
  });

  test('takes the line above as the words introducing a link that stands alone', () => {
    const [link] = linksInText('Download Purchaseorder_request.pdf\n\n  https://docs.example/d');
    expect(link?.intro).toBe('Download Purchaseorder_request.pdf   ');
  });

  test('reads only a short window before a link on a long line', () => {
    const [link] = linksInText(`${'word '.repeat(10_000)}https://a.example/`);
    expect(link?.intro).toHaveLength(120);
  });

  test('merges page links with text links once, unwrapped', () => {
    const given = [{ href: 'https://a.example/', text: 'A' }];
    const text = `see https://a.example/ and https://www.google.com/url?q=https://b.example/`;

    expect(allLinks(given, text)).toEqual([
      { href: 'https://a.example/', text: 'A', intro: 'see ' },
      { href: 'https://b.example/', text: null, intro: 'see https://a.example/ and ' },
    ]);
  });
});

describe('reflow', () => {
  test('rejoins a line hard-wrapped mid-sentence', () => {
    const text =
      'We are a trading company in Hamburg and we would like to get your\nbest price for the items below.';

    expect(reflow(text)).toBe(
      'We are a trading company in Hamburg and we would like to get your best price for the items below.',
    );
  });

  test('joins an indented continuation to its list item', () => {
    expect(reflow('1. Ball valve DN50, brass, PN25, with\n   lever handle\n2. Gate valve')).toBe(
      '1. Ball valve DN50, brass, PN25, with lever handle\n2. Gate valve',
    );
  });

  test.each([
    ['short lines', 'Dear Li,\nPlease quote.'],
    ['list items', '- item one\n- item two'],
    ['paragraphs', 'A long line that goes on and on and on well past the wrap width here\n\nNext'],
    [
      'a finished sentence',
      'A long line that goes on and on and on well past the wrap width.\nNext',
    ],
  ])('keeps %s apart', (_, text) => {
    expect(reflow(text)).toBe(text);
  });
});

describe('domains', () => {
  test.each([
    ['Ana@Ferreteria.ES', 'ferreteria.es'],
    ['no-at-sign', null],
    [null, null],
  ])('emailDomain(%s) is %s', (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });

  test.each([
    ['mail.service.alibaba.com', 'alibaba.com'],
    ['shop.kessler.co.uk', 'kessler.co.uk'],
    ['buyer.example', 'buyer.example'],
  ])('registrableDomain(%s) is %s', (host, registrable) => {
    expect(registrableDomain(host)).toBe(registrable);
  });

  test.each([
    'gmail.com',
    'googlemail.com',
    'qq.com',
    '163.com',
    'outlook.com',
    'hotmail.co.uk',
    'mail.ru',
  ])('%s is free mail', (domain) => {
    expect(isFreeMail(domain)).toBe(true);
  });

  test.each(['alibaba.com', 'kessler-haustechnik.de', 'example.com'])(
    '%s is not free mail',
    (domain) => {
      expect(isFreeMail(domain)).toBe(false);
    },
  );

  test('compares organisations by registrable domain', () => {
    expect(sameOrganisation('www.kessler.de', 'mail.kessler.de')).toBe(true);
    expect(sameOrganisation('kessler.de', 'kessler.com')).toBe(false);
    expect(sameOrganisation(null, 'kessler.de')).toBe(false);
  });

  test('reads hosts and brand labels', () => {
    expect(hostOf('https://WWW.Kessler.de/x')).toBe('www.kessler.de');
    expect(domainLabel('sonidistribucion.es')).toBe('sonidistribucion');
    expect(domainLabel('shop.kessler.co.uk')).toBe('kessler');
  });
});

describe('evidence helpers', () => {
  test('clip flattens whitespace and cuts long evidence', () => {
    expect(clip('  FOB\n  Ningbo ')).toBe('FOB Ningbo');
    expect(clip('x'.repeat(100))).toHaveLength(80);
  });

  test('matchWithTail quotes a little of what follows, up to the clause', () => {
    expect(matchWithTail('Please quote CIF Jebel Ali, thanks', /CIF/)).toBe('CIF Jebel Ali');
  });

  test('joinEvidence lists findings without quoting them (the panel quotes the line)', () => {
    expect(joinEvidence(['DN25', 'PN25'])).toBe('DN25 · PN25');
  });
});
