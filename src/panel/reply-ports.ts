import {
  insertReplyResponseSchema,
  REPLY_PORT,
  replySettingsResponseSchema,
} from '../messages/reply-port.ts';
import { requestOverPort } from '../platform/port-request.ts';
import type { ReplyPorts } from './components/reply-suggestion.tsx';

// The reply suggestion's ports in the extension: requests to the worker over the reply port.
export const browserReplyPorts: ReplyPorts = {
  loadReplySettings: () =>
    requestOverPort(REPLY_PORT, { type: 'get-reply-templates' }, replySettingsResponseSchema),
  insertReply: (request) => requestOverPort(REPLY_PORT, request, insertReplyResponseSchema),
};
