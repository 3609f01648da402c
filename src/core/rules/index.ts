import { catalogueFit } from './fit/catalogue-fit.ts';
import { moqFit } from './fit/moq-fit.ts';
import { targetMarket } from './fit/target-market.ts';
import { dangerousAttachment } from './flags/dangerous-attachment.ts';
import { feeRequest } from './flags/fee-request.ts';
import { homoglyphDomain } from './flags/homoglyph-domain.ts';
import { linkTextMismatch } from './flags/link-text-mismatch.ts';
import { lookalikeDomain } from './flags/lookalike-domain.ts';
import { phishingLink } from './flags/phishing-link.ts';
import { platformImpersonation } from './flags/platform-impersonation.ts';
import { punycodeHost } from './flags/punycode-host.ts';
import { replyToMismatch } from './flags/reply-to-mismatch.ts';
import { salesPitch } from './flags/sales-pitch.ts';
import { secrecy } from './flags/secrecy.ts';
import { weakFlags } from './flags/weak-flags.ts';
import { domainMatchesCompany } from './identity/domain-matches-company.ts';
import { freeMailBigClaim } from './identity/free-mail-company.ts';
import { mailDomain } from './identity/mail-domain.ts';
import { phoneCountry } from './identity/phone-country.ts';
import { signatureBlock } from './identity/signature-block.ts';
import { website } from './identity/website.ts';
import { asksForQuote } from './intent/asks-for-quote.ts';
import { datedNeed } from './intent/dated-need.ts';
import { expertQuestions } from './intent/expert-questions.ts';
import { paysForSamples } from './intent/pays-for-samples.ts';
import { readyToBuy } from './intent/ready-to-buy.ts';
import { referencesOurQuote } from './intent/references-our-quote.ts';
import { branding } from './product/branding.ts';
import { certification } from './product/certification.ts';
import { drawingAttached } from './product/drawing-attached.ts';
import { materials } from './product/materials.ts';
import { modelNumber } from './product/model-number.ts';
import { namedProduct } from './product/named-product.ts';
import { packing } from './product/packing.ts';
import { sizes } from './product/sizes.ts';
import { specList } from './product/spec-list.ts';
import { vagueRange } from './product/vague-range.ts';
import type { Rule } from './rule.ts';
import { existingCustomer } from './source/existing-customer.ts';
import { massMailing } from './source/mass-mailing.ts';
import { outreachReply } from './source/outreach-reply.ts';
import { platformInquiry } from './source/platform-inquiry.ts';
import { referral } from './source/referral.ts';
import { writtenToUs } from './source/written-to-us.ts';
import { deliveryDate } from './terms/delivery-date.ts';
import { incoterm } from './terms/incoterm.ts';
import { moqQuestion } from './terms/moq-question.ts';
import { orderTimetable } from './terms/order-timetable.ts';
import { paymentTerms } from './terms/payment-terms.ts';
import { priceOnly } from './terms/price-only.ts';
import { quantity } from './terms/quantity.ts';
import { samples } from './terms/samples.ts';
import { targetPrice } from './terms/target-price.ts';

// The one list of scoring rules. Red flags come first so the panel can show them first.
export const RULES: readonly Rule[] = [
  phishingLink,
  linkTextMismatch,
  lookalikeDomain,
  homoglyphDomain,
  punycodeHost,
  dangerousAttachment,
  feeRequest,
  platformImpersonation,
  replyToMismatch,
  secrecy,
  salesPitch,
  ...weakFlags,
  existingCustomer,
  outreachReply,
  platformInquiry,
  writtenToUs,
  referral,
  massMailing,
  namedProduct,
  modelNumber,
  sizes,
  materials,
  branding,
  packing,
  certification,
  drawingAttached,
  specList,
  vagueRange,
  quantity,
  moqQuestion,
  targetPrice,
  incoterm,
  deliveryDate,
  paymentTerms,
  samples,
  orderTimetable,
  priceOnly,
  mailDomain,
  signatureBlock,
  phoneCountry,
  website,
  domainMatchesCompany,
  freeMailBigClaim,
  catalogueFit,
  targetMarket,
  moqFit,
  readyToBuy,
  asksForQuote,
  paysForSamples,
  datedNeed,
  expertQuestions,
  referencesOurQuote,
];
