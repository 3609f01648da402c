import type { Analysis } from '../../analysis.ts';
import { firstMatch } from '../../text/find.ts';
import { evaluateRule } from '../evaluate.ts';
import { modelNumber } from '../product/model-number.ts';
import { hit, type Rule } from '../rule.ts';

// Each weak flag lowers f6 by one step (scoring.md). They share one shape, so they sit in one
// table; each keeps its own id, sentence and tests.

type WeakFlag = { id: string; title: string; find: (a: Analysis) => string | null };

const GENERIC_GREETING =
  /^(?:dear|hello|hi)[ \t]+(?:sir(?:[ \t]*\/[ \t]*madam)?|madam|sir or madam|supplier|seller|manager|sales(?: team| manager)?|friend|my dear friend|ceo|purchasing manager)[ \t]*(?:[,:!][ \t]*)?$|^to whom it may concern/im;
const CATALOGUE_ONLY =
  /\b(?:send|share|let us have|email)\b[^.\n]{0,30}\b(?:catalog(?:ue)?s?|price ?lists?)\b/i;
const SPECIFIC =
  /\b\d[\d,.]{0,15}\s*(?:pcs|pieces|units|sets|tons|mm|cm)\b|\b(?:model|MOQ|trial orders?|samples?|FOB|CIF|EXW|payment terms)\b/i;
const VAGUE_CONTACT =
  /\b(?:we )?(?:got|found|obtained) your (?:contact|e-?mail|address) (?:from|on|through|via)\b/i;
const HUGE_NO_SPEC =
  /\b(?:\d{1,4}\s*(?:x\s*)?(?:40|20)\s*(?:(?:ft|feet|'|HQ|GP)\s*)?containers? (?:every|per|each) (?:month|week)|USD\s?\d{2,3},\d{3}\b[^.\n]{0,60}\b(?:all items|any items|you can choose)|all items from your catalog(?:ue)?)/i;
const PRESSURE =
  /\b(?:urgent(?:ly)?|treat as urgent|asap|immediately|send (?:\w+ )?(?:pi )?today|(?:to me|reply|answer) now|within 24 hours|quickly)\b/i;
const FREE_SAMPLES = /\bfree samples?\b[\s\S]{0,200}\b(?:do not|don't|never) pay\b/i;
const CREDIT_TERMS = /\b(?:net (?:terms|\d{2})|credit application|open account|credit terms)\b/i;
const OVER_FAMILIAR = /\b(?:my dear friend|god bless|dear beloved)\b/i;

const FLAGS: WeakFlag[] = [
  {
    id: 'generic-greeting',
    title: 'Greets nobody in particular',
    find: (a) => firstMatch(a.body, GENERIC_GREETING),
  },
  {
    id: 'catalogue-only',
    title: 'Wants a catalogue or price list and nothing specific',
    find: (a) => (SPECIFIC.test(a.text) ? null : firstMatch(a.text, CATALOGUE_ONLY)),
  },
  {
    id: 'vague-contact',
    title: '"Got your contact from ..." with nothing specific',
    find: (a) => firstMatch(a.body, VAGUE_CONTACT),
  },
  {
    id: 'huge-no-spec',
    title: 'A very large order with no specification',
    // A model number is a specification: a monthly container of BV-50 is a real volume.
    find: (a) => (evaluateRule(modelNumber, a) ? null : firstMatch(a.text, HUGE_NO_SPEC)),
  },
  {
    id: 'pressure',
    title: 'Presses for an answer with no reason',
    find: (a) => firstMatch(a.text, PRESSURE),
  },
  {
    id: 'free-samples-only',
    title: 'Demands free samples and refuses any cost',
    find: (a) => firstMatch(a.text, FREE_SAMPLES),
  },
  {
    id: 'credit-terms',
    title: 'A new buyer asking for credit terms',
    find: (a) => firstMatch(a.text, CREDIT_TERMS),
  },
  {
    id: 'over-familiar',
    title: 'Over-familiar tone from a stranger',
    find: (a) => firstMatch(a.text, OVER_FAMILIAR),
  },
  {
    id: 'mass-recipients',
    title: 'Sent to many recipients',
    find: (a) => (a.recipientCount > 5 ? `${a.recipientCount} recipients` : null),
  },
];

export const weakFlags: Rule[] = FLAGS.map((flag) => ({
  id: flag.id,
  factor: 'intent',
  flag: 'weak',
  title: flag.title,
  evaluate: (a) => hit(-1, flag.find(a)),
}));
