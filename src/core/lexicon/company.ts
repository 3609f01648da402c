// Legal-form suffixes buyers put after a company name, across the markets exporters serve.
export const COMPANY_SUFFIX =
  /\b(?:L\.?L\.?C|Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.,? ?Ltd|GmbH|AG|S\.?A\.?S|S\.?A\.?|S\.?L\.?|S\.?p\.?A|SpA|S\.?r\.?l|SARL|SAS|SAL|AB|AS|ApS|A\/S|Oy|BV|B\.V\.|N\.V\.|Pty|Lda|Ltda|JSC|PLC|Sp\. z o\.o\.|OOO|ООО|S\.A\.C|S\.A\. de C\.V\.|Trading|Import(?:s|ers)?(?: & Export)?|Wholesale|Industries|Enterprises?|Group|Holdings)\b/;

export const JOB_TITLE =
  /\b(?:purchas\w*|procurement|buyer|sourcing|compras|einkauf|supply chain|manager|director|founder|owner|ceo|coo|cfo|president|officer|engineer|head of|import(?:s)? manager|merchandiser|retail manager|product director|general manager)\b/i;
