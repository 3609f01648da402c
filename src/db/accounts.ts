import type { AccountRecord } from './records.ts';

// The mailbox account a page belongs to: its signed-in address where the page tells it,
// otherwise the mail host and the account's index in the URL (Gmail's /mail/u/1/, Outlook's
// /mail/1/), which is what tells two accounts apart in one browser.

export type AccountRef = Pick<AccountRecord, 'id' | 'client' | 'host' | 'address' | 'label'>;

const OUTLOOK_HOSTS = /(^|\.)(outlook\.(office|office365|live)\.com|outlook\.cloud\.microsoft)$/;

function indexIn(pathname: string, pattern: RegExp): number {
  const found = pattern.exec(pathname);
  return found ? Number(found[1]) : 0;
}

export function accountOf(url: string, address: string | null = null): AccountRef | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }

  const host = parsed.hostname.toLowerCase();
  const client = host === 'mail.google.com' ? 'gmail' : OUTLOOK_HOSTS.test(host) ? 'outlook' : null;
  if (!client) return null;

  const index =
    client === 'gmail'
      ? indexIn(parsed.pathname, /^\/mail\/u\/(\d+)\//)
      : indexIn(parsed.pathname, /^\/mail\/(\d+)\//);
  const place = client === 'gmail' ? `${host}/u/${index}` : `${host}/${index}`;
  const email = address?.trim().toLowerCase() || null;
  const name = client === 'gmail' ? 'Gmail' : 'Outlook';

  return {
    id: email ? `${client}:${email}` : `${client}:${place}`,
    client,
    host,
    address: email,
    label: email ? `${name} ${email}` : `${name} ${index + 1} (${place})`,
  };
}

// Where a user who has not opened any mail yet most likely keeps their customers.
export const FIRST_GMAIL_ACCOUNT = 'https://mail.google.com/mail/u/0/';
