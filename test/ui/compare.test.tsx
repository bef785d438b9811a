// @vitest-environment happy-dom
/**
 * Compare: two or three postings from the history side by side — their shares and verdicts,
 * the core responsibilities each covers (where they differ first), and the lines that set
 * each apart; picked from History, at most three.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { compare } from '@/lib/compare/compare';
import { historyItem, recordHistory } from '@/lib/storage/history';
import { sanitize } from '@/lib/storage/migrate';
import { emptyState, STATE_KEY, type HistoryItem } from '@/lib/storage/schema';
import { memoryArea } from '@/lib/storage/store';
import type { Posting } from '@/lib/types';
import { HistoryView } from '@/lib/ui/HistoryView';

afterEach(cleanup);

const post = (title: string, lines: string[], i: number): Posting => ({
  title,
  url: `https://jobs.example/${i}`,
  company: `Company ${i}`,
  source: 'generic',
  text: `Responsibilities:\n${lines.map((l) => `- ${l}`).join('\n')}`,
});
const DE = post(
  'Data Scientist',
  [
    'Build and maintain data pipelines with Airflow and Kafka.',
    'Own ETL jobs into the Snowflake data warehouse.',
    'Ensure data quality for downstream consumers and troubleshoot failed loads every morning.',
  ],
  1,
);
const DS = post(
  'Data Scientist',
  [
    'Design and analyse A/B tests and experiments for the pricing team.',
    'Build statistical models and forecasts of customer demand.',
    'Communicate findings and insights to stakeholders and leadership every month.',
  ],
  2,
);
const MLE = post(
  'Machine Learning Engineer',
  [
    'Deploy machine learning models to production and monitor them for drift.',
    'Build ML pipelines that retrain models on fresh data every week.',
    'Own our MLOps tooling: the model registry and CI/CD for models.',
  ],
  3,
);
const item = (p: Posting, at: number) => historyItem(p, analyze(p), at);

describe('what history keeps for Compare', () => {
  it('the core responsibilities covered and the strongest lines, short', () => {
    const h = item(DE, 1);
    expect(h.covers?.length).toBeGreaterThan(0);
    expect(h.covers?.every((id) => id.startsWith('de.'))).toBe(true);
    expect(h.lines?.length).toBeGreaterThan(0);
    expect(h.lines?.every((l) => l.text.length <= 240 && l.role === 'de')).toBe(true);
    expect(new Set(h.lines?.map((l) => l.entry)).size).toBe(h.lines?.length); // one line per responsibility
  });

  it('a malformed covers/lines loses just those fields, the item is kept', () => {
    const good = item(DS, 2);
    const bad = { ...item(DE, 1), covers: 'de.etl', lines: [{ role: 'x', entry: 1, text: null }] };
    const { state, quarantined } = sanitize({ ...emptyState(), history: [bad, good] });
    const history = state['history'] as HistoryItem[];
    expect(quarantined).toBe(0);
    expect(history).toHaveLength(2);
    expect(history[0]).not.toHaveProperty('covers');
    expect(history[0]).not.toHaveProperty('lines');
    expect(history[1]!.covers).toEqual(good.covers);
  });
});

describe('compare()', () => {
  it('puts the responsibilities where postings differ first, and lines none of the others shows', () => {
    const c = compare([item(DE, 1), item(DS, 2), item(MLE, 3)]);
    expect(c.items).toHaveLength(3);
    expect(c.rows.length).toBeGreaterThan(0);
    // every row covered by one of the three but not all differs here
    expect(c.rows.every((r) => r.differs)).toBe(true);
    expect(c.apart.map((lines) => lines.length > 0)).toEqual([true, true, true]);
    expect(c.apart[0]!.every((l) => l.role === 'de')).toBe(true);
    expect(c.unknown).toEqual([]);
  });

  it('says which postings were kept before responsibilities were, instead of showing them as covering nothing', () => {
    const old = { ...item(DE, 1) };
    delete old.covers;
    delete old.lines;
    const c = compare([old, item(DS, 2)]);
    expect(c.unknown).toEqual([0]);
    expect(c.rows.every((r) => r.covered[0] === undefined)).toBe(true);
    expect(c.rows.every((r) => !r.differs)).toBe(true); // unknown is not "differs"
  });
});

describe('History → Compare', () => {
  it('picks up to three postings, compares them side by side, and goes back', async () => {
    let s = emptyState();
    const four = post('Data Engineer', ['Build data pipelines with Spark.', 'Own the warehouse and ETL jobs.', 'Keep data quality high.'], 4);
    for (const [i, p] of [DE, DS, MLE, four].entries()) s = recordHistory(s, item(p, i + 1));
    render(<HistoryView area={memoryArea({ [STATE_KEY]: s })} />);
    const open = await screen.findByTestId('compare-open');
    expect((open as HTMLButtonElement).disabled).toBe(true);
    const picks = screen.getAllByTestId('compare-pick') as HTMLInputElement[];
    expect(picks).toHaveLength(4);
    // newest first: four, MLE, DS, DE
    for (const i of [1, 2, 3]) fireEvent.click(picks[i]!);
    expect(picks[0]!.disabled).toBe(true); // three is the most
    expect(open.textContent).toBe('Compare 3');
    fireEvent.click(open);
    const view = await screen.findByTestId('compare-view');
    expect(
      within(view)
        .getAllByTestId('compare-head')
        .map((h) => h.textContent),
    ).toEqual(['AMachine Learning Engineer · Company 3', 'BData Scientist · Company 2', 'CData Scientist · Company 1']);
    expect(within(view).getByTestId('compare-verdicts').textContent).toBe('Reads asMLEDSDE');
    expect(within(view).getByTestId('compare-share-de').textContent).toMatch(/^DE \(Data Engineer\) share\d+%\d+%\d+%$/);
    expect(within(view).getAllByTestId('compare-row')[0]!.getAttribute('data-differs')).toBe('yes');
    // the columns are named for screen readers, and marks are words too
    expect(within(view).getByRole('columnheader', { name: 'A: Machine Learning Engineer' })).toBeTruthy();
    expect(view.textContent).toContain('does not cover');
    fireEvent.click(within(view).getByTestId('compare-back'));
    expect(await screen.findByTestId('history-list')).toBeTruthy();
  });
});
