import type { ReplyKey } from './reply-keys.ts';

// One reply the seller can send: built in (id `default-<key>`) or added by the user.
export type ReplyTemplate = {
  id: string;
  key: ReplyKey;
  title: string;
  body: string;
  builtIn: boolean;
};

export const defaultTemplateId = (key: ReplyKey) => `default-${key}`;
