import { hit, type Rule } from '../rule.ts';

const MANY = 5;

export const massMailing: Rule = {
  id: 'mass-mailing',
  factor: 'source',
  title: 'Sent to many suppliers at once',
  evaluate(a) {
    const undisclosed = a.message.to.some((r) => /undisclosed/i.test(r.name ?? r.email ?? ''));
    if (undisclosed) return hit(-6, 'undisclosed recipients');
    if (a.recipientCount <= MANY) return null;

    return hit(-6, `${a.recipientCount} recipients`);
  },
};
