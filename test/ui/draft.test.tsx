// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '@/lib/analyze';
import { coreEntries, coverage } from '@/lib/draft/coverage';
import { reportMarkdown } from '@/lib/report/markdown';
import { HISTORY_KEY, STATE_KEY, type State } from '@/lib/storage/schema';
import { memoryArea, updateState } from '@/lib/storage/store';
import { DraftView } from '@/lib/ui/DraftView';

afterEach(cleanup);

const DE_DRAFT = `Data Scientist
Responsibilities:
- Design, build and maintain data pipelines with Airflow and Kafka.
- Own ETL jobs into the Snowflake data warehouse and keep data quality high.
- Troubleshoot failed loads for downstream consumers.
- Run an A/B test now and then and present the results to stakeholders.`;

describe('draft coverage', () => {
  it('lists the intended role’s core responsibilities the draft covers and lacks', () => {
    const report = analyze({ text: DE_DRAFT, source: 'draft' });
    const cov = coverage(report, 'ds');
    const core = coreEntries('ds').map((e) => e.id);
    expect([...cov.covered.map((c) => c.entry.id), ...cov.missing.map((m) => m.id)].sort()).toEqual([...core].sort());
    expect(cov.covered.map((c) => c.entry.id)).toContain('ds.experiments');
    expect(cov.missing.map((m) => m.id)).toContain('ds.statistics');
    expect(cov.pulling.every((e) => e.role !== 'ds')).toBe(true);
    expect(cov.pulling.map((e) => e.text)).toContain('Design, build and maintain data pipelines with Airflow and Kafka.');
  });

  it('exports Markdown that escapes page text', () => {
    const text = `${DE_DRAFT}\n- Build data pipelines <img src=x onerror=alert(1)> [link](javascript:alert(1)).`;
    const report = analyze({ text, source: 'draft' });
    const md = reportMarkdown({ text, source: 'draft', title: 'My *draft*' }, report, coverage(report, 'ds'), new Date('2026-11-24'));
    expect(md).toMatch(/^# RoleLens analysis: My \\\*draft\\\*/);
    expect(md).toMatch(/Covers|Coverage of the Data Scientist role: \d+ of \d+/);
    expect(md).toContain('- [ ] Apply statistics and statistical modelling — *missing; consider adding it*');
    expect(md).not.toMatch(/(^|[^\\])<img/m);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript/m);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });
});

