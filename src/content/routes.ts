import { idFromRoute } from '../adapters/outlook/route.ts';
import { readerStats } from './reader-stats.ts';

// Gmail is hash-routed: a thread opens as #<list>[/<param>]/<token>, the token being 16 hex
// (legacy) or a 32-character view token. List views (#inbox, #label/Work) end otherwise.
// Source: gmail.js api.get.current_page; see mail-clients.md §1 "Thread route".
const THREAD_TOKEN = /\/[0-9a-zA-Z]{16,}$/;

export function isGmailThreadRoute(url: string): boolean {
  const hash = new URL(url).hash;
  return THREAD_TOKEN.test(hash);
}

// Calls onRoute now and after every route change, aborting the previous route's signal so
// the observers and timers of the message that was open die with it.
export function watchRoutes(
  win: Window,
  onRoute: (url: string, signal: AbortSignal) => void,
  signal: AbortSignal,
): void {
  let route: AbortController | undefined;

  const start = () => {
    route?.abort();
    route = new AbortController();
    readerStats.routeAt = Date.now();
    onRoute(win.location.href, route.signal);
  };

  win.addEventListener('hashchange', start, { signal });
  win.addEventListener('popstate', start, { signal });
  signal.addEventListener('abort', () => route?.abort(), { once: true });
  start();
}

// Outlook is History-API routed (`/mail/…/id/<id>`, mail-clients.md §2.1); a message opened
// in its own window or by deep link is routed the same way.
export function isOutlookMessageRoute(url: string): boolean {
  return idFromRoute(url) !== null;
}

const POLL_MS = 500;

// pushState fires no event a content script hears; the Navigation API's currententrychange
// does (Chrome 102+; tests/browser/outlook-panel checks it reaches the isolated world). Where
// it is missing, the address is polled (§2.5). Only a change of routeKey is a new route:
// OWA rewrites its address for things that do not change the open message.
export function watchHistoryRoutes(
  win: Window,
  onRoute: (url: string, signal: AbortSignal) => void,
  signal: AbortSignal,
  routeKey: (url: string) => string,
): void {
  let current = routeKey(win.location.href);
  let route: AbortController | undefined;

  const start = () => {
    route?.abort();
    route = new AbortController();
    readerStats.routeAt = Date.now();
    onRoute(win.location.href, route.signal);
  };

  const check = () => {
    const key = routeKey(win.location.href);
    if (key === current) return;

    current = key;
    start();
  };

  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check, { signal });
  } else {
    const id = setInterval(check, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(id), { once: true });
  }

  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  signal.addEventListener('abort', () => route?.abort(), { once: true });
  start();
}
