import { allMatches, joinEvidence } from '../../text/find.ts';
import { hit, type Rule } from '../rule.ts';

// Polymer codes count in capitals only: "Eva" signs mails and "pet" shops sell dog beds.
const POLYMER = /\b(?:PP|PE|PET|PVC|TPE|TPU|ABS|EVA|HDPE|LDPE)\b/g;
const MATERIAL =
  /\b(?:SS ?304|SS ?316|stainless(?: steel)?|\d{3,4}D (?:oxford|polyester|nylon)|\d{2,3} ?gsm|kraft|corrugated|[A-E]-flute|cotton|polyester|nylon|oxford|canvas|leather|bamboo|oak|walnut|aluminium|aluminum|steel|iron|copper|brass|glass|ceramic|porcelain|silicone|mesh|lacquer|6061-T6|\d{4}-T\d|niacinamide|ceramides?|LiFePO4|IP6[5-8])\b/gi;
const COLOUR =
  /\b(?:pantone\s*\d{2,4}\s*[A-Z]?|CMYK|(?:black|white|grey|gray|red|blue|green|yellow|beige|navy|sage|sand|natural|clear|transparent)(?= |,|\/|\)|$))/gi;

export const materials: Rule = {
  id: 'materials',
  factor: 'product',
  title: 'Materials, grades, colours or finishes',
  evaluate(a) {
    const found = [
      ...allMatches(a.text, MATERIAL, 4),
      ...allMatches(a.text, POLYMER, 2),
      ...allMatches(a.text, COLOUR, 3),
    ];
    if (found.length === 0) return null;

    return hit(found.length > 2 ? 3 : 2, joinEvidence(found.slice(0, 4)));
  },
};