describe('draft view', () => {
  it('analyses as you type, shows the mismatch, the missing responsibilities and the pulling lines', async () => {
    const area = memoryArea();
    render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    const textarea = await screen.findByTestId('draft-text');
    fireEvent.click(screen.getByTestId('intended-ds'));
    fireEvent.input(textarea, { target: { value: DE_DRAFT } });
    const mismatch = await screen.findByTestId('draft-mismatch');
    expect(mismatch.textContent).toMatch(/Meant as Data Scientist, reads as Data Engineer/);
    const missing = within(screen.getByTestId('coverage'))
      .getAllByTestId('missing')
      .map((li) => li.textContent);
    expect(missing.some((t) => t?.startsWith('Apply statistics and statistical modelling'))).toBe(true);
    // only the lines that pull elsewhere, not the whole draft again
    const marked = screen.getByTestId('marked-draft');
    expect(marked.querySelectorAll('mark.pull-de').length).toBeGreaterThanOrEqual(2);
    expect(marked.textContent).not.toContain('Run an A/B test now and then');
    // the summary at the top says it in one place: verdict, shares, coverage of the intended role
    const summary = screen.getByTestId('draft-summary');
    expect(summary.textContent).toMatch(/Reads as Data Engineer · meant as Data Scientist/);
    expect(screen.getByTestId('draft-summary-shares').textContent).toMatch(/^DE \d+% · DS \d+% · MLE \d+% · covers \d of \d core DS duties$/);
    // "Show in draft" selects that line in the editor
    const first = marked.querySelector('mark')!.textContent!.replace(/^DE \(Data Engineer\)/, '');
    fireEvent.click(within(marked).getAllByRole('button', { name: /Show in the draft/ })[0]!);
    const ta = textarea as HTMLTextAreaElement;
    expect(document.activeElement).toBe(ta);
    expect(ta.value.slice(ta.selectionStart, ta.selectionEnd)).toBe(first);
  });

  it('saves the draft as it changes and restores it when the panel reopens', async () => {
    const area = memoryArea();
    const first = render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    fireEvent.input(await screen.findByTestId('draft-name'), { target: { value: 'Platform role' } });
    fireEvent.click(screen.getByTestId('intended-mle'));
    fireEvent.input(screen.getByTestId('draft-text'), { target: { value: 'Deploy models to production and monitor them.' } });
    await waitFor(() => expect((area.data[STATE_KEY] as State | undefined)?.drafts[0]?.text).toBe('Deploy models to production and monitor them.'));
    first.unmount();

    render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    expect(((await screen.findByTestId('draft-text')) as HTMLTextAreaElement).value).toBe('Deploy models to production and monitor them.');
    expect((screen.getByTestId('draft-name') as HTMLInputElement).value).toBe('Platform role');
    expect((screen.getByTestId('intended-mle') as HTMLInputElement).checked).toBe(true);
  });

  it('saving a draft keeps history recorded meanwhile by another view, and never rewrites the history', async () => {
    const area = memoryArea();
    const historyWrites = vi.fn();
    const set = area.set;
    area.set = async (k, v) => {
      if (k === HISTORY_KEY) historyWrites();
      return set(k, v);
    };
    render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    await screen.findByTestId('draft-text');
    // the popup records a posting while the draft view is open
    await updateState(area, (s) => ({
      ...s,
      history: [{ title: 'Seen in the popup', source: 'json-ld', verdict: 'de', scores: { mle: 0, ds: 0, de: 1 }, at: 5 }],
    }));
    const writesBefore = historyWrites.mock.calls.length;
    fireEvent.input(screen.getByTestId('draft-text'), { target: { value: 'A new line.' } });
    await waitFor(() => expect((area.data[STATE_KEY] as State | undefined)?.drafts[0]?.text).toBe('A new line.'));
    expect((area.data[HISTORY_KEY] as State['history']).map((h) => h.title)).toEqual(['Seen in the popup']);
    expect(historyWrites.mock.calls.length).toBe(writesBefore); // the history item is not rewritten by a draft save
  });

  it('saves edits made just before the panel closes', async () => {
    const area = memoryArea();
    const view = render(<DraftView area={area} debounceMs={10} saveMs={10_000} />);
    fireEvent.input(await screen.findByTestId('draft-text'), { target: { value: 'Last words before closing.' } });
    view.unmount();
    await waitFor(() => expect((area.data[STATE_KEY] as State | undefined)?.drafts[0]?.text).toBe('Last words before closing.'));
  });

  it('keeps several named drafts, switches between them and deletes one', async () => {
    const area = memoryArea();
    render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    fireEvent.input(await screen.findByTestId('draft-text'), { target: { value: 'first draft' } });
    fireEvent.click(screen.getByTestId('draft-new'));
    fireEvent.input(screen.getByTestId('draft-text'), { target: { value: 'second draft' } });
    const select = screen.getByTestId('draft-select') as HTMLSelectElement;
    expect(select.options.length).toBe(2);
    fireEvent.change(select, { target: { value: select.options[1]!.value } });
    expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value).toBe('first draft');
    globalThis.confirm = () => true;
    fireEvent.click(screen.getByTestId('draft-delete'));
    expect((screen.getByTestId('draft-select') as HTMLSelectElement).options.length).toBe(1);
    expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value).toBe('second draft');
  });

  it('shows a save failure instead of hiding it', async () => {
    const area = { get: async () => undefined, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    render(<DraftView area={area} debounceMs={10} saveMs={10} />);
    fireEvent.input(await screen.findByTestId('draft-text'), { target: { value: 'x' } });
    await waitFor(() => expect(screen.getByTestId('draft-saved').textContent).toMatch(/Not saved — Storage is full/));
  });
});

