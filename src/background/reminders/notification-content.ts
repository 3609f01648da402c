import { isOverdue } from '../../core/cadence/response-limit.ts';
import type { FollowUpRecord, InquiryRecord, ProspectRecord } from '../../db/records.ts';
import type { NotificationContent } from './ports.ts';
import { type Language, stepText } from './step-text.ts';

export const NOTIFICATION_PREFIX = 'step:';
export const SUMMARY_NOTIFICATION = 'steps:summary';

export const notificationIdOf = (stepId: string) => `${NOTIFICATION_PREFIX}${stepId}`;

export const stepIdOfNotification = (id: string): string | null =>
  id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : null;

const TEXT = {
  done: { en: 'Done', zh: '完成' },
  snooze: { en: 'Snooze 1 hour', zh: '1 小时后提醒' },
  alert: { en: 'No answer yet, past the limit:', zh: '已超过回复时限：' },
  due: { en: 'Follow-up due:', zh: '到期跟进：' },
  more: { en: 'more follow-ups are due', zh: '条跟进已到期' },
  open: { en: 'Open the Today list', zh: '打开今日待办' },
} as const;

function buyerName(prospect: ProspectRecord | undefined): string {
  const name = prospect?.name ?? prospect?.emails[0] ?? '?';
  return prospect?.company ? `${name} (${prospect.company})` : name;
}

export type StepContext = {
  step: FollowUpRecord;
  prospect: ProspectRecord | undefined;
  inquiry: InquiryRecord | undefined;
};

// An unanswered A or B inquiry is the one reminder that must not wait: issue 7's alert.
export function isUnansweredAlert(
  { step, inquiry }: StepContext,
  sellerTimeZone: string,
  now: number,
): boolean {
  if (step.kind !== 'first-response' || !inquiry || inquiry.answeredAt !== null) return false;

  return isOverdue(new Date(inquiry.receivedAt), inquiry.class, sellerTimeZone, new Date(now));
}

export function stepNotification(
  context: StepContext,
  options: { language: Language; buttons: boolean; alert: boolean },
): NotificationContent {
  const { step, prospect, inquiry } = context;
  const { language, buttons, alert } = options;
  const lead = alert ? TEXT.alert[language] : TEXT.due[language];
  const grade = inquiry ? `${inquiry.class} · ` : '';

  return {
    title: `${lead} ${buyerName(prospect)}`,
    message: stepText(step, language),
    contextMessage: `${grade}${inquiry?.subject ?? ''}`,
    priority: alert ? 2 : 1,
    buttons: buttons ? [TEXT.done[language], TEXT.snooze[language]] : [],
  };
}

export function summaryNotification(count: number, language: Language): NotificationContent {
  return {
    title: `${count} ${TEXT.more[language]}`,
    message: TEXT.open[language],
    contextMessage: '',
    priority: 1,
    buttons: [],
  };
}
