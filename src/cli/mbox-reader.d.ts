// mbox-reader ships no types; this is the part of its API the CLI uses.
declare module 'mbox-reader' {
  import type { Readable } from 'node:stream';

  export type MboxMessage = { content: Buffer; returnPath: string | null; time: Date | false };
  export function mboxReader(
    input: Readable,
    options?: { gz?: boolean },
  ): AsyncGenerator<MboxMessage>;
}