describe('draft assistant states', () => {
  const seeded = (text: string, name = 'Pricing hire') =>
    memoryArea({
      [STATE_KEY]: {
        version: 2,
        settings: { highlight: { mle: true, ds: true, de: true } },
        drafts: [{ id: 'd1', name, text, intended: 'ds', updatedAt: 1 }],
        activeDraft: 'd1',
        history: [],
      },
    });

  it('a draft too short to judge says so, with no verdict, bars or export', async () => {
    render(<DraftView area={seeded('We are hiring.')} debounceMs={0} saveMs={0} />);
    expect((await screen.findByTestId('draft-too-short')).textContent).toMatch(/Keep writing/);
    expect(screen.queryByTestId('draft-summary')).toBeNull(); // said once, below the editor
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    expect(screen.queryByTestId('copy-md')).toBeNull();
  });

  it('a name is required: emptied, it says so, and gets a name back when left', async () => {
    render(<DraftView area={seeded(DE_DRAFT)} debounceMs={0} saveMs={0} />);
    const name = (await screen.findByTestId('draft-name')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: '  ' } });
    expect(screen.getByTestId('draft-name-error').textContent).toBe('A draft needs a name.');
    fireEvent.blur(name);
    await waitFor(() => expect((screen.getByTestId('draft-name') as HTMLInputElement).value).toBe('Draft 1'));
    expect(screen.queryByTestId('draft-name-error')).toBeNull();
  });

  it('"Copied" goes back to "Copy as Markdown" after a moment', async () => {
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void writes.push(t) }, configurable: true });
    render(<DraftView area={seeded(DE_DRAFT)} debounceMs={0} saveMs={0} copiedMs={100} />);
    const copy = await screen.findByTestId('copy-md');
    fireEvent.click(copy);
    await waitFor(() => expect(screen.getByTestId('copy-md').textContent).toBe('Copied'));
    expect(writes[0]).toMatch(/^# RoleLens analysis: Pricing hire/);
    await waitFor(() => expect(screen.getByTestId('copy-md').textContent).toBe('Copy as Markdown'));
  });
});

describe('suggestions for what the draft lacks', () => {
  it('each missing core responsibility offers a sentence in the source article wording that adds itself to the draft', async () => {
    const area = memoryArea({
      [STATE_KEY]: {
        version: 2,
        settings: { highlight: { mle: true, ds: true, de: true } },
        drafts: [{ id: 'd1', name: 'Pricing hire', text: DE_DRAFT, intended: 'ds', updatedAt: 1 }],
        activeDraft: 'd1',
        history: [],
      },
    });
    render(<DraftView area={area} debounceMs={0} saveMs={0} />);
    const cards = await screen.findAllByTestId('suggestion');
    expect(cards.length).toBeGreaterThan(2);
    const before = screen.getAllByTestId('missing').length;
    const label = cards[0]!.closest('li')!.textContent!.split(' — ')[0]!;
    const add = within(cards[0]!).getByTestId('suggestion-add');
    const line = cards[0]!.querySelector('q')!.textContent!;
    fireEvent.click(add);
    await waitFor(() => expect((screen.getByTestId('draft-text') as HTMLTextAreaElement).value.endsWith(`- ${line}`)).toBe(true));
    // once added, that responsibility is covered (the line may cover another one too)
    await waitFor(() => expect(screen.queryAllByTestId('missing').length).toBeLessThan(before));
    expect(screen.queryAllByTestId('missing').map((li) => li.textContent!.split(' — ')[0])).not.toContain(label);
  });
});
