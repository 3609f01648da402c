import type { Language } from '../../background/reminders/step-text.ts';
import type { ProspectStage } from '../../core/cadence/plan-types.ts';
import type { ActivityKind } from '../../db/records.ts';

// The Today view's words in the interface's two languages.
// TODO [2027-06-01]: move into _locales with the rest of the panel's text.

const WORDS = {
  heading: { en: 'Today', zh: '今日待办' },
  dueCount: { en: 'due', zh: '项到期' },
  nothingDue: {
    en: 'Nothing is due. Follow-ups appear here when they fall due.',
    zh: '暂无到期跟进。到期的跟进会显示在这里。',
  },
  more: { en: 'more not shown', zh: '项未显示' },
  done: { en: 'Done', zh: '完成' },
  snooze: { en: 'Snooze 1 h', zh: '推迟 1 小时' },
  open: { en: 'Open thread', zh: '打开邮件' },
  alert: { en: 'Past the response limit', zh: '已超回复时限' },
  late: { en: 'Late', zh: '已逾期' },
  callBy: { en: 'call before', zh: '请在此前致电' },
  buyer: { en: 'Buyer', zh: '客户' },
  stage: { en: 'Stage', zh: '阶段' },
  tags: { en: 'Tags', zh: '标签' },
  tagsHint: { en: 'comma-separated', zh: '用逗号分隔' },
  notes: { en: 'Notes', zh: '备注' },
  save: { en: 'Save', zh: '保存' },
  history: { en: 'History', zh: '记录' },
  inquiries: { en: 'Inquiries', zh: '询盘' },
  quotationSent: { en: 'Quotation sent', zh: '已发报价' },
  notInBook: { en: 'This buyer is not in the book yet.', zh: '该客户尚未记录。' },
  customer: { en: 'Existing customer', zh: '老客户' },
  next: { en: 'Next', zh: '下一步' },
  quoted: { en: 'quoted', zh: '已报价' },
  notQuoted: { en: 'not quoted yet', zh: '尚未报价' },
} as const;

export type Word = keyof typeof WORDS;

export const word = (key: Word, language: Language): string => WORDS[key][language];

const STAGES: Record<ProspectStage, Record<Language, string>> = {
  new: { en: 'New', zh: '新询盘' },
  quoted: { en: 'Quoted', zh: '已报价' },
  prospect: { en: 'Prospect', zh: '意向客户' },
  sampling: { en: 'Sampling', zh: '打样中' },
  negotiating: { en: 'Negotiating', zh: '谈判中' },
  ordered: { en: 'Ordered', zh: '已下单' },
  lost: { en: 'Lost', zh: '已流失' },
  dormant: { en: 'Dormant', zh: '休眠' },
};

export const stageText = (stage: ProspectStage, language: Language) => STAGES[stage][language];

const ACTIVITIES: Record<ActivityKind, Record<Language, string>> = {
  'inquiry-read': { en: 'Inquiry read', zh: '收到询盘' },
  'reply-read': { en: 'Buyer replied', zh: '客户回复' },
  'own-reply': { en: 'You wrote', zh: '您已回复' },
  'quotation-sent': { en: 'Quotation sent', zh: '已发报价' },
  'plan-changed': { en: 'Plan changed', zh: '跟进计划调整' },
  'step-done': { en: 'Follow-up done', zh: '跟进完成' },
  'step-snoozed': { en: 'Follow-up snoozed', zh: '跟进推迟' },
  imported: { en: 'Imported', zh: '已导入' },
  edited: { en: 'Edited', zh: '已编辑' },
};

export const activityText = (kind: ActivityKind, language: Language) => ACTIVITIES[kind][language];

// "3 hours ago", "in 20 minutes", in the interface's language.
export function relativeTime(instant: number, now: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(language === 'zh' ? 'zh-CN' : 'en', {
    numeric: 'auto',
  });
  const minutes = Math.round((instant - now) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');

  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');

  return format.format(Math.round(hours / 24), 'day');
}

export function localTime(instant: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}
