import { allMatches } from '../text/find.ts';
import { DURATION } from './patterns.ts';
import { TOPIC_WORDS, TOPICS, type Topic } from './topic-words.ts';

export { TOPICS, type Topic } from './topic-words.ts';

// A draft answers some topics with figures rather than the buyer's words: "25 days after
// deposit" answers "when can you deliver?" (and "USD 3.20/pc" answers "how much?", a price
// pattern on both sides).
const ANSWERED_TOO: Partial<Record<Topic, RegExp[]>> = {
  'lead-time': [new RegExp(DURATION, 'iu')],
};

export function topicsIn(text: string): Topic[] {
  return TOPICS.filter((topic) => TOPIC_WORDS[topic].some((pattern) => pattern.test(text)));
}

export function keywordsIn(text: string, topics: readonly Topic[]): string[] {
  const found = topics.flatMap((topic) =>
    TOPIC_WORDS[topic].flatMap((pattern) => allMatches(text, pattern, 3)),
  );

  return [...new Set(found.map((word) => word.toLowerCase()))];
}

export function topicAnswered(topic: Topic, draft: string): boolean {
  const patterns = [...TOPIC_WORDS[topic], ...(ANSWERED_TOO[topic] ?? [])];
  return patterns.some((pattern) => pattern.test(draft));
}
