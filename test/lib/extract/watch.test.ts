import { describe, expect, it } from 'vitest';
import { extractPosting } from '@/lib/extract';
import { watchPosting } from '@/lib/extract/watch';
import type { ExtractResult } from '@/lib/types';
import { loadDocument } from '../../helpers/dom';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const LINES = [
  'Build and maintain data pipelines with Airflow and Kafka for analysts.',
  'Own ETL jobs into the Snowflake data warehouse.',
  'Troubleshoot failed loads every morning for downstream consumers.',
];
const page = (title: string) =>
  `<main><h1>${title}</h1><h2>Responsibilities</h2><ul>${LINES.map((l) => `<li>${l}</li>`).join('')}</ul><h2>Requirements</h2><p>Three years of experience with SQL. Apply with your CV.</p></main>`;

describe('single-page watcher', () => {
  it('reports a new posting once after the page settles, and stays quiet when nothing changed', async () => {
    const doc = loadDocument(`<!doctype html><html><body>${page('Data Engineer')}</body></html>`, 'https://board.example/jobs/1');
    const win = doc.defaultView as unknown as Window & typeof globalThis;
    const extract = () => extractPosting(doc, win.location.href).result;
    const seen: ExtractResult[] = [];
    const stop = watchPosting(win, extract, (r) => seen.push(r), extract(), { debounceMs: 20, pollMs: 10 });
    doc.body.querySelector('h1')!.setAttribute('class', 'x'); // an attribute change: not watched
    doc.body.append(doc.createComment('noise')); // a mutation that changes no text
    await wait(80);
    expect(seen).toHaveLength(0);
    doc.body.innerHTML = page('Senior Data Engineer');
    await wait(80);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.ok && seen[0]!.posting.title).toBe('Senior Data Engineer');
    stop();
    doc.body.innerHTML = page('Staff Data Engineer');
    await wait(80);
    expect(seen).toHaveLength(1);
  });

  it('re-reads a page that never stops changing about once every maxWaitMs, not on every change', async () => {
    const doc = loadDocument(`<!doctype html><html><body>${page('Data Engineer')}<p id="n">0</p></body></html>`, 'https://board.example/jobs/2');
    const win = doc.defaultView as unknown as Window & typeof globalThis;
    let reads = 0;
    const extract = () => {
      reads++;
      return extractPosting(doc, win.location.href).result;
    };
    const stop = watchPosting(win, extract, () => undefined, extract(), { debounceMs: 20, pollMs: 1000, maxWaitMs: 200 });
    const t = setInterval(() => (doc.getElementById('n')!.textContent = String(Date.now())), 10);
    await wait(450);
    clearInterval(t);
    stop();
    expect(reads - 1).toBeGreaterThanOrEqual(1);
    expect(reads - 1).toBeLessThanOrEqual(3);
  });
});
