import { createEvents, type EventAttributes } from 'ics';
import type { BookDb } from '../../db/book-db.ts';
import { type Language, stepText } from '../reminders/step-text.ts';

// Upcoming follow-ups as calendar events, for a calendar the seller already watches. Calls
// last until the buyer's office closes; emails get a quarter of an hour.

export const ICS_HORIZON_DAYS = 90;
const DAY_MS = 86_400_000;

export async function upcomingIcs(
  db: BookDb,
  now: number,
  language: Language,
  horizonDays = ICS_HORIZON_DAYS,
): Promise<string> {
  const steps = await db.followUps
    .where('pendingDueAt')
    .between(now, now + horizonDays * DAY_MS, true, true)
    .toArray();
  const prospects = await db.prospects.bulkGet(steps.map((step) => step.prospectId));
  const inquiries = await db.inquiries.bulkGet(steps.map((step) => step.inquiryId));

  const events: EventAttributes[] = steps.map((step, index) => {
    const prospect = prospects[index];
    const inquiry = inquiries[index];
    const who = prospect?.company ?? prospect?.name ?? prospect?.emails[0] ?? '';
    const start = step.pendingDueAt ?? step.dueAt;
    const minutes = step.callBy ? Math.max(15, Math.round((step.callBy - start) / 60_000)) : 15;

    return {
      uid: `${step.id}@inquiry-triage`,
      start,
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes },
      title: `${stepText(step, language)}: ${who}`,
      description: [inquiry?.subject ?? '', prospect?.emails.join(', ') ?? '', step.threadUrl]
        .filter(Boolean)
        .join('\n'),
      url: step.threadUrl,
      categories: ['Inquiry Triage'],
    };
  });

  const { error, value } = createEvents(events, {
    productId: 'inquiry-triage',
    calName: 'Follow-ups',
  });
  if (error || value === null) throw error ?? new Error('The calendar file could not be written');
  return value;
}
