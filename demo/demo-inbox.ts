import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRawMail } from '../src/cli/raw-mail.ts';
import type { Address, MailMessage } from '../src/core/message.ts';
import { type GmailThread, threadIdFor } from './gmail-page.ts';

// The demo mailbox (demo/README.md) as Gmail conversations, one per .eml, in file order.

export const DEMO_MAILBOX = fileURLToPath(new URL('./mailbox', import.meta.url));

// The seller the demo mail was written to, reading Gmail in Ningbo.
export const DEMO_ACCOUNT: Address = { name: 'Lily Zhang', email: 'lily@hengtai-outdoor.example' };
export const DEMO_TIME_ZONE = 'Asia/Shanghai';

export type DemoMail = { file: string; message: MailMessage; thread: GmailThread };

export async function loadDemoInbox(folder = DEMO_MAILBOX): Promise<DemoMail[]> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.eml')).sort();

  return Promise.all(
    files.map(async (file) => {
      const message = await parseRawMail(await readFile(join(folder, file)));
      return { file, message, thread: { id: threadIdFor(file), messages: [message] } };
    }),
  );
}
