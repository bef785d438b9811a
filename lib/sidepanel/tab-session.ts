/**
 * The side panel's link to the tab it shows: which tab, reading its posting (the latest
 * request wins — a quick tab switch never shows the previous tab's posting), the port that
 * keeps highlights alive while the panel is open, painting and clearing highlights, and
 * what to do when the page reader announces a change. No UI here: the panel renders the
 * states this hands it.
 */
import { browser, type Browser } from 'wxt/browser';
import { extractFromTab, sendToTab, targetTab, type TabInfo } from '../browser/page-client';
import { needsGeneric } from '../extract/read';
import { postingKey } from '../extract/watch';
import { HIGHLIGHT_CSS } from '../highlight/styles';
import { PANEL_PORT } from '../messages';
import type { Evidence, ExtractResult, Role } from '../types';
import { stateFromExtract, type ViewState } from '../ui/view-state';

export type Show = (state: ViewState, fromPage: boolean) => void;

export class TabSession {
  private tab: TabInfo | undefined;
  private port: { tabId: number; port: Browser.runtime.Port } | undefined;
  private generation = 0;

  constructor(
    private readonly show: Show,
    private readonly search = '',
  ) {}

  get tabId(): number | undefined {
    return this.tab?.id;
  }

  /** Read the posting of the tab the panel shows; an older read still running is dropped. */
  async read(): Promise<void> {
    const mine = ++this.generation;
    this.show({ kind: 'analyzing' }, true);
    const tab = await targetTab(this.search);
    if (mine !== this.generation) return;
    this.tab = tab;
    if (!tab) return this.show({ kind: 'no-access' }, false);
    const result = await extractFromTab(tab);
    if (mine !== this.generation) return;
    if (result.ok) this.holdPort(tab.id);
    this.show(stateFromExtract(result), true);
  }

  /**
   * The page reader of a tab announced a reading. Another tab's news, and a freshly injected
   * reader repeating what the panel shows, are ignored; a page only the generic reader can
   * read is read again (which brings the generic reader in).
   */
  onReaderNews(result: ExtractResult, senderTabId: number | undefined, current: ViewState): void {
    if (senderTabId === undefined || senderTabId !== this.tab?.id) return;
    if (needsGeneric(result)) return void this.read();
    if (current.kind === 'report' && postingKey({ ok: true, posting: current.posting }) === postingKey(result)) return;
    this.show(stateFromExtract(result), true);
  }

  /** Paint the evidence of the roles switched on; nothing while the verdict is "none". */
  async paint(state: ViewState, roles: Record<Role, boolean>): Promise<void> {
    const tab = this.tab;
    if (!tab || state.kind !== 'report') return;
    if (state.report.verdict === 'none') return this.clear();
    const spans = state.report.evidence.map((e) => ({ text: e.text, role: e.role }));
    const on = (Object.keys(roles) as Role[]).filter((r) => roles[r]);
    await sendToTab(tab.id, 'highlight', { spans, roles: on, css: HIGHLIGHT_CSS }).catch(() => undefined);
  }

  reveal(e: Evidence): void {
    if (this.tab) void sendToTab(this.tab.id, 'reveal', { span: { text: e.text, role: e.role }, css: HIGHLIGHT_CSS }).catch(() => undefined);
  }

  async clear(): Promise<void> {
    if (this.tab) await sendToTab(this.tab.id, 'clear', {}).catch(() => undefined);
  }

  /** Hold a port to the tab's reader while the panel shows it: when the panel goes, the highlights go. */
  private holdPort(tabId: number): void {
    if (this.port?.tabId === tabId) return;
    this.port?.port.disconnect();
    try {
      this.port = { tabId, port: browser.tabs.connect(tabId, { name: PANEL_PORT }) };
    } catch {
      this.port = undefined;
    }
  }
}
