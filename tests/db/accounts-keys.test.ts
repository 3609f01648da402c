import { describe, expect, it } from 'vitest';
import { accountOf } from '../../src/db/accounts.ts';
import { normalDomain, threadKeyOf } from '../../src/db/keys.ts';

describe('the account a mail page belongs to', () => {
  it.each([
    [
      'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
      'gmail:mail.google.com/u/0',
      'Gmail 1 (mail.google.com/u/0)',
    ],
    [
      'https://mail.google.com/mail/u/2/#label/Work/FMfcgz',
      'gmail:mail.google.com/u/2',
      'Gmail 3 (mail.google.com/u/2)',
    ],
    [
      'https://mail.google.com/mail/#inbox',
      'gmail:mail.google.com/u/0',
      'Gmail 1 (mail.google.com/u/0)',
    ],
    [
      'https://outlook.live.com/mail/0/inbox/id/AQQk',
      'outlook:outlook.live.com/0',
      'Outlook 1 (outlook.live.com/0)',
    ],
    [
      'https://outlook.office.com/mail/1/inbox',
      'outlook:outlook.office.com/1',
      'Outlook 2 (outlook.office.com/1)',
    ],
  ])('%s is %s', (url, id, label) => {
    expect(accountOf(url)).toMatchObject({ id, label, address: null });
  });

  it('is the signed-in address where the page tells it', () => {
    expect(accountOf('https://mail.google.com/mail/u/1/', 'Li.Wei@Example.com')?.id).toBe(
      'gmail:li.wei@example.com',
    );
  });

  it('is no account on any other site', () => {
    expect(accountOf('https://example.com/mail/u/0/')).toBeNull();
    expect(accountOf('not a url')).toBeNull();
  });
});

describe('keys', () => {
  it('finds the thread of a message key', () => {
    expect(threadKeyOf('gmail:thread-f:1791/msg-f:1791')).toBe('gmail:thread-f:1791');
    expect(threadKeyOf('outlook:AQQk/a+b=/#0')).toBe('outlook:AQQk/a+b=');
  });

  it('reduces a typed website to its domain', () => {
    expect(normalDomain(' https://www.Kessler.de/en/ ')).toBe('kessler.de');
  });
});
