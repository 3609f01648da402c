import type { BuyerRequest } from './buyer-requests.ts';
import { topicAnswered } from './topics.ts';

// A request counts as answered when the draft speaks to every topic it raised and repeats every
// quantity and model number it named. Requests about nothing the lexicon knows ("do you have an
// agent in Spain?") fall back to the buyer's own content words.

const STOP_WORDS = new Set(
  [
    'about|also|what|which|when|where|your|have|does|with|this|that|there|these|those|would|could',
    'please|kindly|send|know|like|want|need|tell|give|advise|confirm|provide|share|more|some|them',
    'other|from|into|will|shall|should|they|their|yours|ours|very|much|many|just|only|such|then',
    'para|como|este|esta|estos|usted|ustedes|pueden|podrian|favor|nuestro|nuestra|sobre|tienen',
    'pour|vous|nous|avec|sont|votre|quels|quelle|merci|пожалуйста|можете|ваши|вашей|вашего|какие',
  ]
    .join('|')
    .split('|'),
);

const STEM = 5;

export function isCovered(request: BuyerRequest, draft: string): boolean {
  const topicsOk = request.topics.every((topic) => topicAnswered(topic, draft));
  const figuresOk = request.figures.every((figure) => figureIn(figure, draft));
  if (request.topics.length > 0 || request.figures.length > 0) return topicsOk && figuresOk;

  return contentWordsIn(request.text, draft);
}

// "5,000 pcs" is answered by "5000 pcs" or "5.000 Stück": compare the digits, not the writing.
function figureIn(figure: string, draft: string): boolean {
  const number = /\d[\d,.\s]*\d|\d/.exec(figure)?.[0];
  if (/^\p{Lu}/u.test(figure) || !number) return squash(draft).includes(squash(figure));

  return numbersIn(draft).has(plainNumber(number));
}

function numbersIn(text: string): Set<string> {
  return new Set((text.match(/\d[\d,.]*\d|\d/g) ?? []).map(plainNumber));
}

function plainNumber(written: string): string {
  const trimmed = written.replace(/\s/g, '');
  return /^\d{1,3}(?:[,.]\d{3})+$/.test(trimmed) ? trimmed.replace(/[,.]/g, '') : trimmed;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[\s-]/g, '');
}

// At least half of the buyer's content words, compared by their first letters so "agent" in
// the question is found in "agents" in the answer.
function contentWordsIn(question: string, draft: string): boolean {
  const stems = contentStems(question);
  if (stems.length === 0) return true;

  const draftStems = new Set(contentStems(draft));
  const found = stems.filter((stem) => draftStems.has(stem)).length;
  return found * 2 >= stems.length;
}

function contentStems(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return [...new Set(words.filter((word) => !STOP_WORDS.has(word)).map((w) => w.slice(0, STEM)))];
}
