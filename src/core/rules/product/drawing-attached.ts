import { hit, type Rule } from '../rule.ts';

const DRAWING_FILE = /\.(?:pdf|dwg|dxf|step|stp|igs|iges|jpe?g|png|heic|webp|ai|eps|psd)$/i;
// Outlook names the pictures inside a signature image001.png, image002.jpg ...: a logo, not a
// drawing.
const INLINE_IMAGE = /^image\d{3}\.(?:png|jpe?g|gif)$/i;
const DRAWING_WORDS =
  /\b(?:drawing|design|picture|photo|sketch|artwork|dieline)s?\b[^.\n]{0,40}\battach/i;

export const drawingAttached: Rule = {
  id: 'drawing-attached',
  factor: 'product',
  title: 'A drawing, design or photo attached',
  evaluate(a) {
    const files = a.attachments.filter(
      (name) => DRAWING_FILE.test(name) && !INLINE_IMAGE.test(name),
    );
    if (files.length > 0) return hit(3, files.slice(0, 3).join(', '));

    const mention = DRAWING_WORDS.exec(a.text);
    return mention ? hit(2, mention[0]) : null;
  },
};
