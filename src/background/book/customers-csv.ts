import { getAllCountries } from 'countries-and-timezones';
import { parse } from 'papaparse';
import { z } from 'zod';
import { normalDomain, normalEmail } from '../../db/keys.ts';

// The seller's customer list, as a spreadsheet exports it: one customer a row, a header row
// in English or Chinese, several addresses or domains in one cell. Every row is checked; a
// row that fails is refused with its reasons, and the others still come in.

export type CustomerRow = {
  line: number;
  name: string | null;
  emails: string[];
  domains: string[];
  company: string | null;
  country: string | null;
  tags: string[];
  notes: string;
};

export type Refusal = { line: number; reasons: string[] };

export type ParsedCustomers = { rows: CustomerRow[]; refused: Refusal[] };

export class CustomerFileError extends Error {
  override name = 'CustomerFileError';
}

type Field = 'name' | 'emails' | 'addresses' | 'domains' | 'company' | 'country' | 'tags' | 'notes';

const HEADERS: Record<Field, readonly string[]> = {
  name: ['name', 'contact', 'contactname', 'fullname', 'buyer', '姓名', '联系人', '客户姓名'],
  emails: [
    'email',
    'emails',
    'e-mail',
    'mail',
    'emailaddress',
    '邮箱',
    '电子邮件',
    '邮件地址',
    '邮箱地址',
  ],
  // Email addresses only where no column says "email": beside one, it is a postal address.
  addresses: ['address', 'addresses', '地址'],
  domains: ['domain', 'domains', 'website', 'web', 'site', 'url', '域名', '网站', '网址'],
  company: [
    'company',
    'companyname',
    'organisation',
    'organization',
    'customer',
    '公司',
    '公司名称',
    '客户',
    '客户名称',
  ],
  country: ['country', 'countrycode', '国家', '国家/地区', '国家地区'],
  tags: ['tags', 'tag', 'labels', 'label', '标签'],
  notes: ['notes', 'note', 'remarks', 'comment', 'comments', '备注', '说明'],
};

const headerKey = (header: string) =>
  header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '');

function fieldOf(header: string): Field | null {
  const key = headerKey(header);
  const found = Object.entries(HEADERS).find(([, names]) => names.includes(key));
  return found ? (found[0] as Field) : null;
}

const COUNTRY_BY_NAME = new Map(
  Object.values(getAllCountries()).map((country) => [country.name.toLowerCase(), country.id]),
);
const COUNTRY_CODES = new Set<string>(COUNTRY_BY_NAME.values());

function countryCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code === 'UK') return 'GB';
  if (COUNTRY_CODES.has(code)) return code;

  return COUNTRY_BY_NAME.get(value.trim().toLowerCase()) ?? null;
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const emailSchema = z.email();

const cell = z.string().trim().max(2000, 'a cell is longer than 2,000 characters');
const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

const rowSchema = z
  .object({
    name: cell.default(''),
    emails: cell.default(''),
    domains: cell.default(''),
    company: cell.default(''),
    country: cell.default(''),
    tags: cell.default(''),
    notes: z.string().max(20_000).default(''),
  })
  .transform((raw, context) => {
    const emails = list(raw.emails, /[;,\s]+/).map(normalEmail);
    const domains = list(raw.domains, /[;,\s]+/).map(normalDomain);

    for (const email of emails) {
      if (!emailSchema.safeParse(email).success) {
        context.addIssue({ code: 'custom', message: `"${email}" is not an email address` });
      }
    }

    for (const domain of domains) {
      if (!DOMAIN.test(domain)) {
        context.addIssue({ code: 'custom', message: `"${domain}" is not a domain name` });
      }
    }

    if (emails.length === 0 && domains.length === 0) {
      context.addIssue({ code: 'custom', message: 'no email address or domain' });
    }

    const country = raw.country ? countryCode(raw.country) : null;
    if (raw.country && !country) {
      context.addIssue({ code: 'custom', message: `"${raw.country}" is not a country` });
    }

    return {
      name: raw.name || null,
      emails,
      domains,
      company: raw.company || null,
      country,
      tags: list(raw.tags, /[;,，；]/),
      notes: raw.notes.trim(),
    };
  });

type RowFields = Partial<Record<Exclude<Field, 'addresses'>, string>>;

function rowFields(row: Record<string, string>, addressesAreEmails: boolean): RowFields {
  const fields: RowFields = {};
  for (const [header, value] of Object.entries(row)) {
    const named = fieldOf(header);
    const field = named === 'addresses' ? (addressesAreEmails ? 'emails' : null) : named;
    if (field && value !== undefined)
      fields[field] = fields[field] ? `${fields[field]};${value}` : value;
  }

  return fields;
}

// The same address twice in one file is one customer typed twice: the first row counts.
function refuseRepeats(rows: CustomerRow[]): { rows: CustomerRow[]; refused: Refusal[] } {
  const firstLine = new Map<string, number>();
  const kept: CustomerRow[] = [];
  const refused: Refusal[] = [];

  for (const row of rows) {
    const repeated = row.emails.find((email) => firstLine.has(email));
    if (repeated) {
      refused.push({
        line: row.line,
        reasons: [`${repeated} is already on line ${firstLine.get(repeated)}`],
      });
      continue;
    }

    for (const email of row.emails) firstLine.set(email, row.line);
    kept.push(row);
  }

  return { rows: kept, refused };
}

export function parseCustomersCsv(text: string): ParsedCustomers {
  const parsed = parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const headers = parsed.meta.fields ?? [];
  const fields = headers.map(fieldOf);
  const addressesAreEmails = !fields.includes('emails');
  if (!fields.includes('emails') && !fields.includes('addresses') && !fields.includes('domains')) {
    throw new CustomerFileError(
      `No column of email addresses or domains. Columns found: ${headers.join(', ') || 'none'}`,
    );
  }

  const rowErrors = new Map<number, string[]>();
  for (const error of parsed.errors) {
    if (error.row === undefined) continue;
    rowErrors.set(error.row, [...(rowErrors.get(error.row) ?? []), error.message]);
  }

  const rows: CustomerRow[] = [];
  const refused: Refusal[] = [];
  parsed.data.forEach((row, index) => {
    // The header is line 1; a cell spanning lines shifts later numbers, as in Excel's view.
    const line = index + 2;
    const result = rowSchema.safeParse(rowFields(row, addressesAreEmails));
    const reasons = [
      ...(rowErrors.get(index) ?? []),
      ...(result.success ? [] : result.error.issues.map((issue) => issue.message)),
    ];
    if (reasons.length > 0 || !result.success) {
      refused.push({ line, reasons });
      return;
    }

    rows.push({ line, ...result.data });
  });

  const unique = refuseRepeats(rows);
  return {
    rows: unique.rows,
    refused: [...refused, ...unique.refused].sort((a, b) => a.line - b.line),
  };
}
