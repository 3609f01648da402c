import { readGmail } from './gmail/read-gmail.ts';
import { readOutlook } from './outlook/read-outlook.ts';
import { isOutlookHost } from './outlook/route.ts';
import type { PageReading } from './page-reading.ts';

// One entry for every page reader: the host decides the client, never the page's content,
// which is mail and may imitate either client.

export type PageReader = (document: Document, url: string) => PageReading;

export function pageReaderFor(url: string): PageReader | null {
  if (!URL.canParse(url)) return null;

  const host = new URL(url).hostname;
  if (host === 'mail.google.com') return readGmail;
  if (isOutlookHost(host)) return readOutlook;

  return null;
}

// null: no reader for this host (not a mail client this extension knows).
export function readPageForUrl(document: Document, url: string): PageReading | null {
  return pageReaderFor(url)?.(document, url) ?? null;
}
