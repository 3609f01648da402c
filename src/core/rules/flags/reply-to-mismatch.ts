import { hit, type Rule } from '../rule.ts';

export const replyToMismatch: Rule = {
  id: 'reply-to-mismatch',
  factor: 'intent',
  flag: 'strong',
  title: 'Replies would go to a different free-mail address',
  evaluate(a) {
    const replyTo = a.replyTo;
    if (!replyTo?.freeMail || replyTo.registrable === a.sender.registrable) return null;
    return hit(0, `${a.message.from.email ?? '?'} → reply-to ${replyTo.email}`);
  },
};
