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
    onRoute(win.location.href, route.signal);
  };

  win.addEventListener('hashchange', start, { signal });
  win.addEventListener('popstate', start, { signal });
  signal.addEventListener('abort', () => route?.abort(), { once: true });
  start();
}
