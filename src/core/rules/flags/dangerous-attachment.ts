import { hit, type Rule } from '../rule.ts';

// Files that run or hide code. An archive is flagged when named like trade paperwork, the way
// order-themed malware arrives; a double extension (.pdf.htm) always is.
const RUNS_CODE =
  /\.(?:html?|shtml|svg|js|jse|exe|scr|bat|cmd|vbs|vbe|jar|iso|img|lnk|hta|msi|ps1|wsf)$/i;
const ARCHIVE = /\.(?:zip|rar|7z|gz|tgz|tar|r\d\d|ace|cab|arj)$/i;
const PAPERWORK =
  /(?:order|rfq|po[\s_#-]|purchase|invoice|drawing|spec|quotation|payment|details|document|shipping)/i;
const DOUBLE_EXTENSION = /\.(?:pdf|docx?|xlsx?|jpe?g|png)\.\w{2,4}$/i;

export const dangerousAttachment: Rule = {
  id: 'dangerous-attachment',
  factor: 'intent',
  flag: 'strong',
  title: 'An attachment that can run or hide code',
  evaluate(a) {
    const bad = a.attachments.find(
      (name) =>
        RUNS_CODE.test(name) ||
        DOUBLE_EXTENSION.test(name) ||
        (ARCHIVE.test(name) && PAPERWORK.test(name)),
    );
    return bad ? hit(0, bad) : null;
  },
};
