import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeDraft, createDraft, deleteDraft, updateDraft } from '@/lib/storage/drafts';
import { clearHistory, historyCsv, historyItem, historyJson, recordHistory, searchHistory } from '@/lib/storage/history';
import { analyze } from '@/lib/analyze';
import { migrate } from '@/lib/storage/migrate';
import { CURRENT_VERSION, emptyState, HISTORY_KEY, SETTINGS_KEY, STATE_KEY } from '@/lib/storage/schema';
import { loadState, memoryArea, saveState, updateState, type Area } from '@/lib/storage/store';

const EXAMPLES = join(import.meta.dirname, '../../fixtures/storage');
/**
 * Saved examples: up to version 2 the one stored item; from version 3 the whole area (`{"area": {key: value}}`),
 * since the history and the settings are items of their own. `data` is the records as one state, for the checks.
 */
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const raw = JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as Record<string, unknown>;
    const area = (raw['area'] as Record<string, unknown> | undefined) ?? { [STATE_KEY]: raw };
    const data: Record<string, unknown> = {
      ...(area[STATE_KEY] as Record<string, unknown>),
      ...(area[HISTORY_KEY] ? { history: area[HISTORY_KEY] } : {}),
      ...(area[SETTINGS_KEY] ? { settings: area[SETTINGS_KEY] } : {}),
    };
    return { file: f, area, data };
  });

