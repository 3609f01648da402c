import type { Grade } from '../../core/grade-types.ts';
import type { MailContext, MailMessage } from '../../core/message.ts';
import { accountOf } from '../../db/accounts.ts';
import { bookDb } from '../../db/book-db.ts';
import type { TabState } from '../../messages/tab-state.ts';
import { log } from '../../platform/log.ts';
import { loadGradingSettings } from '../settings.ts';
import { bookChanged } from './after-change.ts';
import { sellerTimeZone } from './clock.ts';
import { gradingContext } from './grading-context.ts';
import { recordReading } from './record-reading.ts';

// Where reading mail meets the book. Neither hook may cost the user their grade: a book that
// cannot be opened (a browser without IndexedDB, a broken profile) grades without it.

export async function bookContextFor(
  url: string,
  messageKey: string,
  message: MailMessage,
): Promise<Partial<MailContext>> {
  const account = accountOf(url);
  if (!account) return {};

  try {
    const { context } = await loadGradingSettings();
    return await gradingContext(bookDb(), {
      account,
      messageKey,
      message,
      ownDomains: context.ownDomains ?? [],
    });
  } catch (error) {
    log.error('reading the book for grading', error);
    return {};
  }
}

function gradeOf(state: TabState): Grade | null {
  return state.outcome.status === 'graded' ? state.outcome.grade : null;
}

export async function recordTabState(state: TabState, now: number): Promise<boolean> {
  const account = accountOf(state.url);
  const grade = gradeOf(state);
  if (!account || !grade || !state.message || !state.messageKey) return false;

  try {
    const { context } = await loadGradingSettings();
    const reading = {
      account,
      url: state.url,
      messageKey: state.messageKey,
      message: state.message,
      grade,
      ownDomains: context.ownDomains ?? [],
    };
    const changed = await recordReading(bookDb(), reading, {
      now,
      sellerTimeZone: sellerTimeZone(),
    });
    if (changed) await bookChanged(now);
    return changed;
  } catch (error) {
    log.error('recording a message in the book', error);
    return false;
  }
}
