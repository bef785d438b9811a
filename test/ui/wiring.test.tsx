// @vitest-environment happy-dom
/** Extension pages and the service worker wired to WXT's in-memory fake browser. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { analyze } from '@/lib/analyze';
import { historyItem, recordHistory } from '@/lib/storage/history';
import { emptyState, HISTORY_KEY, STATE_KEY } from '@/lib/storage/schema';
import { memoryArea } from '@/lib/storage/store';
import type { ExtractResult, Posting } from '@/lib/types';
import { HistoryView } from '@/lib/ui/HistoryView';
import { PastePanel } from '@/lib/ui/PastePanel';
import { message } from '@/lib/messages';

type Fn = (...args: unknown[]) => unknown;
const tick = (ms: number) => new Promise<undefined>((ok) => setTimeout(() => ok(undefined), ms));
const fake = fakeBrowser as unknown as Record<string, Record<string, Fn>>;

const DE_TEXT =
  'Responsibilities:\n- Build and maintain data pipelines with Airflow and Kafka.\n- Own ETL jobs into the Snowflake data warehouse.\n- Ensure data quality for downstream consumers and troubleshoot failed loads every morning.';
const posting = (title: string, url: string): Posting => ({ title, url, source: 'generic', text: DE_TEXT, company: 'Acme' });

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.windows.create({ focused: true });
});
afterEach(cleanup);

describe('history view', () => {
  it('lists, searches by what a posting reads as, exports and clears', async () => {
    let s = emptyState();
    for (const [t, u] of [
      ['Senior Data Scientist', 'https://a.example/1'],
      ['Platform Engineer', 'https://b.example/2'],
    ] as const)
      s = recordHistory(s, historyItem(posting(t, u), analyze(posting(t, u)), 1_700_000_000_000));
    const area = memoryArea({ [STATE_KEY]: s });
    const downloads: string[] = [];
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    HTMLAnchorElement.prototype.click = vi.fn(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    render(<HistoryView area={area} />);
    await screen.findByTestId('history-list');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Platform Engineer', 'Senior Data Scientist']); // newest first
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'data engineer' } });
    expect(screen.getAllByRole('link')).toHaveLength(2); // both read as data engineering
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'platform' } });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Platform Engineer']);
    fireEvent.click(screen.getByRole('button', { name: /JSON/ }));
    fireEvent.click(screen.getByRole('button', { name: /CSV/ }));
    expect(downloads.length).toBe(2);
    (globalThis as unknown as { confirm: () => boolean }).confirm = () => true;
    fireEvent.click(screen.getByRole('button', { name: /Clear/ }));
    await waitFor(async () => expect((await area.get(HISTORY_KEY)) as unknown[]).toHaveLength(0));
  });
});

describe('paste panel', () => {
  it('analyzes pasted text as a posting of its own; the text stays in the box', () => {
    const got = vi.fn();
    let text = '';
    const { rerender } = render(<PastePanel text={text} onText={(t) => (text = t)} onAnalyze={got} />);
    expect((screen.getByTestId('paste-analyze') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: DE_TEXT } });
    rerender(<PastePanel text={text} onText={(t) => (text = t)} onAnalyze={got} />);
    const button = screen.getByTestId('paste-analyze') as HTMLButtonElement;
    fireEvent.submit(button.closest('form')!);
    expect(got).toHaveBeenCalledWith(expect.objectContaining({ source: 'paste', text: expect.stringContaining('Airflow') }));
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(DE_TEXT);
  });
});

describe('popup page', () => {
  it('reads the active tab through the page reader and shows the verdict', async () => {
    const tab = await browser.tabs.create({ url: 'https://careers.example/jobs/1', active: true });
    fake['tabs']!['query'] = vi.fn(async () => [tab]);
    const result: ExtractResult = { ok: true, posting: posting('Data Engineer', 'https://careers.example/jobs/1') };
    const replies: unknown[] = [{ alive: true }, result];
    fake['tabs']!['sendMessage'] = vi.fn(async () => replies.shift());
    const { App } = await import('@/entrypoints/popup/App');
    render(<App />);
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('de');
  });

  it('says the page cannot be read when there is no tab', async () => {
    fake['tabs']!['query'] = vi.fn(async () => []);
    const { App } = await import('@/entrypoints/popup/App');
    render(<App />);
    await screen.findByTestId('state-restricted');
  });
});

describe('settings page', () => {
  it('shows whether automatic analysis is on, and turns it off', async () => {
    let granted = true;
    fake['permissions']!['contains'] = vi.fn(async () => granted);
    fake['permissions']!['remove'] = vi.fn(async () => ((granted = false), true));
    fake['scripting']!['getRegisteredContentScripts'] = vi.fn(async () => []);
    fake['scripting']!['unregisterContentScripts'] = vi.fn(async () => undefined);
    const { App } = await import('@/entrypoints/options/App');
    render(<App />);
    const off = await screen.findByRole('button', { name: /turn off/i });
    fireEvent.click(off);
    await screen.findByRole('button', { name: /turn on/i });
  });
});

describe('history view, live', () => {
  it('shows a posting recorded meanwhile by another page without reopening', async () => {
    const { localArea } = await import('@/lib/browser/storage-area');
    const { updateState } = await import('@/lib/storage/store');
    const area = localArea();
    const p = posting('Data Engineer', 'https://careers.example/live');
    await updateState(area, (s) => recordHistory(s, historyItem(p, analyze(p), 1)));
    render(<HistoryView area={area} />);
    await screen.findByRole('link', { name: 'Data Engineer' });
    const q = posting('Platform Data Engineer', 'https://careers.example/live-2');
    await updateState(area, (s) => recordHistory(s, historyItem(q, analyze(q), 2)));
    await screen.findByRole('link', { name: 'Platform Data Engineer' });
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Platform Data Engineer', 'Data Engineer']);
  });
});

describe('service worker', () => {
  it('creates the context menus on install and shows each posting the reader announces as the badge', async () => {
    const menus: string[] = [];
    fake['contextMenus'] = {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn((item: unknown) => void menus.push((item as { title: string }).title)),
      onClicked: { addListener: vi.fn() } as unknown as Fn,
    } as unknown as Record<string, Fn>;
    const badge: unknown[] = [];
    for (const name of ['setBadgeText', 'setTitle', 'setBadgeBackgroundColor']) fake['action']![name] = vi.fn(async (arg: unknown) => void badge.push(arg));
    fake['permissions']!['contains'] = vi.fn(async () => false);
    const events = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
    (fakeBrowser.permissions as unknown as Record<string, unknown>)['onAdded'] = events();
    (fakeBrowser.permissions as unknown as Record<string, unknown>)['onRemoved'] = events();
    fake['scripting']!['getRegisteredContentScripts'] = vi.fn(async () => []);
    const background = (await import('@/entrypoints/background')).default as unknown as { main: () => void };
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus).toEqual(['Analyze selection with RoleLens', 'Analyze this draft with RoleLens']));
    const tab = await browser.tabs.create({ url: 'https://careers.example/jobs/1' });
    const result: ExtractResult = { ok: true, posting: posting('Data Engineer', 'https://careers.example/jobs/1') };
    await fakeBrowser.runtime.onMessage.trigger(message('posting-changed', { result }), { tab } as never, () => undefined);
    await vi.waitFor(() => expect(badge).toContainEqual({ tabId: tab.id, text: 'DE' }));
    // the posting read as the user browses joins the history (its search-result chip reads from there)
    await vi.waitFor(async () => {
      const saved = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as { url?: string; verdict: string }[] | undefined;
      expect(saved?.map((h) => [h.url, h.verdict])).toEqual([['https://careers.example/jobs/1', 'de']]);
    });
    // a popup hands its posting to the service worker, which outlives it; a content script can't write history this way
    const record = (p: Posting, sender: object) =>
      new Promise<unknown>((ok) => void fakeBrowser.runtime.onMessage.trigger(message('record-posting', { posting: p }), sender as never, ok));
    const fromPage = await Promise.race([record(posting('Injected', 'https://evil.example/1'), { tab, url: 'https://evil.example/1' }), tick(50)]);
    expect(fromPage).toBeUndefined();
    expect(await record(posting('Data Engineer', 'https://careers.example/jobs/2'), { url: browser.runtime.getURL('/popup.html') })).toEqual({ saved: true });
    expect(await record({ text: 5 } as unknown as Posting, { url: browser.runtime.getURL('/popup.html') })).toEqual({ saved: false });
    const saved = (await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as { url?: string }[];
    expect(saved.map((h) => h.url)).toEqual(['https://careers.example/jobs/2', 'https://careers.example/jobs/1']);
  });
});

describe('damaged and newer saved data', () => {
  it('settings show records set aside, export them and delete them; the rest stays', async () => {
    const { SettingsView } = await import('@/lib/ui/SettingsView');
    const good = { id: 'd1', name: 'Pricing hire', text: 'We need a data scientist.', intended: 'ds', updatedAt: 5 };
    const area = memoryArea({
      [STATE_KEY]: { version: 2, settings: { highlight: { mle: true, ds: true, de: true } }, drafts: [good, { id: 'd2', text: 7 }], history: [] },
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.fn();
    HTMLAnchorElement.prototype.click = clicked;
    (globalThis as unknown as { confirm: () => boolean }).confirm = () => true;
    render(<SettingsView allowed={false} area={area} onAllow={() => undefined} onRevoke={() => undefined} />);
    expect((await screen.findByTestId('quarantine')).textContent).toMatch(/1 damaged record set aside/);
    expect(screen.getByTestId('storage-notice').textContent).toMatch(/set aside/);
    fireEvent.click(screen.getByTestId('quarantine-export'));
    expect(clicked).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('quarantine-delete'));
    await waitFor(() => expect(screen.queryByTestId('quarantine')).toBeNull());
    expect(((await area.get(STATE_KEY)) as { drafts: { id: string }[] }).drafts.map((d) => d.id)).toEqual(['d1']);
  });

  it('history says plainly when the saved data comes from a newer RoleLens', async () => {
    const area = memoryArea({ [STATE_KEY]: { version: 99, history: [] } });
    render(<HistoryView area={area} />);
    expect((await screen.findByTestId('storage-notice')).textContent).toMatch(/newer RoleLens/);
  });
});

describe('settings when the browser refuses', () => {
  it('says plainly that access was not granted and nothing changed', async () => {
    fake['permissions']!['contains'] = vi.fn(async () => false);
    fake['permissions']!['request'] = vi.fn(async () => false);
    fake['scripting']!['getRegisteredContentScripts'] = vi.fn(async () => []);
    const { App } = await import('@/entrypoints/options/App');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: /turn on/i }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not grant access/);
  });
});

describe('your search at a glance', () => {
  it('compares titles with what the postings read as, and filters by what they read as', async () => {
    const { glance } = await import('@/lib/storage/glance');
    let s = emptyState();
    const ds = (i: number) => posting('Data Scientist', `https://x.example/${i}`);
    for (let i = 0; i < 3; i++) s = recordHistory(s, historyItem(ds(i), analyze(ds(i)), i + 1)); // DE duties, titled DS
    const real: Posting = {
      title: 'Data Scientist',
      url: 'https://x.example/9',
      source: 'generic',
      text: 'Responsibilities:\n- Design and analyse A/B tests and experiments for the pricing and marketing teams.\n- Build statistical models, regressions and forecasts of customer demand.\n- Communicate findings and insights to stakeholders and leadership every month.\n- Apply Bayesian methods and causal inference to product questions.',
    };
    s = recordHistory(s, historyItem(real, analyze(real), 10));
    expect(glance(s.history)).toEqual([{ titled: 'ds', total: 4, readsAs: { mle: 0, ds: 1, de: 3, other: 0 } }]);
    render(<HistoryView area={memoryArea({ [STATE_KEY]: s })} />);
    expect((await screen.findByTestId('glance-ds')).textContent).toMatch(/Of 4 titled Data Scientist, 3 read as Data Engineer\./);
    fireEvent.change(screen.getByTestId('history-filter'), { target: { value: 'ds' } });
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