describe('storage migrations', () => {
  it('has a saved example state for every schema version up to the current one', () => {
    const versions = examples.map((e) => e.data['version']).sort();
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  for (const { file, area: saved, data } of examples) {
    it(`${file}: migrates to the current version keeping every record`, async () => {
      const area = memoryArea(saved);
      const loaded = await loadState(area);
      expect(loaded.readOnly).toBeFalsy();
      expect(loaded.state.version).toBe(CURRENT_VERSION);
      const before = data['drafts'] as { id: string; text: string; name: string; intended: string }[];
      expect(loaded.state.drafts.map((d) => [d.id, d.name, d.text, d.intended])).toEqual(before.map((d) => [d.id, d.name, d.text, d.intended]));
      expect(loaded.state.settings.highlight).toEqual((data['settings'] as { highlight: unknown }).highlight);
      expect(loaded.state.activeDraft).toBe(data['activeDraft']);
      expect(loaded.state.history).toEqual(data['history'] ?? []);
      if (data['version'] !== CURRENT_VERSION) expect(loaded.notice).toMatch(/updated from version/);
      // what was migrated can be saved and loads again unchanged, stored as two items
      await saveState(area, loaded.state);
      expect((await loadState(area)).state).toEqual(loaded.state);
      expect(area.data[HISTORY_KEY]).toEqual(loaded.state.history);
      expect(area.data[SETTINGS_KEY]).toEqual(loaded.state.settings);
      expect(area.data[STATE_KEY]).not.toHaveProperty('history');
      expect(area.data[STATE_KEY]).not.toHaveProperty('settings');
    });
  }

  it('keeps data from a newer version untouched and does not write over it', async () => {
    const newer = { version: CURRENT_VERSION + 1, drafts: [{ id: 'x' }], future: true };
    const area = memoryArea({ [STATE_KEY]: newer });
    const loaded = await loadState(area);
    expect(loaded.readOnly).toBe(true);
    expect(loaded.notice).toMatch(/newer/);
    expect(area.data[STATE_KEY]).toEqual(newer);
  });

  it('keeps one copy of unreadable data and says where — opened again and again, still one copy', async () => {
    const broken = { version: 'two', drafts: 'x'.repeat(1000) };
    const area = memoryArea({ [STATE_KEY]: broken });
    for (let i = 0; i < 4; i++) {
      const loaded = await loadState(area);
      expect(loaded.state).toEqual(emptyState());
      expect(loaded.notice).toMatch(/copy is kept/);
    }
    const backups = Object.keys(area.data).filter((k) => k.startsWith(`${STATE_KEY}:unreadable`));
    expect(backups).toEqual([`${STATE_KEY}:unreadable`]);
    expect(area.data[backups[0]!]).toEqual(broken);
  });

  it('one damaged record is set aside with a notice; every other draft and history item stays', async () => {
    const good = { id: 'd1', name: 'Pricing hire', text: 'We need a data scientist.', intended: 'ds', updatedAt: 5 };
    const item = { verdict: 'de', scores: { mle: 0.1, ds: 0.1, de: 0.8 }, at: 1_700_000_000_000, source: 'json-ld', title: 'Data Engineer' };
    const stored = {
      version: 2,
      settings: { highlight: null },
      drafts: [good, { id: 'd2', text: 42, intended: 'ds' }, { ...good, id: 'd3', name: 5 }],
      history: [item, { ...item, scores: null }, { ...item, verdict: 'hybrid', hybridOf: 'mle' }, { ...item, at: 1e20 }],
    };
    const area = memoryArea({ [STATE_KEY]: stored });
    const loaded = await loadState(area);
    expect(loaded.state.drafts.map((d) => [d.id, d.name])).toEqual([
      ['d1', 'Pricing hire'],
      ['d3', '5'],
    ]);
    expect(loaded.state.history).toEqual([item]);
    expect(loaded.state.settings.highlight).toEqual({ mle: true, ds: true, de: true });
    expect(loaded.state.quarantine).toHaveLength(4);
    expect(loaded.notice).toMatch(/4 damaged records were set aside/);
    expect(loaded.notice).toMatch(/highlight settings were reset/);
    // exports still work on what was kept
    expect(historyCsv(loaded.state.history).trim().split('\n')).toHaveLength(2);
  });

  it('a damaged history item (version 3) is set aside whole; drafts and settings stay, and the next save repairs it', async () => {
    const good = { id: 'd1', name: 'Pricing hire', text: 'We need a data scientist.', intended: 'ds', updatedAt: 5 };
    const area = memoryArea({
      [STATE_KEY]: { version: 3, drafts: [good] },
      [SETTINGS_KEY]: { highlight: { mle: true, ds: false, de: true } },
      [HISTORY_KEY]: 'not a list',
    });
    const loaded = await loadState(area);
    expect(loaded.state.drafts.map((d) => d.id)).toEqual(['d1']);
    expect(loaded.state.history).toEqual([]);
    expect(loaded.state.settings.highlight.ds).toBe(false);
    expect(loaded.state.quarantine).toEqual([{ kind: 'history', record: 'not a list' }]);
    expect(loaded.notice).toMatch(/1 damaged record was set aside/);
    await updateState(area, (s) => s);
    expect(area.data[HISTORY_KEY]).toEqual([]);
    expect((area.data[STATE_KEY] as { quarantine: unknown[] }).quarantine).toHaveLength(1);
    expect((await loadState(area)).notice).toBeUndefined();
  });

  it('each item is written only when it changed: a settings toggle writes the settings, a draft the state, a posting the history', async () => {
    const area = memoryArea();
    const writes: string[] = [];
    const set = area.set;
    area.set = async (k, v) => {
      writes.push(k);
      return set(k, v);
    };
    await updateState(area, (s) => ({ ...s, settings: { highlight: { ...s.settings.highlight, de: false } } }));
    expect(writes).toEqual([SETTINGS_KEY]);
    writes.length = 0;
    await updateState(area, (s) => createDraft(s, { text: 'x', intended: 'ds', name: 'A' }, 1).state);
    expect(writes).toEqual([STATE_KEY]);
    writes.length = 0;
    await updateState(area, (s) => ({ ...s, history: [{ verdict: 'de', scores: { mle: 0, ds: 0, de: 1 }, at: 1, source: 'json-ld' }] }));
    expect(writes).toEqual([HISTORY_KEY]);
    const loaded = await loadState(area);
    expect([loaded.state.settings.highlight.de, loaded.state.drafts.length, loaded.state.history.length, loaded.notice]).toEqual([false, 1, 1, undefined]);
  });

  it('treats nothing stored as a fresh start, and rejects non-objects', () => {
    expect(migrate(undefined)).toEqual({ ok: true, state: emptyState() });
    expect(migrate('text')).toMatchObject({ ok: false, reason: 'damaged' });
    expect(migrate({ version: 0 })).toMatchObject({ ok: false, reason: 'damaged' });
  });
});

describe('saving', () => {
  it('round-trips the state', async () => {
    const area = memoryArea();
    const { state } = createDraft(emptyState(), { text: 'hello', intended: 'de', name: 'A' }, 1);
    expect(await saveState(area, state)).toEqual({ ok: true });
    expect((await loadState(area)).state).toEqual(state);
  });

  it('reports a full quota instead of swallowing it', async () => {
    const full: Area = { get: async () => undefined, set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    const r = await saveState(full, emptyState());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Storage is full/);
  });
});

describe('drafts', () => {
  it('creates, edits, switches and deletes drafts', () => {
    let s = emptyState();
    const a = createDraft(s, { name: 'A', intended: 'ds' }, 1);
    s = a.state;
    const b = createDraft(s, { name: 'B', intended: 'mle' }, 2);
    s = b.state;
    expect(activeDraft(s)!.name).toBe('B');
    s = updateDraft(s, a.draft.id, { text: 'Run experiments.' }, 3);
    expect(s.drafts.find((d) => d.id === a.draft.id)).toMatchObject({ text: 'Run experiments.', updatedAt: 3 });
    s = deleteDraft(s, b.draft.id);
    expect(s.drafts.map((d) => d.name)).toEqual(['A']);
    expect(activeDraft(s)!.name).toBe('A');
  });
});

describe('history', () => {
  const posting = (title: string, url: string) => ({
    title,
    url,
    company: 'Acme',
    source: 'json-ld' as const,
    text: 'Responsibilities: build and maintain data pipelines with Airflow and Kafka, own ETL jobs into the Snowflake warehouse for analysts, monitor data quality every morning, and troubleshoot failed loads for downstream consumers across the company.',
  });
  it('records postings newest first, refreshes a posting seen again, and evicts the oldest over the cap', () => {
    let s = emptyState();
    for (let i = 0; i < 5; i++) {
      const p = posting(`Job ${i}`, `https://x.example/${i}`);
      s = recordHistory(s, historyItem(p, analyze(p), i), 3);
    }
    expect(s.history.map((h) => h.title)).toEqual(['Job 4', 'Job 3', 'Job 2']);
    const again = posting('Job 2', 'https://x.example/2');
    s = recordHistory(s, historyItem(again, analyze(again), 99), 3);
    expect(s.history.map((h) => [h.title, h.at])).toEqual([
      ['Job 2', 99],
      ['Job 4', 4],
      ['Job 3', 3],
    ]);
    expect(clearHistory(s).history).toEqual([]);
  });

  it('searches title, company, URL, verdict and what the posting reads as', () => {
    let s = emptyState();
    for (const [t, u] of [
      ['Data Engineer', 'https://a.example/1'],
      ['ML Engineer', 'https://b.example/2'],
    ] as const) {
      const p = posting(t, u);
      s = recordHistory(s, historyItem(p, analyze(p), 1));
    }
    expect(searchHistory(s.history, 'ML').map((h) => h.title)).toEqual(['ML Engineer']);
    // both postings read as data engineering, whatever their title says
    expect(s.history.every((h) => h.verdict === 'de')).toBe(true);
    expect(
      searchHistory(s.history, 'data engineer')
        .map((h) => h.title)
        .sort(),
    ).toEqual(['Data Engineer', 'ML Engineer']);
    expect(searchHistory(s.history, 'b.example').map((h) => h.title)).toEqual(['ML Engineer']);
    expect(searchHistory(s.history, '')).toHaveLength(2);
    expect(searchHistory(s.history, 'acme de')).toHaveLength(2);
  });

  it('keeps a role name whole: "data engineer" is not "data" in one place and "engineer" in another', () => {
    const at = (title: string, verdict: 'ds' | 'de', i: number) => ({
      title,
      company: 'Tidewater',
      url: `https://x.example/${i}`,
      source: 'generic' as const,
      verdict,
      scores: { mle: 0.2, ds: 0.4, de: 0.4 },
      at: i,
    });
    const history = [at('ML Engineer, Ranking', 'ds', 1), at('Data Scientist', 'de', 2), at('Data Engineer', 'de', 3)];
    expect(searchHistory(history, 'data engineer').map((h) => h.title)).toEqual(['Data Scientist', 'Data Engineer']);
    expect(searchHistory(history, 'tidewater  Data Engineer').map((h) => h.title)).toEqual(['Data Scientist', 'Data Engineer']);
    expect(searchHistory(history, 'ranking engineer').map((h) => h.title)).toEqual(['ML Engineer, Ranking']);
  });

  it('exports JSON and CSV, neutralising formula-like cells', () => {
    const p = { ...posting('=HYPERLINK("http://evil")', 'https://x.example/1'), company: 'Quote "Co"' };
    const items = [historyItem(p, analyze(p), Date.UTC(2026, 10, 24))];
    const json = JSON.parse(historyJson(items)) as { date: string; title: string }[];
    expect(json[0]).toMatchObject({ date: '2026-11-24T00:00:00.000Z', title: '=HYPERLINK("http://evil")' });
    const csv = historyCsv(items).split('\r\n');
    expect(csv[0]).toBe('date,title,company,url,verdict,mle,ds,de,source');
    expect(csv[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv[1]).toContain('"Quote ""Co"""');
  });
});

describe('updateState', () => {
  it('applies concurrent changes of different parts one after another, losing none', async () => {
    const area = memoryArea();
    const p = {
      title: 'Data Engineer',
      url: 'https://x.example/1',
      source: 'json-ld' as const,
      text: 'Responsibilities: build and maintain data pipelines with Airflow and Kafka, own ETL jobs into the Snowflake warehouse for analysts, monitor data quality every morning, and troubleshoot failed loads for downstream consumers across the company.',
    };
    await Promise.all([
      updateState(area, (s) => createDraft(s, { name: 'A' }, 1).state),
      updateState(area, (s) => recordHistory(s, historyItem(p, analyze(p), 2))),
      updateState(area, (s) => ({ ...s, settings: { ...s.settings, highlight: { mle: false, ds: true, de: true } } })),
    ]);
    const { state } = await loadState(area);
    expect(state.drafts.map((d) => d.name)).toEqual(['A']);
    expect(state.history.map((h) => h.title)).toEqual(['Data Engineer']);
    expect(state.settings.highlight.mle).toBe(false);
  });

  it('refuses to write over data from a newer version', async () => {
    const area = memoryArea({ [STATE_KEY]: { version: CURRENT_VERSION + 1 } });
    const r = await updateState(area, (s) => s);
    expect(r.ok).toBe(false);
    expect(area.data[STATE_KEY]).toEqual({ version: CURRENT_VERSION + 1 });
  });
});

describe('one history entry per posting', () => {
  it('a page whose heading changes every few seconds keeps one entry, refreshed', async () => {
    const { analyze } = await import('@/lib/analyze');
    const { emptyState } = await import('@/lib/storage/schema');
    const { historyItem, recordHistory } = await import('@/lib/storage/history');
    let s = emptyState();
    for (let i = 0; i < 14; i++) {
      const p = {
        title: `Data Engineer (${i} people viewing)`,
        text: 'Build and maintain data pipelines with Airflow and Kafka for the analytics team and keep the warehouse healthy every day.',
        source: 'generic' as const,
        url: 'https://careers.example/jobs/7',
      };
      s = recordHistory(s, historyItem(p, analyze(p), i));
    }
    expect(s.history).toHaveLength(1);
    expect(s.history[0]!.title).toBe('Data Engineer (13 people viewing)');
  });
});

describe('drafts from two side panels', () => {
  it('merging keeps every draft, the newest text of each, and no draft one of them deleted', async () => {
    const { mergeDrafts } = await import('@/lib/storage/drafts');
    const d = (id: string, text: string, updatedAt: number) => ({ id, name: id, text, intended: 'ds' as const, updatedAt });
    const stored = [d('a', 'A from panel 1', 5), d('b', 'B old', 1)];
    const mine = [d('c', 'C new in panel 2', 7), d('b', 'B newer', 6), d('a', 'A stale in panel 2', 2)];
    expect(mergeDrafts(stored, mine)).toEqual([d('c', 'C new in panel 2', 7), d('a', 'A from panel 1', 5), d('b', 'B newer', 6)]);
    expect(mergeDrafts(stored, mine, new Set(['a'])).map((x) => x.id)).toEqual(['c', 'b']);
  });

  it('two writers saving their own drafts at once lose nothing (updateState merges into the latest)', async () => {
    const { createDraft, mergeDrafts } = await import('@/lib/storage/drafts');
    const area = memoryArea();
    const one = createDraft(emptyState(), { name: 'one', text: 'first panel' }, 1).state;
    const two = createDraft(emptyState(), { name: 'two', text: 'second panel' }, 2).state;
    await Promise.all([
      updateState(area, (s) => ({ ...s, drafts: mergeDrafts(s.drafts, one.drafts) })),
      updateState(area, (s) => ({ ...s, drafts: mergeDrafts(s.drafts, two.drafts) })),
    ]);
    expect((await loadState(area)).state.drafts.map((x) => x.name).sort()).toEqual(['one', 'two']);
  });
});
