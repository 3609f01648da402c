import type { FollowUpPurpose } from '../../db/records.ts';

// The words for a follow-up step, in the two languages of the interface. Shared by the
// notifications, the panel's Today view and the CSV and calendar exports, which all speak
// of the same steps.
// TODO [2027-06-01]: move these into _locales once the panel owner folds the Today view in.

export type Language = 'en' | 'zh';

const PURPOSES: Record<FollowUpPurpose, Record<Language, string>> = {
  'first-response': { en: 'Answer the inquiry', zh: '回复询盘' },
  'confirm-receipt': { en: 'Ask whether the quotation arrived', zh: '确认报价是否收到' },
  'ask-feedback': { en: 'Ask for feedback on the quotation', zh: '询问报价反馈' },
  reconnect: { en: 'Find a reason to get back in touch', zh: '找理由再次联系' },
  'periodic-contact': { en: 'Keep in touch', zh: '定期联系' },
  'weekly-ask': { en: 'Ask again about their comparison', zh: '再次询问比价结果' },
  'close-follow-up': { en: 'Ask whether their client has decided', zh: '跟进客户的客户反馈' },
  'sample-sent': { en: 'Send the sample and its tracking number', zh: '寄出样品并告知单号' },
  'sample-arrived': { en: 'Check the sample arrived', zh: '确认样品已到' },
  'sample-feedback': { en: 'Ask for feedback on the sample', zh: '询问样品反馈' },
};

const CHANNELS: Record<'email' | 'phone', Record<Language, string>> = {
  email: { en: 'Email', zh: '邮件' },
  phone: { en: 'Call', zh: '电话' },
};

export const languageOf = (uiLanguage: string): Language =>
  uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';

export const purposeText = (purpose: FollowUpPurpose, language: Language): string =>
  PURPOSES[purpose][language];

export const channelText = (channel: 'email' | 'phone', language: Language): string =>
  CHANNELS[channel][language];

// "Call: Ask for feedback on the quotation"
export const stepText = (
  step: { channel: 'email' | 'phone'; purpose: FollowUpPurpose },
  language: Language,
): string =>
  step.purpose === 'first-response'
    ? purposeText(step.purpose, language)
    : `${channelText(step.channel, language)}: ${purposeText(step.purpose, language)}`;
