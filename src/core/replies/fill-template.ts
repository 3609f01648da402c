// Templates are plain text with `{{name}}` placeholders. Filling never produces markup: the
// result is text, inserted as text (mail-clients.md §5.2).

export const VARIABLE_NAMES = [
  'buyerName',
  'product',
  'quantity',
  'incoterm',
  'companyName',
  'signature',
  'subject',
] as const;

export type VariableName = (typeof VARIABLE_NAMES)[number];

// null: not found in the mail or the settings; the reader of the draft must fill it in.
export type ReplyVariables = Record<VariableName, string | null>;

export type FilledTemplate = { text: string; missing: VariableName[] };

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const OPEN_FIELD = /\[([^\]\n]{1,60})\]/g;

// What a missing value shows: a bracketed field the seller sees and replaces by hand.
const FIELD_LABELS: Record<VariableName, string> = {
  buyerName: 'buyer name',
  product: 'product',
  quantity: 'quantity',
  incoterm: 'Incoterm',
  companyName: 'company name',
  signature: 'signature',
  subject: 'subject',
};

function isVariableName(name: string): name is VariableName {
  return (VARIABLE_NAMES as readonly string[]).includes(name);
}

// A signature may be empty on purpose: Gmail and Outlook add the user's own below the reply.
const MAY_BE_EMPTY: ReadonlySet<VariableName> = new Set(['signature']);

export function fillTemplate(template: string, variables: Partial<ReplyVariables>): FilledTemplate {
  const missing = new Set<VariableName>();

  const filled = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isVariableName(name)) return whole;

    const value = variables[name]?.trim();
    if (value) return value;
    if (value === '' && MAY_BE_EMPTY.has(name)) return '';

    missing.add(name);
    return `[${FIELD_LABELS[name]}]`;
  });

  return { text: tidy(filled), missing: [...missing] };
}

// Placeholders the template names but no variable fills: a typo the editor points out.
export function unknownPlaceholders(template: string): string[] {
  const names = [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
  return [...new Set(names.filter((name) => !isVariableName(name)))];
}

// Bracketed fields left in a draft: prices, dates and answers only the seller can give.
export function openFields(text: string): string[] {
  return [...new Set([...text.matchAll(OPEN_FIELD)].map((match) => match[1] ?? ''))];
}

// An empty signature leaves trailing blank lines; lines keep their inner spacing.
function tidy(text: string): string {
  return text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
