import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeDraft, createDraft, deleteDraft, updateDraft } from '@/lib/storage/drafts';
import { migrate } from '@/lib/storage/migrate';
import { CURRENT_VERSION, emptyState, STATE_KEY } from '@/lib/storage/schema';
import { loadState, memoryArea, saveState, type Area } from '@/lib/storage/store';

const EXAMPLES = join(import.meta.dirname, '../../fixtures/storage');
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(EXAMPLES, f), 'utf8')) as Record<string, unknown> }));

describe('storage migrations', () => {
  it('has a saved example state for every schema version up to the current one', () => {
    const versions = examples.map((e) => e.data['version']).sort();
    expect(versions).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });

  for (const { file, data } of examples) {
    it(`${file}: migrates to the current version keeping every record`, async () => {
      const area = memoryArea({ [STATE_KEY]: data });
      const loaded = await loadState(area);
      expect(loaded.readOnly).toBeFalsy();
      expect(loaded.state.version).toBe(CURRENT_VERSION);
      const before = data['drafts'] as { id: string; text: string; name: string; intended: string }[];
      expect(loaded.state.drafts.map((d) => [d.id, d.name, d.text, d.intended])).toEqual(before.map((d) => [d.id, d.name, d.text, d.intended]));
      expect(loaded.state.settings.highlight).toEqual((data['settings'] as { highlight: unknown }).highlight);
      expect(loaded.state.activeDraft).toBe(data['activeDraft']);
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

  it('keeps a copy of unreadable data and says where', async () => {
    const broken = { version: 1, drafts: 'oops' };
    const area = memoryArea({ [STATE_KEY]: broken });
    const loaded = await loadState(area);
    expect(loaded.state).toEqual(emptyState());
    expect(loaded.notice).toMatch(/copy is kept/);
    const backupKey = Object.keys(area.data).find((k) => k.startsWith(`${STATE_KEY}:unreadable:`))!;
    expect(area.data[backupKey]).toEqual(broken);
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
