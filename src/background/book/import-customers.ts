import { accountOf } from '../../db/accounts.ts';
import type { BookDb } from '../../db/book-db.ts';
import { domainKey, emailKey } from '../../db/keys.ts';
import type { ProspectRecord } from '../../db/records.ts';
import type { ImportReport } from '../../messages/panel-to-background.ts';
import { addActivity } from './activity.ts';
import type { CustomerRow, ParsedCustomers } from './customers-csv.ts';
import { newProspect, withKeys } from './prospects.ts';

// Imported customers join the account's book as existing customers: one already there (by
// address or domain) is marked a customer and keeps what the book knew; the rest are new.

async function existing(db: BookDb, account: string, row: CustomerRow) {
  const byEmail = await db.prospects
    .where('emailKeys')
    .anyOf(row.emails.map((email) => emailKey(account, email)))
    .first();
  if (byEmail) return byEmail;

  return db.prospects
    .where('domainKeys')
    .anyOf(row.domains.map((domain) => domainKey(account, domain)))
    .first();
}

function merged(prospect: ProspectRecord, row: CustomerRow, now: number): ProspectRecord {
  return withKeys({
    ...prospect,
    name: prospect.name ?? row.name,
    emails: [...prospect.emails, ...row.emails],
    domains: [...prospect.domains, ...row.domains],
    company: prospect.company ?? row.company,
    country: prospect.country ?? row.country,
    tags: [...new Set([...prospect.tags, ...row.tags])],
    notes: [prospect.notes, row.notes].filter(Boolean).join('\n'),
    customer: true,
    updatedAt: now,
  });
}

async function ensureAccount(db: BookDb, account: string, now: number): Promise<void> {
  if (await db.accounts.get(account)) return;

  // An account no mail was read in yet: only the mail host and index form is known.
  const [client, place] = account.split(':');
  const url = client === 'gmail' ? `https://${place?.replace('/u/', '/mail/u/')}/` : '';
  const ref = accountOf(url);
  if (!ref || ref.id !== account) throw new Error(`Unknown account ${account}`);

  await db.accounts.add({ ...ref, ownAddresses: [], createdAt: now });
}

export function importCustomers(
  db: BookDb,
  account: string,
  parsed: ParsedCustomers,
  now: number,
): Promise<ImportReport> {
  return db.transaction('rw', [db.accounts, db.prospects, db.activities], async () => {
    await ensureAccount(db, account, now);
    let added = 0;
    let updated = 0;

    for (const row of parsed.rows) {
      const found = await existing(db, account, row);
      const prospect = found
        ? merged(found, row, now)
        : newProspect(
            { account, source: 'csv', stage: 'ordered', customer: true, ...fields(row) },
            now,
          );
      await db.prospects.put(prospect);
      await addActivity(
        db,
        { account, prospectId: prospect.id, kind: 'imported', detail: `line ${row.line}` },
        now,
      );
      if (found) updated++;
      else added++;
    }

    return { added, updated, refused: parsed.refused };
  });
}

function fields(row: CustomerRow): Partial<ProspectRecord> {
  const { line: _line, ...rest } = row;
  return rest;
}
