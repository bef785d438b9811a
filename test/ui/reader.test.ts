// @vitest-environment happy-dom
/**
 * The page reader (entrypoints/reader.ts) in a page, against WXT's fake browser: it follows
 * page changes only where someone needs them, and a request after a change gets the page as
 * it is now, never the reading made on arrival.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { message } from '@/lib/messages';
import { PANEL_PORT } from '@/lib/messages';
import type { ExtractResult } from '@/lib/types';

type Fn = (...args: unknown[]) => unknown;
const fake = fakeBrowser as unknown as Record<string, Record<string, Fn>>;

const posting = (title: string, duty: string) => `<main><h1>${title}</h1><h2>Responsibilities</h2><ul>
  <li>${duty}</li><li>Own ETL jobs that load data into the Snowflake data warehouse.</li><li>Ensure data quality for downstream consumers.</li></ul>
  <p>Requirements: three years of experience with Python and SQL. Apply with your CV.</p></main>`;

let sent: ExtractResult[] = [];
/** runtime.onConnect, which the fake browser leaves to the test. */
const connectListeners = new Set<Fn>();
function fakeOnConnect() {
  connectListeners.clear();
  (fakeBrowser.runtime as unknown as Record<string, unknown>)['onConnect'] = {
    addListener: (f: Fn) => connectListeners.add(f),
    removeListener: (f: Fn) => connectListeners.delete(f),
  };
}
let retire: (() => void) | undefined;

async function startReader(url: string, html: string) {
  (window as unknown as { happyDOM: { setURL: (u: string) => void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  sent = [];
  fakeOnConnect();
  fake['runtime']!['sendMessage'] = vi.fn(async (msg: unknown) => {
    const m = msg as { type: string; payload: { result: ExtractResult } };
    if (m.type === 'posting-changed') sent.push(m.payload.result);
  });
  vi.resetModules();
  // as generic.js does once the side panel or popup has injected it
  const { readGeneric } = await import('@/lib/extract/generic');
  (globalThis as unknown as { __rolelensGeneric?: unknown }).__rolelensGeneric = readGeneric;
  const reader = (await import('@/entrypoints/reader')).default as unknown as { main: () => void };
  reader.main();
  retire = (globalThis as unknown as { __rolelens?: () => void }).__rolelens;
}

async function ask(): Promise<ExtractResult> {
  return new Promise((ok) => void fakeBrowser.runtime.onMessage.trigger(message('extract', {}), {} as never, ok as never));
}

// the watcher's debounce and URL poll run on fake timers: the test need not wait in real time
const settle = () => vi.advanceTimersByTimeAsync(1200);

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  retire?.();
  retire = undefined;
});

describe('page reader', () => {
  it('on a job board, follows single-page navigation: the next request gets the new posting, not the arrival reading', async () => {
    await startReader(
      'https://www.linkedin.com/jobs/view/1',
      `<div id="job-details">${posting('Data Engineer', 'Build data pipelines with Airflow and Kafka.')}</div>`,
    );
    expect(sent).toHaveLength(1); // the arrival reading, for the badge
    document.getElementById('job-details')!.innerHTML = posting('Analytics Engineer', 'Model data in dbt for the finance team.');
    await settle();
    expect(sent.at(-1)).toMatchObject({ ok: true, posting: { text: expect.stringContaining('Model data in dbt') } });
    const now = await ask();
    expect(now).toMatchObject({ ok: true, posting: { text: expect.stringContaining('Model data in dbt') } });
  });

  it('elsewhere, reads on request only — no re-reading of a changing page while no side panel shows it', async () => {
    await startReader('https://careers.example/jobs/1', posting('Data Engineer', 'Build data pipelines with Airflow and Kafka.'));
    expect(sent).toHaveLength(1);
    document.querySelector('li')!.textContent = 'Build streaming pipelines with Flink.';
    await settle();
    expect(sent).toHaveLength(1);

    // a side panel connects: now the reader follows the page
    const disconnect: Fn[] = [];
    for (const f of connectListeners) f({ name: PANEL_PORT, onDisconnect: { addListener: (g: Fn) => disconnect.push(g) } });
    document.querySelector('li')!.textContent = 'Build batch pipelines with Spark.';
    await settle();
    expect(sent.at(-1)).toMatchObject({ ok: true, posting: { text: expect.stringContaining('batch pipelines with Spark') } });

    // the panel closes: the reader stops following
    for (const f of disconnect) f();
    const count = sent.length;
    document.querySelector('li')!.textContent = 'Build nothing at all any more.';
    await settle();
    expect(sent).toHaveLength(count);
  });
});
