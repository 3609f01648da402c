import { oneOf, words } from './patterns.ts';

// Is a sentence something the buyer wants answered? A question mark settles it; otherwise a
// request verb ("please send", "favor de cotizar", "пришлите") or an opening question word in
// a mail typed without punctuation ("what is your MOQ").

export type RequestKind = 'question' | 'request';

// Politeness that carries no request; stripped before the cues are read, so "Thanks, please
// quote" still counts while "Please find attached our drawing" does not.
const COURTESY = words([
  'please (?:find|see)(?: (?:the|our))? attach\\p{L}*|please find (?:below|enclosed)',
  "attached please find|please note|(?:please )?(?:feel free|do not hesitate|don't hesitate)",
  'let (?:us|me) know if you (?:have|need) (?:any )?(?:\\p{L}+ )?(?:questions?|info\\p{L}*|help)',
  'look(?:ing)? forward to (?:hearing from you|your (?:\\p{L}+ )?(?:reply|response|answer))',
  'thanks?(?: you)?(?: (?:in advance|very much))?|hope (?:you are|you\\p{L}*) (?:well|fine)',
  'how are you(?: doing)?|no dude en|quedo a (?:la|su) (?:espera|disposici[oó]n)|gracias',
  "n'h[ée]sitez pas|merci(?: d'avance| beaucoup)?(?! de)|obrigad[oa]",
  'как (?:у вас )?дела|спасибо',
]);

const ALL_COURTESY = new RegExp(COURTESY.source, 'giu');

const ENGLISH_VERB = oneOf(
  'send|quote|quotation|advise|confirm|provide|share|let|inform|offer|tell|give|e?-?mail',
  'check|specify|indicate|clarify|explain|suggest|recommend|forward|include|prepare|arrange',
  'update|make|supply|produce',
);
const SPANISH_VERB = oneOf(
  'env[ií]\\p{L}*|cotic\\p{L}*|cotiz\\p{L}*|confirm\\p{L}*|indiqu\\p{L}*|inform\\p{L}*',
  'mand\\p{L}*|compart\\p{L}*|proporcion\\p{L}*|dig\\p{L}*|facilit\\p{L}*|cot\\p{L}*',
);

const WANTED = oneOf(
  'to (?:know|receive|get|see|check)|your',
  'a (?:quote|quotation|price|sample|catalog(?:ue)?)|more (?:info|details)',
);
const AWAITED = `(?:receiving |getting )?(?:your |the )?(?:\\p{L}+ )?${oneOf(
  'prices?|quot(?:e|ation)|offer|pi|proforma',
)}`;

const REQUEST = words([
  `(?:please|pls|plz|kindly)\\W+(?:\\p{L}+\\s+){0,2}?${ENGLISH_VERB}`,
  `(?:could|can|would|will) you (?:please |kindly )?${ENGLISH_VERB}`,
  `(?:we|i) (?:would like|'d like|want|wish|need|require) ${WANTED}`,
  `(?:look(?:ing)? forward to|awaiting|await) ${AWAITED}`,
  'let (?:us|me) know|advise us|inform us|tell us|send us|quote us',
  `por favor,? (?:\\p{L}+ ){0,2}?${SPANISH_VERB}`,
  'favor de \\p{L}+|agradecer[ií]a(?:mos)?|les? ruego|quisi[ée]ramos|quisiera|solicitamos',
  'nos gustar[ií]a (?:saber|recibir|conocer)|necesitamos (?:saber|conocer|recibir)',
  '(?:env[ií]en|ind[ií]quen|conf[ií]rmen|coticen)(?:nos|me)?',
  'gostar[ií]amos de (?:saber|receber|obter|conhecer)|poderiam',
  'favor (?:enviar|informar|confirmar|cotar)|envie(?:m)?-(?:nos|me)|informe(?:m)?-(?:nos|me)',
  'merci de (?:nous |me )?\\p{L}+|veuillez|pourriez-vous|pouvez-vous|envoyez-nous|indiquez-nous',
  '(?:nous|je) souhait\\p{L}* (?:recevoir|conna[iî]tre|savoir|obtenir)',
  'пожалуйста|просим|прошу|пришлите|вышлите|сообщите|подтвердите|укажите|направьте',
  'предоставьте|(?:хотели бы|хотим|хотелось бы) (?:узнать|получить)',
  'интересу\\p{L}* (?:цен|стоимост|срок|услови)\\p{L}*',
]);

const OPENING_WORD = words([
  'what|which|how|when|where|who|why|do you|does|did you|will you|have you|can|could|would',
  'is (?:it|there|this|your)|are (?:you|there|these|your)',
  'qu[ée]|cu[aá]l(?:es)?|cu[aá]nt[oa]s?|cu[aá]ndo|d[oó]nde|pueden?|podr[ií]an?|tienen?',
  'qual|quais|quanto|quando|onde|voc[eê]s? (?:podem|pode|t[eê]m)|t[eê]m',
  'quel(?:le)?s?|combien|quand|est-ce que|avez-vous',
  'как\\p{L}*|сколько|когда|где|можете|могли бы|есть ли|имеется ли',
]);
const OPENING_QUESTION = new RegExp(`^(?:and |also |so )?${OPENING_WORD.source}`, 'iu');

const ASKING_LEAD_IN = words([
  'questions?|advise|confirm|let us know|send|quote|following|preguntas|perguntas|вопрос\\p{L}*',
]);

export function requestKind(sentence: string): RequestKind | null {
  const plain = sentence.replace(ALL_COURTESY, ' ').trim();
  if ((plain.match(/\p{L}+/gu)?.length ?? 0) < 2) return null;
  if (/[?？]/.test(plain)) return 'question';
  if (REQUEST.test(plain)) return 'request';

  return OPENING_QUESTION.test(plain.replace(/^[¿¡\s]+/, '')) && !/[.!]$/.test(plain)
    ? 'question'
    : null;
}

// A lead-in whose list items are things to answer, not a specification to read.
export function asksForList(leadIn: string): boolean {
  return requestKind(leadIn) !== null || ASKING_LEAD_IN.test(leadIn);
}
