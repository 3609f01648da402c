// What following the open message costs the page, counted as it runs. The counters sit on the
// content script's own global, in the extension's isolated world: the page cannot see them,
// and bench/reader-cost.ts reads them through the DevTools protocol.

export type ReaderStats = {
  observerCallbacks: number;
  mutationRecords: number;
  reads: number;
  readMs: number;
  sends: number;
  // Date.now() of the last route change and of the last page-read sent.
  routeAt: number;
  sentAt: number;
};

export const readerStats: ReaderStats = {
  observerCallbacks: 0,
  mutationRecords: 0,
  reads: 0,
  readMs: 0,
  sends: 0,
  routeAt: 0,
  sentAt: 0,
};

Object.assign(globalThis, { inquiryTriageReaderStats: readerStats });
