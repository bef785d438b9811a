/**
 * How extension pages (popup, side panel) talk to the page in a tab: inject the
 * content script if it is not there yet (tabs opened before install), then send it
 * typed messages. Wiring only; every answer is a contract type.
 */
import { browser } from 'wxt/browser';
import { message, type MessageType, type ProtocolMap, type Reply } from '../messages';
import { postingFrame, type FrameInfo } from '../extract/posting-frame';
import { needsGeneric } from '../extract/read';
import type { ExtractResult } from '../types';
import { isRestrictedUrl } from './restricted';

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

export async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

/**
 * The tab a popup or side panel works on: the active tab, or the one named by a
 * `?tab=<id>` query (how tests and "open in a tab" aim a page at a tab), or `?tab=opener`: the
 * tab whose page opened this one (how the Firefox tests reach a fixture page).
 */
export async function targetTab(search = globalThis.location?.search ?? ''): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param === 'opener') {
    const opener = (await browser.tabs.getCurrent().catch(() => undefined))?.openerTabId;
    return opener === undefined ? undefined : targetTab(`?tab=${opener}`);
  }
  const named = Number(param);
  if (Number.isInteger(named) && named > 0) {
    try {
      const tab = await browser.tabs.get(named);
      return { id: named, url: tab.url, title: tab.title };
    } catch {
      return undefined;
    }
  }
  return activeTab();
}

export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: ProtocolMap[T]['request']): Promise<Reply<T>> {
  return (await browser.tabs.sendMessage(tabId, message(type, payload))) as Reply<T>;
}

async function ping(tabId: number): Promise<boolean> {
  try {
    const r = await sendToTab(tabId, 'ping', {});
    return r?.alive === true;
  } catch {
    return false;
  }
}

/**
 * Make sure the content script runs in the tab. `restricted` where the browser forbids
 * scripts on the page itself (chrome://, stores, PDF viewer), `no-access` where
 * RoleLens lacks the user's click (activeTab) for this tab.
 */
export async function ensureContentScript(tabId: number): Promise<'ok' | 'restricted' | 'no-access'> {
  if (await ping(tabId)) return 'ok';
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
  } catch (err) {
    return classifyInjectionError(String((err as Error)?.message ?? err));
  }
  return (await ping(tabId)) ? 'ok' : 'no-access';
}

/** Tell a page the browser protects from a page RoleLens was not invited to, by the browser's error. */
export function classifyInjectionError(message: string): 'restricted' | 'no-access' {
  return /cannot be scripted|chrome:\/\/|edge:\/\/|about:|extensions gallery|chrome-extension:|moz-extension:|view-source|pdf|Missing host permission for the tab, or the tab is a/i.test(
    message,
  ) && !/must request permission to access (this|the respective) host/i.test(message)
    ? 'restricted'
    : 'no-access';
}

/** Extract the posting shown in a tab, or say why not. */
export async function extractFromTab(tab: TabInfo): Promise<ExtractResult> {
  if (isRestrictedUrl(tab.url) && tab.url !== undefined) return { ok: false, failure: { kind: 'restricted', url: tab.url } };
  const access = await ensureContentScript(tab.id);
  if (access !== 'ok') return { ok: false, failure: { kind: access, url: tab.url } };
  try {
    const first = await sendToTab(tab.id, 'extract', {});
    if (!needsGeneric(first)) return first;
    // no adapter, and no JSON-LD or only a short one: bring in the generic reader, then read again
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/generic.js'] });
    const second = await sendToTab(tab.id, 'extract', {});
    if (second.ok || second.failure.kind !== 'no-posting') return second;
    // none on the page itself: it may show its posting in a frame from its job board's site
    const frame = postingFrame(await framesOf(tab.id), tab.url);
    return frame ? { ok: false, failure: { ...second.failure, frame } } : second;
  } catch (err) {
    return { ok: false, failure: { kind: 'error', message: String((err as Error)?.message ?? err) } };
  }
}

/** The page's frames with their size on screen (a function run in the page's own frame: self-contained). */
function listFrames(): FrameInfo[] {
  return [...document.querySelectorAll('iframe')].slice(0, 100).map((f) => {
    const r = f.getBoundingClientRect();
    return { src: f.src, width: r.width, height: r.height };
  });
}

async function framesOf(tabId: number): Promise<FrameInfo[]> {
  try {
    const [res] = await browser.scripting.executeScript({ target: { tabId }, func: listFrames });
    return Array.isArray(res?.result) ? (res.result as FrameInfo[]) : [];
  } catch {
    return [];
  }
}
