import type { Address, MailMessage } from '../core/message.ts';
import type { PagePerson, PageReading } from './page-reading.ts';

// A page reading becomes the core's one mail shape, so the scorer never knows it came from a page.

export function toMailMessage(reading: PageReading): MailMessage | null {
  const open = reading.openMessage;
  if (reading.status === 'unreadable' || !open) return null;

  return {
    from: address(open.from),
    replyTo: (open.replyTo ?? []).map(address),
    // Gmail's header line mixes To and Cc; without the split, everyone shown counts as To.
    to: (open.to ?? open.recipients).map(address),
    cc: (open.cc ?? []).map(address),
    subject: reading.thread?.subject ?? '',
    date: parsePageDate(open.date),
    bodyText: open.bodyText,
    signatureText: open.signatureText,
    quotedText: open.quotedText,
    attachments: open.attachments.map((name) => ({ name })),
    links: open.links.map((link) => ({ ...link })),
  };
}

function address(person: PagePerson): Address {
  return { name: person.name, email: person.email };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// "Tue, Mar 3, 2026, 9:41 AM" (en-US) and "Tue, 3 Mar 2026, 09:41" (en-GB); Chrome may put a
// narrow no-break space before AM/PM.
const US = /^(?:(\w{3}),? )?(\w{3}) (\d{1,2}), (\d{4})(?:,| at) (\d{1,2}):(\d{2}) ?([AP]M)$/i;
const GB = /^(?:(\w{3}),? )?(\d{1,2}) (\w{3}) (\d{4})(?:,| at) (\d{1,2}):(\d{2})()$/i;

type DateParts = { weekday?: string; month?: string; day?: string; year?: string };
type TimeParts = { hour?: string; minute?: string; half?: string };

// The page shows the account's local time without a zone, so the answer is a local ISO time
// with no offset. Any other locale or an inconsistent weekday gives null: never invented.
export function parsePageDate(raw: string | null): string | null {
  if (!raw) return null;

  const text = raw.replace(/[\u00a0\u202f\s]+/g, ' ').trim();
  const us = US.exec(text);
  const gb = us ? null : GB.exec(text);
  if (us) return build({ weekday: us[1], month: us[2], day: us[3], year: us[4] }, timeOf(us));
  if (gb) return build({ weekday: gb[1], day: gb[2], month: gb[3], year: gb[4] }, timeOf(gb));

  return null;
}

function timeOf(match: RegExpExecArray): TimeParts {
  return { hour: match[5], minute: match[6], half: match[7] };
}

function build(date: DateParts, time: TimeParts): string | null {
  const month = MONTHS.indexOf((date.month ?? '').toLowerCase());
  const day = Number(date.day);
  const year = Number(date.year);
  const hour = hour24(Number(time.hour), (time.half ?? '').toUpperCase());
  const minute = Number(time.minute);
  if (month < 0 || hour === null || minute > 59) return null;

  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  if (date.weekday && WEEKDAYS[check.getUTCDay()] !== date.weekday.toLowerCase()) return null;

  const pad = (value: number) => String(value).padStart(2, '0');
  return `${year}-${pad(month + 1)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
}

function hour24(hour: number, half: string): number | null {
  if (half === '') return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;

  return (hour % 12) + (half === 'PM' ? 12 : 0);
}
