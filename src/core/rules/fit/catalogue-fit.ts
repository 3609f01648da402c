import { hit, type Rule } from '../rule.ts';

// f5 stays neutral until the seller lists a catalogue; the panel says so.
export const catalogueFit: Rule = {
  id: 'catalogue-fit',
  factor: 'fit',
  title: 'Asks for products in your catalogue',
  evaluate(a) {
    // Trimmed: a catalogue typed as "Ball valves, Gate valves" keeps its spaces.
    const catalogue = a.profile.catalogue.map((item) => item.trim()).filter(Boolean);
    if (catalogue.length === 0) return null;

    const lower = a.text.toLowerCase();
    const matched = catalogue.filter((item) => lower.includes(item.toLowerCase()));
    if (matched.length === 0) return hit(-5, 'no product from your catalogue named');

    return hit(5, matched.slice(0, 3).join(', '));
  },
};
