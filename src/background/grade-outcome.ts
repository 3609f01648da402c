import { gradeMail } from '../core/grade.ts';
import type { MailContext, MailMessage } from '../core/message.ts';
import type { Outcome } from '../messages/tab-state.ts';
import { log } from '../platform/log.ts';
import { loadGradingSettings } from './settings.ts';

// A scorer failure must not leave the panel on the previous message: it becomes an outcome
// the panel shows ("could not grade this message"), and the error goes to the log.
// `book`: what the prospect book knows of the sender and thread (book/grading-context.ts).
export async function gradeOutcome(
  message: MailMessage,
  force: boolean,
  book: Partial<MailContext> = {},
): Promise<Outcome> {
  const { context, profile } = await loadGradingSettings();

  try {
    const grade = gradeMail(message, { context: { ...context, ...book }, profile, force });
    return { status: 'graded', grade, forced: force };
  } catch (error) {
    log.error('grading failed', error);
    const text = error instanceof Error ? error.message : String(error);
    return { status: 'grade-failed', error: { code: 'grade-failed', message: text, issues: [] } };
  }
}
