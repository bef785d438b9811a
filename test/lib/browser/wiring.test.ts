/** The browser wiring (lib/browser) against WXT's in-memory fake browser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { analyze } from '@/lib/analyze';
import { BOARD_ORIGINS } from '@/lib/extract/adapters/origins';
import { AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID, CHIP_ORIGINS, autoAnalysisAllowed, revokeAutoAnalysis, syncAutoAnalysis } from '@/lib/browser/auto-analysis';
import { showVerdictBadge } from '@/lib/browser/badge';
import { recordAnalysis } from '@/lib/browser/history-recorder';
import { classifyInjectionError, ensureContentScript, extractFromTab, sendToTab, targetTab } from '@/lib/browser/page-client';
import { isRestrictedUrl } from '@/lib/browser/restricted';
import { localArea } from '@/lib/browser/storage-area';
import { message } from '@/lib/messages';
import { STATE_KEY } from '@/lib/storage/schema';
import { loadState } from '@/lib/storage/store';
import type { ExtractResult, Posting } from '@/lib/types';

type Fn = (...args: unknown[]) => unknown;
const fake = fakeBrowser as unknown as Record<string, Record<string, Fn>>;

const POSTING: Posting = {
  title: 'Data Engineer',
  url: 'https://careers.example/jobs/1',
  source: 'generic',
  text: 'Responsibilities:\n- Build and maintain data pipelines with Airflow and Kafka.\n- Own ETL jobs into the Snowflake data warehouse.\n- Ensure data quality for downstream consumers and troubleshoot failed loads.',
};

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.windows.create({ focused: true });
});

async function openTab(url: string) {
  const tab = await browser.tabs.create({ url, active: true });
  return tab.id!;
}

describe('page client', () => {
  it('aims at the active tab, a named tab, or the tab that opened this page', async () => {
    const a = await openTab('https://careers.example/jobs/1');
    const b = await openTab('https://careers.example/jobs/2');
    // the fake's "last focused window" lags one window behind; the active tab comes from this query
    const query = vi.fn(async () => [await browser.tabs.get(b)]);
    fake['tabs']!['query'] = query;
    expect(await targetTab('')).toMatchObject({ id: b, url: 'https://careers.example/jobs/2' });
    expect(query).toHaveBeenCalledWith({ active: true, lastFocusedWindow: true });
    expect((await targetTab(`?tab=${a}`))?.id).toBe(a);
    expect(await targetTab('?tab=999')).toBeUndefined();
    fake['tabs']!['getCurrent'] = async () => ({ id: 5, openerTabId: a });
    expect((await targetTab('?tab=opener'))?.id).toBe(a);
  });

  it('injects the reader when no reader answers, and tells restricted pages from pages without access', async () => {
    const tab = await openTab('https://careers.example/jobs/1');
    let alive = false;
    fake['tabs']!['sendMessage'] = vi.fn(async () => (alive ? { alive: true } : Promise.reject(new Error('no receiver'))));
    const inject = vi.fn(async () => {
      alive = true;
      return [];
    });
    fake['scripting']!['executeScript'] = inject;
    expect(await ensureContentScript(tab)).toBe('ok');
    expect(inject).toHaveBeenCalledWith({ target: { tabId: tab }, files: ['/reader.js'] });
    expect(await ensureContentScript(tab)).toBe('ok');
    expect(inject).toHaveBeenCalledTimes(1); // a live reader is not injected again

    alive = false;
    fake['scripting']!['executeScript'] = vi.fn(async () => Promise.reject(new Error('Cannot access a chrome:// URL')));
    expect(await ensureContentScript(tab)).toBe('restricted');
    fake['scripting']!['executeScript'] = vi.fn(async () =>
      Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')),
    );
    expect(await ensureContentScript(tab)).toBe('no-access');
    expect(classifyInjectionError('Cannot access contents of url "about:blank"')).toBe('restricted');
  });

  it('brings in the generic reader when adapters and JSON-LD found nothing, then reads again', async () => {
    const tab = await openTab('https://careers.example/jobs/1');
    const first: ExtractResult = { ok: false, failure: { kind: 'no-posting', unread: 'generic' } };
    const second: ExtractResult = { ok: true, posting: POSTING };
    const replies = [{ alive: true }, first, second];
    fake['tabs']!['sendMessage'] = vi.fn(async () => replies.shift());
    const inject = vi.fn(async () => []);
    fake['scripting']!['executeScript'] = inject;
    expect(await extractFromTab({ id: tab, url: 'https://careers.example/jobs/1' })).toEqual(second);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: tab }, files: ['/generic.js'] });
  });

  it('says "restricted" for browser pages without asking the page, and reports a failed request as an error', async () => {
    expect(await extractFromTab({ id: 1, url: 'chrome://settings' })).toEqual({ ok: false, failure: { kind: 'restricted', url: 'chrome://settings' } });
    const tab = await openTab('https://careers.example/jobs/1');
    const replies: unknown[] = [{ alive: true }];
    fake['tabs']!['sendMessage'] = vi.fn(async () => (replies.length ? replies.shift() : Promise.reject(new Error('The page went away'))));
    expect(await extractFromTab({ id: tab, url: 'https://careers.example/jobs/1' })).toEqual({
      ok: false,
      failure: { kind: 'error', message: 'The page went away' },
    });
    fake['tabs']!['sendMessage'] = vi.fn(async () => ({ cleared: true }));
    expect(await sendToTab(tab, 'clear', {})).toEqual({ cleared: true });
  });

  it('knows the pages no extension may script', () => {
    for (const url of [
      'chrome://extensions',
      'about:blank',
      'https://chromewebstore.google.com/detail/x',
      'https://addons.mozilla.org/en/firefox',
      'https://example.com/cv.pdf',
      undefined,
      'not a url',
    ])
      expect(isRestrictedUrl(url), String(url)).toBe(true);
    for (const url of ['https://careers.example/jobs/1', 'http://127.0.0.1:8080/x.html', 'https://chrome.google.com/other'])
      expect(isRestrictedUrl(url), url).toBe(false);
  });
});

describe('toolbar badge', () => {
  it('shows the verdict as text with a title, and nothing for "none"', async () => {
    const tab = await openTab('https://careers.example/jobs/1');
    const calls: [string, unknown][] = [];
    for (const name of ['setBadgeText', 'setTitle', 'setBadgeBackgroundColor'])
      fake['action']![name] = vi.fn(async (arg: unknown) => void calls.push([name, arg]));
    await showVerdictBadge(tab, analyze(POSTING));
    expect(calls).toContainEqual(['setBadgeText', { tabId: tab, text: 'DE' }]);
    expect(calls.find(([n]) => n === 'setTitle')![1]).toMatchObject({ title: expect.stringMatching(/reads as Data Engineer \(\d+%\)/) });
    calls.length = 0;
    await showVerdictBadge(tab, undefined);
    expect(calls).toContainEqual(['setBadgeText', { tabId: tab, text: '' }]);
  });
});

describe('history recorder and storage area', () => {
  it('records postings read from pages, not pasted text or too-short text', async () => {
    await recordAnalysis(POSTING, analyze(POSTING));
    await recordAnalysis({ ...POSTING, source: 'paste', url: 'https://x.example/2' }, analyze(POSTING));
    const short = { ...POSTING, text: 'Data pipelines.', url: 'https://x.example/3' };
    await recordAnalysis(short, analyze(short));
    const { state } = await loadState(localArea());
    expect(state.history.map((h) => h.url)).toEqual(['https://careers.example/jobs/1']);
  });

  it('tells subscribers when the state changes anywhere, until they unsubscribe', async () => {
    const area = localArea();
    const seen = vi.fn();
    const stop = area.subscribe!(STATE_KEY, seen);
    await browser.storage.local.set({ other: 1 });
    await area.set(STATE_KEY, { version: 2 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    stop();
    await area.set(STATE_KEY, { version: 2, x: 1 });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('automatic analysis on job boards', () => {
  it('chips only on LinkedIn and Indeed, whose origins are among the boards asked for', () => {
    expect(CHIP_ORIGINS).toContain('https://*.linkedin.com/*');
    expect(CHIP_ORIGINS).toContain('https://*.indeed.co.uk/*');
    expect(CHIP_ORIGINS.every((o) => BOARD_ORIGINS.includes(o))).toBe(true);
    expect(CHIP_ORIGINS.some((o) => o.includes('greenhouse'))).toBe(false);
  });

  it('registers the reader on the boards while their access is granted, and unregisters it when revoked', async () => {
    let granted = true;
    const registered: string[] = [];
    fake['permissions']!['contains'] = vi.fn(async () => granted);
    fake['permissions']!['remove'] = vi.fn(async () => {
      granted = false;
      return true;
    });
    fake['scripting']!['getRegisteredContentScripts'] = vi.fn(async () => registered.map((id) => ({ id })));
    fake['scripting']!['registerContentScripts'] = vi.fn(async (scripts: unknown) => void registered.push(...(scripts as { id: string }[]).map((s) => s.id)));
    fake['scripting']!['unregisterContentScripts'] = vi.fn(async () => void registered.splice(0));
    expect(await autoAnalysisAllowed()).toBe(true);
    expect(await syncAutoAnalysis()).toBe(true);
    expect(registered).toEqual([AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID]);
    await syncAutoAnalysis();
    expect(registered).toEqual([AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID]); // not twice
    // an earlier version registered the reader alone: the chips are added, the reader kept
    registered.splice(1);
    await syncAutoAnalysis();
    expect(registered).toEqual([AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID]);
    // the browser may refuse to remove the access (required by policy): RoleLens says so and keeps its scripts
    fake['permissions']!['remove'] = vi.fn(async () => Promise.reject(new Error('You cannot remove required permissions.')));
    expect(await revokeAutoAnalysis()).toBe(false);
    expect(registered).toEqual([AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID]);
    fake['permissions']!['remove'] = vi.fn(async () => {
      granted = false;
      return true;
    });
    expect(await revokeAutoAnalysis()).toBe(true);
    expect(registered).toEqual([]);
    fake['permissions']!['contains'] = vi.fn(async () => Promise.reject(new Error('no')));
    expect(await autoAnalysisAllowed()).toBe(false);
  });
});

void message;
