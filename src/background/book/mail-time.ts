import { TZDate } from '@date-fns/tz';

// When a message was written, as an instant. Pages give the account's local time without a
// zone ("2026-03-02T09:15:00"), read in the seller's zone; files give an offset. A date the
// reader could not parse, or one in the future (a wrong zone), gives the time it was seen.
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function messageTime(date: string | null, timeZone: string, seenAt: number): number {
  if (!date) return seenAt;

  const local = LOCAL.exec(date);
  const parsed = local
    ? new TZDate(
        Number(local[1]),
        Number(local[2]) - 1,
        Number(local[3]),
        Number(local[4]),
        Number(local[5]),
        Number(local[6] ?? 0),
        timeZone,
      ).getTime()
    : Date.parse(date);

  return Number.isFinite(parsed) && parsed <= seenAt ? parsed : seenAt;
}
