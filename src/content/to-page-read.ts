import type { PageReading } from '../adapters/page-reading.ts';
import { toMailMessage } from '../adapters/to-mail-message.ts';
import type { PageRead } from '../messages/content-to-background.ts';

// Thread and message ids identify the open message across Gmail's redraws; the position in
// the thread stands in when a collapsed message carries no id.
export function messageKeyOf(reading: PageReading): string | null {
  const thread = reading.thread?.id ?? reading.thread?.legacyId;
  const open = reading.openMessage;
  if (!thread || !open) {
    return null;
  }

  return `${reading.client}:${thread}/${open.id ?? open.legacyId ?? `#${open.index}`}`;
}

export function toPageRead(reading: PageReading, url: string): PageRead {
  const message = reading.status === 'unreadable' ? null : toMailMessage(reading);
  const messageKey = messageKeyOf(reading);

  if (!message || !messageKey) {
    const failed = reading.failed.length > 0 ? reading.failed : ['openMessage'];
    return { type: 'page-read', url, reading: { status: 'unreadable', failed } };
  }

  const status = reading.status === 'ok' ? 'ok' : 'degraded';
  return { type: 'page-read', url, reading: { status, messageKey, message } };
}
