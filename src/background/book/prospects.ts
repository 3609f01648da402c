import type { InquiryClass } from '../../core/grade-types.ts';
import { isFreeMail } from '../../core/text/domains.ts';
import type { BookDb } from '../../db/book-db.ts';
import { domainKey, emailKey, newId, normalDomain, normalEmail } from '../../db/keys.ts';
import type { ProspectRecord } from '../../db/records.ts';
import type { Writer } from './identity.ts';

// A buyer is found by address first; a customer imported by company domain only also takes
// in a colleague writing from that domain. A free-mail domain names no one and finds nobody.

export async function prospectByEmail(
  db: BookDb,
  account: string,
  email: string,
): Promise<ProspectRecord | undefined> {
  return db.prospects.where('emailKeys').equals(emailKey(account, email)).first();
}

export async function customerByDomain(
  db: BookDb,
  account: string,
  domain: string | null,
): Promise<ProspectRecord | undefined> {
  if (!domain || isFreeMail(domain)) return undefined;

  const listed = await db.prospects
    .where('domainKeys')
    .equals(domainKey(account, domain))
    .toArray();
  return listed.find(isCustomer);
}

export const isCustomer = (prospect: ProspectRecord): boolean =>
  prospect.customer || prospect.stage === 'ordered';

export async function findBuyer(
  db: BookDb,
  account: string,
  writer: Pick<Writer, 'email' | 'registrable'>,
): Promise<ProspectRecord | undefined> {
  const byEmail = writer.email ? await prospectByEmail(db, account, writer.email) : undefined;
  return byEmail ?? customerByDomain(db, account, writer.registrable);
}

export function withKeys(prospect: ProspectRecord): ProspectRecord {
  const emails = [...new Set(prospect.emails.map(normalEmail))];
  const domains = [...new Set(prospect.domains.map(normalDomain))];

  return {
    ...prospect,
    emails,
    domains,
    emailKeys: emails.map((email) => emailKey(prospect.account, email)),
    domainKeys: domains.map((domain) => domainKey(prospect.account, domain)),
  };
}

type NewProspect = Partial<ProspectRecord> & Pick<ProspectRecord, 'account' | 'source'>;

export function newProspect(fields: NewProspect, now: number): ProspectRecord {
  return withKeys({
    id: newId(),
    name: null,
    emails: [],
    domains: [],
    company: null,
    country: null,
    class: null,
    stage: 'new',
    tags: [],
    notes: '',
    customer: false,
    createdAt: now,
    updatedAt: now,
    emailKeys: [],
    domainKeys: [],
    ...fields,
  });
}

// The buyer of a new inquiry: found, with the address added when found by domain, or new.
export async function prospectForInquiry(
  db: BookDb,
  account: string,
  writer: Writer,
  inquiryClass: InquiryClass,
  now: number,
): Promise<ProspectRecord> {
  const found = await findBuyer(db, account, writer);
  if (!found) {
    const prospect = newProspect(
      {
        account,
        source: 'mail',
        name: writer.name,
        emails: writer.email ? [writer.email] : [],
        domains: writer.registrable && !writer.freeMail ? [writer.registrable] : [],
        country: writer.country,
        class: inquiryClass,
      },
      now,
    );
    await db.prospects.add(prospect);
    return prospect;
  }

  const updated = withKeys({
    ...found,
    name: found.name ?? writer.name,
    emails: writer.email ? [...found.emails, writer.email] : found.emails,
    country: found.country ?? writer.country,
    class: inquiryClass,
    updatedAt: now,
  });
  await db.prospects.put(updated);
  return updated;
}
