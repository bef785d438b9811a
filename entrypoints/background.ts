/**
 * Service worker: wiring only. Context-menu items send selected text, or a draft
 * being written in an editable field, to the side panel; the page reader's postings
 * become the toolbar badge; opt-in automatic analysis follows its permissions.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyze } from '@/lib/analyze';
import { syncAutoAnalysis } from '@/lib/browser/auto-analysis';
import { showVerdictBadge } from '@/lib/browser/badge';
import { saveToHistory } from '@/lib/browser/history-recorder';
import { postingFromText } from '@/lib/extract';
import { readFocusedEditable, readSelection } from '@/lib/browser/page-text';
import { openSidePanel } from '@/lib/browser/side-panel';
import { isMessage, isRecordPayload, listener, message, type Message, type ProtocolMap } from '@/lib/messages';

const MENU_SELECTION = 'rolelens-selection';
const MENU_DRAFT = 'rolelens-draft';

async function readInPage(tabId: number, frameId: number | undefined, func: () => string): Promise<string> {
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId, frameIds: frameId !== undefined ? [frameId] : undefined }, func });
    return typeof res?.result === 'string' ? res.result : '';
  } catch {
    return ''; // a page scripts cannot run in: fall back to what the menu event carries
  }
}

/** Errors seen by the service worker, newest last (read by the e2e checks; never sent anywhere). */
const errors: string[] = [];
function keepError(e: unknown): void {
  errors.push(String((e as Error)?.stack ?? e));
  if (errors.length > 50) errors.shift();
}

export default defineBackground(() => {
  (globalThis as unknown as { rolelensErrors: string[] }).rolelensErrors = errors;
  self.addEventListener('error', (e) => keepError((e as ErrorEvent).error ?? (e as ErrorEvent).message));
  self.addEventListener('unhandledrejection', (e) => keepError((e as PromiseRejectionEvent).reason));

  const sync = () => void syncAutoAnalysis().catch(keepError);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // the verdict of the posting in each tab, as the toolbar badge
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    if (!isMessage(msg) || (msg as Message).type !== 'posting-changed') return;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const { result } = (msg as Message<'posting-changed'>).payload;
    const report = result.ok ? analyze(result.posting) : undefined;
    void showVerdictBadge(tabId, report).catch(keepError);
    // a posting read as the user browses (automatic analysis, or a reader the popup injected) joins
    // the history, so the search results it came from can show its chip
    if (result.ok && report) void saveToHistory(result.posting, report).catch(keepError);
  });

  // the popup and side panel hand postings to keep over to the service worker, which outlives them
  // (only RoleLens's own pages: a content script never writes history this way)
  const recordPosting = listener({
    'record-posting': async (payload) => {
      if (!isRecordPayload(payload)) return { saved: false };
      return { saved: await saveToHistory(payload.posting, analyze(payload.posting)).catch(() => false) };
    },
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) =>
    sender.url?.startsWith(browser.runtime.getURL('/')) ? recordPosting(msg, sender, sendResponse) : false,
  );

  browser.runtime.onInstalled.addListener(() => {
    sync();
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: MENU_SELECTION, title: 'Analyze selection with RoleLens', contexts: ['selection'] });
      browser.contextMenus.create({ id: MENU_DRAFT, title: 'Analyze this draft with RoleLens', contexts: ['editable'] });
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_SELECTION && info.menuItemId !== MENU_DRAFT) return;
    // opening the panel must happen inside the click's user gesture, before any await
    const opened = openSidePanel(tab?.id).catch(() => undefined);
    void (async () => {
      const draft = info.menuItemId === MENU_DRAFT;
      let text = '';
      if (tab?.id !== undefined) text = await readInPage(tab.id, info.frameId, draft ? readFocusedEditable : readSelection);
      if (!text.trim()) text = info.selectionText ?? '';
      if (!text.trim()) return;
      const payload: ProtocolMap['analyze-text']['request'] = {
        posting: postingFromText(text, draft ? 'draft' : 'selection', draft ? undefined : tab?.url),
        target: draft ? 'draft' : 'analysis',
      };
      // a panel that is opening picks the text up from session storage; an open one gets the message
      await browser.storage.session.set({ pending: payload });
      await opened;
      await browser.runtime.sendMessage(message('analyze-text', payload)).catch(() => undefined);
    })();
  });
});
