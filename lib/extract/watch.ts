/**
 * Single-page job boards swap the shown posting without a reload (LinkedIn's
 * ?currentJobId=, Indeed's ?vjk=, Workday's detail pane). The watcher notices URL
 * changes and DOM mutations, re-extracts after a quiet moment, and reports only
 * when the posting really changed. It reads the page; it never writes to it.
 */
import type { ExtractResult } from '../types';

export interface WatchOptions {
  debounceMs?: number;
  /** How often to compare the URL (pushState fires no event; back and forward are caught the same way). */
  pollMs?: number;
  /** A page that never stops changing is still re-read this often (ms). */
  maxWaitMs?: number;
}

export function postingKey(result: ExtractResult): string {
  return result.ok ? `${result.posting.title}\n${result.posting.text}` : result.failure.kind;
}

export function watchPosting(
  win: Window & typeof globalThis,
  extract: () => ExtractResult,
  onChange: (result: ExtractResult) => void,
  initial: ExtractResult,
  options: WatchOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let lastKey = postingKey(initial);
  let lastUrl = win.location.href;
  let timer: number | undefined;

  const check = (): void => {
    timer = undefined;
    const result = extract();
    const key = postingKey(result);
    if (key !== lastKey) {
      lastKey = key;
      onChange(result);
    }
  };
  // a page that never stops changing is still re-read about once every maxWaitMs
  let since = 0;
  const schedule = (): void => {
    if (timer !== undefined) win.clearTimeout(timer);
    else since = Date.now();
    timer = win.setTimeout(check, Date.now() - since > maxWaitMs ? 0 : debounceMs);
  };

  const observer = new win.MutationObserver(schedule);
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  const poll = win.setInterval(() => {
    if (win.location.href !== lastUrl) {
      lastUrl = win.location.href;
      schedule();
    }
  }, options.pollMs ?? 250);

  return () => {
    observer.disconnect();
    win.clearInterval(poll);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}
