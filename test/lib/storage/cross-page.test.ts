/**
 * Two extension pages (the popup recording history, a side panel saving a draft) are two
 * copies of the storage module sharing one storage area. Their writes must not overwrite
 * each other: updateState runs under one Web Lock across pages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A storage area whose reads and writes take a while, as browser.storage does. */
function slowArea() {
  const data: Record<string, unknown> = {};
  const tick = () => new Promise((ok) => setTimeout(ok, 5));
  return {
    data,
    get: async (k: string) => (await tick(), structuredClone(data[k])),
    set: async (k: string, v: unknown) => {
      await tick();
      data[k] = structuredClone(v);
    },
  };
}

/** navigator.locks as the browser gives it: one holder of a name at a time, across every page. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request: <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      const prev = tails.get(name) ?? Promise.resolve();
      const run = prev.then(fn, fn);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

async function twoPages() {
  vi.resetModules();
  const popup = await import('@/lib/storage/store');
  vi.resetModules();
  const panel = await import('@/lib/storage/store');
  return { popup, panel };
}

/** The popup records a history entry while the side panel saves a draft, at the same time. */
async function writeBoth(
  popup: Awaited<ReturnType<typeof twoPages>>['popup'],
  panel: Awaited<ReturnType<typeof twoPages>>['panel'],
  area: ReturnType<typeof slowArea>,
) {
  await Promise.all([
    popup.updateState(area, (s) => ({
      ...s,
      history: [{ verdict: 'de', scores: { mle: 0, ds: 0, de: 1 }, at: 1, source: 'json-ld', title: 'From the popup' }],
    })),
    panel.updateState(area, (s) => ({ ...s, drafts: [{ id: 'd1', name: 'From the panel', text: 'x', intended: 'ds', updatedAt: 1 }] })),
  ]);
}

afterEach(() => vi.unstubAllGlobals());

describe('writes from two pages', () => {
  it('under the lock, the history entry and the draft both survive', async () => {
    vi.stubGlobal('navigator', { locks: fakeLocks() });
    const { popup, panel } = await twoPages();
    expect(popup.updateState).not.toBe(panel.updateState); // two module instances, as two pages have
    const area = slowArea();
    await writeBoth(popup, panel, area);
    const history = area.data['rolelens:history'] as { title: string }[];
    const stored = area.data['rolelens:state'] as { drafts: { name: string }[] };
    expect(history.map((h) => h.title)).toEqual(['From the popup']);
    expect(stored.drafts.map((d) => d.name)).toEqual(['From the panel']);
  });

  it('two side panels saving drafts at once: under the lock both drafts survive; without it (what RoleLens did before) one is lost', async () => {
    const draft = (id: string) => (s: import('@/lib/storage/schema').State) => ({
      ...s,
      drafts: [...s.drafts, { id, name: id, text: 'x', intended: 'ds' as const, updatedAt: 1 }],
    });
    for (const [locks, survive] of [
      [fakeLocks(), 2],
      [undefined, 1],
    ] as const) {
      vi.stubGlobal('navigator', locks ? { locks } : {});
      const { popup: a, panel: b } = await twoPages();
      const area = slowArea();
      await Promise.all([a.updateState(area, draft('A')), b.updateState(area, draft('B'))]);
      expect((area.data['rolelens:state'] as { drafts: unknown[] }).drafts).toHaveLength(survive);
    }
  });

  it('history and drafts are separate items: even without the lock, a history write and a draft save do not overwrite each other', async () => {
    vi.stubGlobal('navigator', {});
    const { popup, panel } = await twoPages();
    const area = slowArea();
    area.data['rolelens:state'] = { version: 3, settings: { highlight: { mle: true, ds: true, de: true } }, drafts: [] };
    area.data['rolelens:history'] = [];
    await writeBoth(popup, panel, area);
    expect((area.data['rolelens:history'] as unknown[]).length).toBe(1);
    expect((area.data['rolelens:state'] as { drafts: unknown[] }).drafts.length).toBe(1);
  });
});
