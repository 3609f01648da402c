// Timers that die with their signal, so nothing scheduled for an old message fires late.

export function after(ms: number, run: () => void, signal: AbortSignal): void {
  if (signal.aborted) {
    return;
  }

  const id = setTimeout(run, ms);
  signal.addEventListener('abort', () => clearTimeout(id), { once: true });
}

export function debounce(ms: number, run: () => void, signal: AbortSignal): () => void {
  let id: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(id), { once: true });

  return () => {
    clearTimeout(id);
    if (!signal.aborted) {
      id = setTimeout(run, ms);
    }
  };
}
