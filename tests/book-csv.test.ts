import { describe, expect, it } from 'vitest';
import { CustomerFileError, parseCustomersCsv } from '../src/background/book/customers-csv.ts';
import { gradingContext } from '../src/background/book/grading-context.ts';
import { importCustomers } from '../src/background/book/import-customers.ts';
import { recordReading } from '../src/background/book/record-reading.ts';
import { gradeMail } from '../src/core/grade.ts';
import {
  ACCOUNT,
  buyerInquiry,
  inquiryGrade,
  moment,
  OWN_DOMAINS,
  reading,
  testBook,
} from './db/support.ts';

// The seller's customer list from a spreadsheet: rows checked one by one, refused rows
// reported with their reasons, and the customers' next inquiries graded as existing customers'.

const BOM = '\uFEFF';

const LIST = `${BOM}Name,Email,Domain,Company,Country,Tags
Hans Keller,hans.keller@kessler-armaturen.de,,Kessler Armaturen GmbH,Germany,"key account; DIN"
Maria Lopez,,sonidistribucion.es,Soni Distribución,ES,
No Contact,,,Nobody Ltd,DE,
Bad Mail,maria@,notadomain,Broken SA,Atlantis,
Hans again,HANS.KELLER@kessler-armaturen.de,,,,
`;

describe('a customer list in CSV', () => {
  it('takes the good rows and refuses the rest with reasons and line numbers', () => {
    const parsed = parseCustomersCsv(LIST);

    expect(
      parsed.rows.map((row) => [
        row.line,
        row.name,
        row.emails,
        row.domains,
        row.country,
        row.tags,
      ]),
    ).toEqual([
      [2, 'Hans Keller', ['hans.keller@kessler-armaturen.de'], [], 'DE', ['key account', 'DIN']],
      [3, 'Maria Lopez', [], ['sonidistribucion.es'], 'ES', []],
    ]);
    expect(parsed.refused).toEqual([
      { line: 4, reasons: ['no email address or domain'] },
      {
        line: 5,
        reasons: [
          '"maria@" is not an email address',
          '"notadomain" is not a domain name',
          '"Atlantis" is not a country',
        ],
      },
      { line: 6, reasons: ['hans.keller@kessler-armaturen.de is already on line 2'] },
    ]);
  });

  it('reads Chinese headers, semicolons and several addresses in a cell', () => {
    const text =
      '姓名;邮箱;公司;国家;备注\n王芳;"wang@acme.example, fang@acme.example";Acme 公司;CN;老客户\n';
    const [row] = parseCustomersCsv(text).rows;

    expect(row).toMatchObject({
      name: '王芳',
      emails: ['wang@acme.example', 'fang@acme.example'],
      company: 'Acme 公司',
      country: 'CN',
      notes: '老客户',
    });
  });

  it('refuses a file with no column of addresses or domains as a whole', () => {
    expect(() => parseCustomersCsv('Name,Phone\nHans,+49 711\n')).toThrow(CustomerFileError);
    expect(() => parseCustomersCsv('Name,Phone\nHans,+49 711\n')).toThrow(
      /Columns found: Name, Phone/,
    );
  });

  it('reads an "address" column as email addresses only when no column says email', () => {
    expect(parseCustomersCsv('Name,Address\nHans,hans@kessler.de\n').rows[0]?.emails).toEqual([
      'hans@kessler.de',
    ]);
    expect(
      parseCustomersCsv('Name,Email,Address\nHans,hans@kessler.de,12 Main St\n').refused,
    ).toEqual([]);
  });
});

describe('imported customers', () => {
  it("make that customer's next inquiry an existing customer's", async () => {
    const db = testBook();
    const report = await importCustomers(
      db,
      ACCOUNT.id,
      parseCustomersCsv(LIST),
      moment('2026-03-01T08:00:00Z').now,
    );
    expect({
      added: report.added,
      updated: report.updated,
      refused: report.refused.length,
    }).toEqual({ added: 2, updated: 0, refused: 3 });

    const input = {
      account: ACCOUNT,
      messageKey: 'gmail:t1/m1',
      message: buyerInquiry,
      ownDomains: OWN_DOMAINS,
    };
    const context = await gradingContext(db, input);
    expect(context).toEqual({ knownCustomer: true, customerDomains: [] });

    const before = gradeMail(buyerInquiry, { context: { ownDomains: OWN_DOMAINS } });
    const after = gradeMail(buyerInquiry, { context: { ownDomains: OWN_DOMAINS, ...context } });
    const rules = (grade: typeof after) =>
      grade.kind === 'inquiry' ? grade.evidence.map((e) => e.ruleId) : [];
    expect(rules(before)).not.toContain('existing-customer');
    expect(rules(after)).toContain('existing-customer');
  });

  it('take in a colleague writing from an imported company domain', async () => {
    const db = testBook();
    await importCustomers(db, ACCOUNT.id, parseCustomersCsv(LIST), 0);
    const colleague = {
      ...buyerInquiry,
      from: { name: 'Pablo', email: 'pablo@sonidistribucion.es' },
    };

    expect(
      await gradingContext(db, {
        account: ACCOUNT,
        messageKey: 'k',
        message: colleague,
        ownDomains: [],
      }),
    ).toEqual({
      knownCustomer: true,
      customerDomains: ['sonidistribucion.es'],
    });
  });

  it('belong to the account they were imported into only', async () => {
    const db = testBook();
    await importCustomers(db, 'gmail:mail.google.com/u/1', parseCustomersCsv(LIST), 0);

    expect(
      await gradingContext(db, {
        account: ACCOUNT,
        messageKey: 'k',
        message: buyerInquiry,
        ownDomains: [],
      }),
    ).toEqual({});
  });

  it('mark a buyer the book already had as a customer, keeping what it knew', async () => {
    const db = testBook();
    await recordReading(
      db,
      reading('gmail:t1/m1', buyerInquiry, inquiryGrade('B')),
      moment('2026-03-02T09:05:00Z'),
    );
    const report = await importCustomers(db, ACCOUNT.id, parseCustomersCsv(LIST), 5);

    expect(report).toMatchObject({ added: 1, updated: 1 });
    const hans = (await db.prospects.toArray()).find((prospect) => prospect.name === 'Hans Keller');
    expect(hans).toMatchObject({
      customer: true,
      class: 'B',
      company: 'Kessler Armaturen GmbH',
      tags: ['key account', 'DIN'],
    });
  });
});
