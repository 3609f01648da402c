// Keys are random UUIDs, never auto-increment numbers, so two books can later merge (a team
// syncing) without two records claiming one key.
export const newId = (): string => crypto.randomUUID();

export const normalEmail = (email: string): string => email.trim().toLowerCase();

export const normalDomain = (domain: string): string =>
  domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '');

// Multi-entry index values that carry the account, so a lookup never crosses accounts.
export const emailKey = (account: string, email: string): string =>
  `${account}|${normalEmail(email)}`;

export const domainKey = (account: string, domain: string): string =>
  `${account}|${normalDomain(domain)}`;

// "gmail:thread-f:1790…/msg-f:1790…" -> "gmail:thread-f:1790…": the thread a message is in.
// Gmail's ids hold no slash; Outlook's base64 ids may, so there the last slash is taken: a
// message id with a slash then misses its thread (the buyer's book still finds it) rather
// than two conversations sharing one key.
// TODO [2027-06-01]: have the content script send the thread key beside the message key.
export function threadKeyOf(messageKey: string): string {
  const slash = messageKey.startsWith('outlook:')
    ? messageKey.lastIndexOf('/')
    : messageKey.indexOf('/');
  return slash < 0 ? messageKey : messageKey.slice(0, slash);
}
