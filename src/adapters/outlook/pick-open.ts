import type { CardScan } from './read-card.ts';

// OWA shows the newest message on top or at the bottom, by user setting, and leaves unread
// older messages expanded too, so the open message is chosen by date, never by position
// (mail-clients.md §2.3).

export type OpenChoice = { open: CardScan | null; ambiguous: boolean };

type DayOrder = 'month-first' | 'day-first';

// "3/6/2026" is March 6 in en-US and June 3 in en-GB; both readings are tried and must agree.
const DAY_ORDERS: readonly DayOrder[] = ['month-first', 'day-first'];

export function pickOpen(cards: CardScan[]): OpenChoice {
  const candidates = cards.filter(({ summary }) => summary.expanded && !summary.isDraft);
  if (candidates.length <= 1) return { open: candidates[0] ?? null, ambiguous: false };

  const picks = new Set(DAY_ORDERS.map((order) => newest(candidates, cards, order)));
  picks.delete(null);
  const [only] = picks;
  if (picks.size === 1 && only) return { open: only, ambiguous: false };

  return { open: null, ambiguous: true };
}

function newest(candidates: CardScan[], cards: CardScan[], order: DayOrder): CardScan | null {
  const times = candidates.map(({ summary }) => dateValue(summary.date, order));
  const known = times.filter((time): time is number => time !== null);
  if (known.length === times.length) {
    const latest = Math.max(...known);
    const atLatest = known.filter((time) => time === latest);
    return atLatest.length === 1 ? (candidates[times.indexOf(latest)] ?? null) : null;
  }

  // §2.3: some dates unreadable (e.g. "Fri 9:58 PM"), so infer the order from the ends.
  const first = dateValue(cards[0]?.summary.date ?? null, order);
  const last = dateValue(cards.at(-1)?.summary.date ?? null, order);
  if (first === null || last === null || first === last) return null;

  return (first > last ? candidates[0] : candidates.at(-1)) ?? null;
}

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const YEAR_FIRST = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const DOTTED = /(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const SLASHED = /(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const CLOCK = /(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\.?)?/i;

// English and German weekday abbreviations, as OWA writes them before the date.
const WEEKDAYS = new Map(
  ['sun mon tue wed thu fri sat', 'so mo di mi do fr sa'].flatMap((names) =>
    names.split(' ').map((name, day) => [name, day] as const),
  ),
);

type Day = { year: number; month: number; day: number };

// Minutes since the epoch of the shown local time; null when the string is not a full date
// or its weekday contradicts it. Every date on one page shares a zone, so this orders them.
export function dateValue(raw: string | null, order: DayOrder): number | null {
  if (!raw) return null;

  const text = raw.replace(BIDI_MARKS, '').replace(/[\u00a0\u202f]/g, ' ');
  const day = calendarDay(text, order);
  const minutes = clockMinutes(text);
  if (!day || minutes === null) return null;

  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  if (date.getUTCMonth() !== day.month - 1 || date.getUTCDate() !== day.day) return null;
  if (!weekdayAgrees(text, date.getUTCDay())) return null;

  return date.getTime() / 60_000 + minutes;
}

function calendarDay(text: string, order: DayOrder): Day | null {
  const parts = (match: RegExpExecArray | null, at: [number, number, number]): Day | null =>
    match
      ? { year: Number(match[at[0]]), month: Number(match[at[1]]), day: Number(match[at[2]]) }
      : null;

  return (
    parts(YEAR_FIRST.exec(text), [1, 2, 3]) ??
    parts(DOTTED.exec(text), [3, 2, 1]) ??
    parts(SLASHED.exec(text), order === 'month-first' ? [3, 1, 2] : [3, 2, 1])
  );
}

function clockMinutes(text: string): number | null {
  const match = CLOCK.exec(text);
  if (!match) return null;

  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (minute > 59 || hour > (half ? 12 : 23) || (half && hour === 0)) return null;

  const hour24 = half ? (hour % 12) + (half === 'p' ? 12 : 0) : hour;
  return hour24 * 60 + minute;
}

function weekdayAgrees(text: string, weekday: number): boolean {
  const word = /^\p{L}+/u.exec(text.trim())?.[0].toLowerCase() ?? '';
  const named = WEEKDAYS.get(word) ?? WEEKDAYS.get(word.slice(0, 3));

  return named === undefined || named === weekday;
}
