/** The side panel's tab session against WXT's fake browser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { isAnalyzeTextPayload } from '@/lib/messages';
import { TabSession } from '@/lib/sidepanel/tab-session';
import type { ExtractResult, Posting } from '@/lib/types';
import type { ViewState } from '@/lib/ui/view-state';

type Fn = (...args: unknown[]) => unknown;
const fake = fakeBrowser as unknown as Record<string, Record<string, Fn>>;
const posting = (title: string): Posting => ({
  title,
  source: 'generic',
  text: 'Responsibilities:\n- Build and maintain data pipelines with Airflow and Kafka.\n- Own ETL jobs into the Snowflake data warehouse.\n- Ensure data quality and troubleshoot failed loads.',
});

beforeEach(async () => {
  fakeBrowser.reset();
  await browser.windows.create({ focused: true });
  fake['tabs']!['connect'] = vi.fn(() => ({ disconnect: vi.fn() }));
});

describe('side panel tab session', () => {
  it("shows the latest read only: a quick tab switch never shows the previous tab's posting", async () => {
    const a = await browser.tabs.create({ url: 'https://a.example/1' });
    const b = await browser.tabs.create({ url: 'https://b.example/2' });
    let active = a;
    fake['tabs']!['query'] = vi.fn(async () => [active]);
    const slow: Record<number, (r: ExtractResult) => void> = {};
    fake['tabs']!['sendMessage'] = vi.fn((tabId: unknown, msg: unknown) =>
      (msg as { type: string }).type === 'ping' ? Promise.resolve({ alive: true }) : new Promise((ok) => (slow[tabId as number] = ok as never)),
    );
    const shown: ViewState[] = [];
    const session = new TabSession((s) => void shown.push(s));
    const first = session.read();
    await vi.waitFor(() => expect(slow[a.id!]).toBeDefined());
    active = b;
    const second = session.read();
    await vi.waitFor(() => expect(slow[b.id!]).toBeDefined());
    slow[b.id!]!({ ok: true, posting: posting('B job') });
    await second;
    slow[a.id!]!({ ok: true, posting: posting('A job') }); // the first tab answers late
    await first;
    const reports = shown.filter((s) => s.kind === 'report') as Extract<ViewState, { kind: 'report' }>[];
    expect(reports.map((r) => r.posting.title)).toEqual(['B job']);
    expect(session.tabId).toBe(b.id);
  });

  it('takes reader news from its own tab only, skips a repeat, and reads again for the generic reader', async () => {
    const tab = await browser.tabs.create({ url: 'https://a.example/1' });
    fake['tabs']!['query'] = vi.fn(async () => [tab]);
    const replies: unknown[] = [{ alive: true }, { ok: true, posting: posting('A job') }];
    fake['tabs']!['sendMessage'] = vi.fn(async () => replies.shift() ?? { drawn: 0, missing: 0, supported: true });
    const shown: ViewState[] = [];
    const session = new TabSession((s) => void shown.push(s));
    await session.read();
    const current = shown.at(-1)!;
    const before = shown.length;
    session.onReaderNews({ ok: true, posting: posting('Other tab job') }, 999, current);
    session.onReaderNews({ ok: true, posting: posting('A job') }, tab.id, current);
    expect(shown.length).toBe(before);
    session.onReaderNews({ ok: true, posting: posting('Next job') }, tab.id, current);
    expect((shown.at(-1) as { posting: Posting }).posting.title).toBe('Next job');
    const read = vi.spyOn(session, 'read').mockResolvedValue();
    session.onReaderNews({ ok: false, failure: { kind: 'no-posting', unread: 'generic' } }, tab.id, current);
    expect(read).toHaveBeenCalled();
  });

  it('paints only while a verdict stands', async () => {
    const tab = await browser.tabs.create({ url: 'https://a.example/1' });
    fake['tabs']!['query'] = vi.fn(async () => [tab]);
    const sent: string[] = [];
    const replies: unknown[] = [{ alive: true }, { ok: true, posting: posting('A job') }];
    fake['tabs']!['sendMessage'] = vi.fn(async (_id: unknown, msg: unknown) => {
      sent.push((msg as { type: string }).type);
      return replies.shift() ?? {};
    });
    const shown: ViewState[] = [];
    const session = new TabSession((s) => void shown.push(s));
    await session.read();
    const report = shown.at(-1) as Extract<ViewState, { kind: 'report' }>;
    await session.paint(report, { mle: true, ds: true, de: true });
    expect(sent.at(-1)).toBe('highlight');
    await session.paint({ ...report, report: { ...report.report, verdict: 'none' } }, { mle: true, ds: true, de: true });
    expect(sent.at(-1)).toBe('clear');
  });

  it('checks text handed over through session storage before using it', () => {
    expect(isAnalyzeTextPayload({ target: 'draft', posting: { text: 'x', source: 'draft' } })).toBe(true);
    for (const bad of [null, 'text', { target: 'elsewhere', posting: { text: 'x', source: 'draft' } }, { target: 'draft', posting: { text: 5 } }])
      expect(isAnalyzeTextPayload(bad)).toBe(false);
  });
});
