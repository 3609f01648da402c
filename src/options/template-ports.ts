import { REPLY_PORT, replySettingsResponseSchema } from '../messages/reply-port.ts';
import { requestOverPort } from '../platform/port-request.ts';
import type { TemplatePorts } from './templates.tsx';

// The template editor's ports in the extension: requests to the worker over the reply port,
// each answered with the settings as they now stand.
const ask = (message: unknown) => requestOverPort(REPLY_PORT, message, replySettingsResponseSchema);

export const templatePorts: TemplatePorts = {
  load: () => ask({ type: 'get-reply-templates' }),
  save: (template) => ask({ type: 'save-reply-template', template }),
  remove: (id) => ask({ type: 'delete-reply-template', id }),
  reset: (id) => ask({ type: 'reset-reply-templates', id }),
  saveSignature: (signature) => ask({ type: 'save-reply-signature', signature }),
};
