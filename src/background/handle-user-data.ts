import { invalidMessage, MessageError, type Reply } from '../messages/message-error.ts';
import { userDataRequestSchema } from '../messages/panel-to-background.ts';
import type { Runtime } from '../platform/browser.ts';
import { log } from '../platform/log.ts';
import type { AnswerContext } from './answer.ts';
import { deleteAllData } from './delete-all-data.ts';
import { answerOverrides } from './handle-overrides.ts';
import type { OverrideStore } from './overrides.ts';
import { loadSellerSettings, saveSellerSettings } from './settings.ts';

// The user's own data (overrides, the seller's profile, deleting it all), asked for by the panel and the
// settings page. Answered beside answer.ts: anything else is left to it (null).

const TYPES = new Set(userDataRequestSchema.options.map((option) => option.shape.type.value));

export type UserDataContext = AnswerContext & { overrides: OverrideStore };

const isUserDataType = (message: unknown) =>
  typeof message === 'object' &&
  message !== null &&
  'type' in message &&
  TYPES.has(message.type as never);

async function answer(message: unknown, context: UserDataContext): Promise<unknown> {
  const parsed = userDataRequestSchema.safeParse(message);
  if (!parsed.success) {
    throw invalidMessage(parsed.error);
  }

  const request = parsed.data;
  switch (request.type) {
    case 'get-profile':
      return loadSellerSettings();
    case 'save-profile':
      return saveSellerSettings(request.profile);
    case 'delete-all-data':
      return deleteAllData(context.now);
    default:
      return answerOverrides(request, context.overrides, context.now);
  }
}

// Only the extension's own pages may read or change the user's data, never a mail page.
export function answerUserData(
  message: unknown,
  sender: Runtime.MessageSender,
  context: UserDataContext,
): Promise<Reply<unknown>> | null {
  const fromExtensionPage = sender.url?.startsWith(context.extensionUrl) ?? false;
  if (!fromExtensionPage || !isUserDataType(message)) {
    return null;
  }

  return answer(message, context).then(
    (data): Reply<unknown> => ({ ok: true, data }),
    (error: unknown): Reply<unknown> => {
      if (error instanceof MessageError) {
        return { ok: false, error: error.toData() };
      }

      log.error('answering a user data request', error);
      const text = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message: text, issues: [] } };
    },
  );
}
