import { unparse } from 'papaparse';
import type { BookDb } from '../../db/book-db.ts';
import type { FollowUpRecord, InquiryRecord, ProspectRecord } from '../../db/records.ts';
import { type Language, stepText } from '../reminders/step-text.ts';

// Spreadsheets of the book. Excel reads a CSV file as the system's ANSI code page unless it
// starts with a UTF-8 byte order mark; with it, Chinese names and notes open as written.
// Cells that start like a formula (=, +, -, @) are escaped: a buyer's name is never run.

const BOM = '\uFEFF';

const HEADERS = {
  prospects: {
    en: [
      'Name',
      'Email',
      'Company',
      'Country',
      'Class',
      'Stage',
      'Customer',
      'Tags',
      'Notes',
      'Account',
      'Updated',
    ],
    zh: [
      '姓名',
      '邮箱',
      '公司',
      '国家',
      '等级',
      '阶段',
      '老客户',
      '标签',
      '备注',
      '账户',
      '更新时间',
    ],
  },
  followUps: {
    en: [
      'Due',
      'Status',
      'Step',
      'Name',
      'Email',
      'Company',
      'Class',
      'Subject',
      'Thread',
      'Account',
    ],
    zh: [
      '到期时间',
      '状态',
      '跟进事项',
      '姓名',
      '邮箱',
      '公司',
      '等级',
      '主题',
      '邮件链接',
      '账户',
    ],
  },
} as const;

const STATUS: Record<FollowUpRecord['status'], Record<Language, string>> = {
  pending: { en: 'to do', zh: '待办' },
  done: { en: 'done', zh: '已完成' },
  cancelled: { en: 'replaced', zh: '已取消' },
};

// "2026-03-09 09:30" in the seller's zone: Excel reads it as a date and time.
export function localStamp(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

function toCsv(fields: readonly string[], rows: (string | number)[][]): string {
  return (
    BOM + unparse({ fields: [...fields], data: rows }, { escapeFormulae: true, newline: '\r\n' })
  );
}

export async function prospectsCsv(
  db: BookDb,
  language: Language,
  timeZone: string,
): Promise<string> {
  const prospects = await db.prospects.orderBy('updatedAt').reverse().toArray();
  const yes = language === 'zh' ? '是' : 'yes';

  return toCsv(
    HEADERS.prospects[language],
    prospects.map((prospect: ProspectRecord) => [
      prospect.name ?? '',
      prospect.emails.join('; '),
      prospect.company ?? '',
      prospect.country ?? '',
      prospect.class ?? '',
      prospect.stage,
      prospect.customer ? yes : '',
      prospect.tags.join('; '),
      prospect.notes,
      prospect.account,
      localStamp(prospect.updatedAt, timeZone),
    ]),
  );
}

export async function followUpsCsv(
  db: BookDb,
  language: Language,
  timeZone: string,
): Promise<string> {
  const steps = await db.followUps.toArray();
  steps.sort((a, b) => a.dueAt - b.dueAt);
  const prospects = new Map((await db.prospects.toArray()).map((p) => [p.id, p]));
  const inquiries = new Map(
    (await db.inquiries.toArray()).map((i): [string, InquiryRecord] => [i.id, i]),
  );

  return toCsv(
    HEADERS.followUps[language],
    steps.map((step) => {
      const prospect = prospects.get(step.prospectId);
      const inquiry = inquiries.get(step.inquiryId);
      return [
        localStamp(step.snoozedUntil ?? step.dueAt, timeZone),
        STATUS[step.status][language],
        stepText(step, language),
        prospect?.name ?? '',
        prospect?.emails[0] ?? '',
        prospect?.company ?? '',
        inquiry?.class ?? '',
        inquiry?.subject ?? '',
        step.threadUrl,
        step.account,
      ];
    }),
  );
}
