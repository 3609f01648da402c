import { firstMatch } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// A greeting that names a person or the company shows the mail was written for this seller.
// Case-insensitive: buyers write "Dear", "DEAR" and "dear" alike, and greet in their own
// language ("Bonjour Madame Zhang", "Estimada Lily"); the stop-list keeps "Dear Sir"
// and "Hello team" from passing for a name.
const NAMED_GREETING =
  /^(?:dear|hi|hello|good (?:morning|day|afternoon)|bonjour|estimad[oa]|hola|prezad[oa]|caro|cara|gentile|sehr geehrte[rs]?|liebe[rs]?|hallo|уважаем\p{L}*|добрый день,?)\s+(?!(?:sir|sirs|madam|supplier|seller|manager|friend|all|sales|team|there|purchasing|customer|everyone|colleagues?|partner|proveedor|fournisseur|señores|messieurs|damen)\b)(?:(?:mr|mrs|ms|miss|dr|madame|monsieur|mme|m|sr|sra|srta|señor|señora|sig|sig\.ra|herr|frau|господин|госпожа)\.?\s+)?\p{L}[\p{L}-]+(?:\s+(?:team|\p{L}[\p{L}-]+))?\s*[,:!]?$/imu;

export const writtenToUs: Rule = {
  id: 'written-to-us',
  factor: 'source',
  title: 'Written to you alone, naming you',
  evaluate(a) {
    if (a.recipientCount > 2) return null;
    const greeting = firstMatch(a.body, NAMED_GREETING);
    if (greeting) return hit(6, greeting);

    return hit(3, `sent to ${a.message.to[0]?.email ?? 'you'} only`);
  },
};
