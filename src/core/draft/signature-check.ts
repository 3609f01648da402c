import type { DraftProfile, PlainCheck } from './check-types.ts';
import { oneOf } from './patterns.ts';

// method.md section 3: a reply without full contact details is one reason quotes go unanswered.
// The five parts are looked for in the signature block the draft ends with.

type Part = 'name' | 'company' | 'phone' | 'email' | 'website';

const DIGITS = '\\d[\\d\\s().-]{6,}\\d';
const PHONE = new RegExp(
  oneOf(
    `(?:\\+|00)\\s?\\d{1,3}[\\s().-]*${DIGITS}`,
    `(?:tel|phone|mob(?:ile)?|cell|whats ?app|wechat|手机|电话)\\.?\\s*[:：]?\\s*\\+?${DIGITS}`,
  ),
  'i',
);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const DOMAIN = '[\\w-]+(?:\\.[\\w-]+)+';
const WEBSITE = new RegExp(
  oneOf(
    `(?:https?:\\/\\/|www\\.)${DOMAIN}`,
    `(?:web(?:site)?|url|site)\\s*[:：]\\s*${DOMAIN}`,
    // A bare domain on a line of its own: "hongda-valves.com".
    '^\\s*[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|cn|net|org|biz|co|hk|tw)\\/?\\s*$',
  ),
  'im',
);
const COMPANY = new RegExp(
  oneOf(
    '\\b(?:Co\\.?,?\\s*Ltd|Ltd|Limited|Inc|LLC|GmbH|Corp(?:oration)?|Company)\\b',
    '\\b(?:Industr(?:y|ial|ies)|Manufactur\\w+|Trading|Group|Factory|Technolog(?:y|ies))\\b',
    '有限公司|公司',
  ),
  'i',
);
const NOT_A_NAME = /^(?:hi|hello|dear|thanks?|thank you|regards|best|cheers|sincerely|saludos)\b/i;
// One to four capitalised words, or a Chinese name.
const NAME_LINE = /^(?:\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){0,3}|\p{Script=Han}{2,4})$/u;

export function signatureCheck(signature: string, profile: DraftProfile): PlainCheck {
  const lines = signature
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const has: Record<Part, boolean> = {
    name: hasName(lines, profile),
    company: hasCompany(signature, profile),
    phone: PHONE.test(signature),
    email: EMAIL.test(signature),
    website: WEBSITE.test(signature.replace(EMAIL, ' ')),
  };

  const absent = (Object.keys(has) as Part[]).filter((part) => !has[part]);
  const detail =
    absent.length === 0 ? 'name, company, phone, email, website' : `missing ${absent.join(', ')}`;
  return { id: 'signature', ok: absent.length === 0, detail };
}

function hasName(lines: string[], profile: DraftProfile): boolean {
  const own = profile.senderName?.trim();
  if (own) return lines.some((line) => line.toLowerCase().includes(own.toLowerCase()));

  return lines.slice(0, 3).some(isNameLine);
}

// "Linda Wang | Sales Manager" and "Linda Wang (王琳)": the name is what precedes the mark.
function isNameLine(line: string): boolean {
  const name = line.split(/\s*[(|/,]\s*/)[0] ?? '';
  if (!NAME_LINE.test(name) || NOT_A_NAME.test(name)) return false;

  return !COMPANY.test(name) && !/[@\d]/.test(name);
}

function hasCompany(signature: string, profile: DraftProfile): boolean {
  const own = profile.companyName.trim().toLowerCase();
  return own ? signature.toLowerCase().includes(own) : COMPANY.test(signature);
}
