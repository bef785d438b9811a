/**
 * Verdict chips on LinkedIn's and Indeed's search results. Registered only while the
 * boards' optional host access is granted (automatic analysis); never injected otherwise.
 * Reads the local history, chips each result card whose posting is in it, and keeps the
 * chips in step as cards load and as postings are read. The × on a chip removes them all.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CHIP_ATTR, historyByJob, paintChips, removeChips } from '@/lib/boards/chips';
import { boardOf } from '@/lib/boards/job-id';
import { HISTORY_KEY, STATE_KEY } from '@/lib/storage/schema';

export default defineUnlistedScript({
  main() {
    const board = boardOf(location.hostname);
    if (!board || !document.body) return;
    let byKey = historyByJob([]);
    let hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const paint = () => {
      if (!hidden) paintChips(document, board, byKey, hide);
    };
    const load = async () => {
      const got = await browser.storage.local.get([HISTORY_KEY, STATE_KEY]).catch(() => ({}) as Record<string, unknown>);
      // the history item; data not yet moved from a version-2 state still holds it there
      byKey = historyByJob(got[HISTORY_KEY] ?? (got[STATE_KEY] as { history?: unknown } | undefined)?.history);
      paint();
    };
    // cards arrive as the list scrolls: paint at most every 300 ms, and not for our own chips
    const observer = new MutationObserver((records) => {
      if (timer || records.every((r) => (r.target as Element).closest?.(`[${CHIP_ATTR}]`) || [...r.addedNodes].every(isChip))) return;
      timer = setTimeout(() => {
        timer = undefined;
        paint();
      }, 300);
    });
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      // every history write goes to the history item (a draft saved elsewhere is no reason to repaint)
      if (area === 'local' && HISTORY_KEY in changes) void load();
    };
    function hide() {
      hidden = true;
      observer.disconnect();
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(onStorage);
      removeChips(document);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    browser.storage.onChanged.addListener(onStorage);
    void load();
  },
});

function isChip(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute(CHIP_ATTR);
}
