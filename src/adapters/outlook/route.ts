import { ID_FORMAT, OUTLOOK_HOSTS, ROUTE_ID_MARKERS } from './selectors.ts';

// Outlook is History-API routed: the address names the open conversation (or, with
// conversation view off, the open item) even when the page around it changed (§2.1).

export function isOutlookHost(hostname: string): boolean {
  return OUTLOOK_HOSTS.test(hostname);
}

// The id segment after /id/, /deeplink/read/ or /deeplink/readconv/, URL-decoded.
export function idFromRoute(url: string): string | null {
  if (!URL.canParse(url)) return null;

  const segments = new URL(url).pathname.split('/');
  if (segments[1] !== 'mail') return null;

  for (let i = segments.length - 2; i >= 2; i -= 1) {
    const marker = segments[i] ?? '';
    if (!(ROUTE_ID_MARKERS as readonly string[]).includes(marker)) continue;

    return validId(decoded(segments[i + 1] ?? ''));
  }

  return null;
}

export function validId(value: string | null): string | null {
  const id = value?.trim();
  return id && ID_FORMAT.item.test(id) ? id : null;
}

export function isConversationId(id: string): boolean {
  return ID_FORMAT.conversation.test(id);
}

// REST ids use -/_ where EWS ids use +//, and the URL may still carry %-escapes: compare ids
// in one alphabet (§2.2).
export function sameId(left: string, right: string): boolean {
  return canonical(left) === canonical(right);
}

function canonical(id: string): string {
  return decoded(id).replaceAll('-', '+').replaceAll('_', '/');
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
