/**
 * Loading and saving the state through a key-value area (browser.storage.local in the
 * extension, memory in tests). The views see one State; it is stored as three items (drafts and
 * set-aside records; the settings; the history), each written only when it changed. Saving
 * reports failures (quota!) instead of swallowing them; loading never throws away data it
 * cannot read — it keeps a copy under a backup key and starts fresh, and says so.
 */
import { migrate } from './migrate';
import { emptyState, HISTORY_KEY, SETTINGS_KEY, STATE_KEY, type State } from './schema';

export interface Area {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Hear of changes to a key made anywhere (another side panel, the popup); returns an unsubscribe. */
  subscribe?(key: string, onChange: () => void): () => void;
}

export function memoryArea(initial: Record<string, unknown> = {}): Area & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: async (k) => structuredClone(data[k]),
    set: async (k, v) => {
      data[k] = structuredClone(v);
    },
  };
}

export interface Loaded {
  state: State;
  /** Something the user should know: a migration, or data kept aside. */
  notice?: string;
  /** True when the stored data is newer than this version: do not overwrite it. */
  readOnly?: boolean;
}

/** States loaded from items that must all be written again (migrated or repaired on loading). */
const rewriteAll = new WeakSet<State>();

export async function loadState(area: Area): Promise<Loaded> {
  let stored: unknown;
  try {
    stored = await area.get(STATE_KEY);
    // version 3 keeps the history and the settings apart (a v2 state still holds its own)
    const version = (stored as { version?: unknown } | undefined)?.version;
    if (stored === undefined || stored === null || (typeof version === 'number' && version >= 3)) {
      const [history, settings] = await Promise.all([area.get(HISTORY_KEY), area.get(SETTINGS_KEY)]);
      const base = (stored && typeof stored === 'object' ? stored : emptyState()) as Partial<State>;
      // an item never written yet is its default, not damage
      stored = { ...base, history: history ?? base.history ?? [], settings: settings ?? base.settings ?? emptyState().settings };
    }
  } catch (e) {
    return { state: emptyState(), notice: `Could not read saved data: ${(e as Error).message}`, readOnly: true };
  }
  const m = migrate(stored);
  if (m.ok) {
    // what was stored needs every item written (migrated, or repaired), or just what changes
    if (m.migratedFrom || m.quarantined || m.repaired?.length) rewriteAll.add(m.state);
    const notes: string[] = [];
    if (m.migratedFrom) notes.push(`Saved data updated from version ${m.migratedFrom}.`);
    if (m.quarantined)
      notes.push(`${m.quarantined} damaged record${m.quarantined === 1 ? ' was' : 's were'} set aside; export or delete them in the settings.`);
    if (m.repaired?.length) notes.push(`Damaged ${m.repaired.join(' and ')} were reset.`);
    return notes.length ? { state: m.state, notice: notes.join(' ') } : { state: m.state };
  }
  if (m.reason === 'newer')
    return { state: emptyState(), notice: `Saved data comes from a newer RoleLens (${m.detail}); it is kept untouched.`, readOnly: true };
  // one backup, replaced by the next: damaged data opened again and again cannot fill the storage
  const backup = `${STATE_KEY}:unreadable`;
  try {
    await area.set(backup, stored);
  } catch {
    return { state: emptyState(), notice: `Saved data could not be read (${m.detail}) and could not be backed up; it is kept untouched.`, readOnly: true };
  }
  return { state: emptyState(), notice: `Saved data could not be read (${m.detail}); a copy is kept under “${backup}”.` };
}

export type SaveResult = { ok: true } | { ok: false; error: string };

/**
 * Write the state: the history item when the history changed, the settings item when the
 * settings did, the state item when anything else did. `previous` is the state as loaded; changes return new objects for the parts they
 * change, so a part is unchanged when it is the same object. Without `previous` every item is
 * written. History and settings first, so a migrated v2 state is never left without them.
 */
export async function saveState(area: Area, state: State, previous?: State): Promise<SaveResult> {
  try {
    const { history, settings, ...rest } = state;
    if (!previous || previous.history !== history) await area.set(HISTORY_KEY, history);
    if (!previous || previous.settings !== settings) await area.set(SETTINGS_KEY, settings);
    const parts = Object.keys({ ...previous, ...state }).filter((k) => k !== 'history' && k !== 'settings') as (keyof State)[];
    if (!previous || parts.some((k) => previous[k] !== state[k])) await area.set(STATE_KEY, rest);
    return { ok: true };
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    return { ok: false, error: /quota/i.test(msg) ? `Storage is full: ${msg}. Delete old drafts or clear the history.` : msg };
  }
}

/**
 * Change one part of the stored state: read the latest, apply `change`, write it back.
 * Every writer goes through here with only its own part (drafts, history, settings),
 * so one view never writes back a stale copy of another's records. Updates run one after
 * another: within a page by a queue, and across every page of the extension (two side panels,
 * the popup) under one Web Lock, so no page reads the state while another is writing it.
 */
let queue: Promise<unknown> = Promise.resolve();
const LOCK = 'rolelens-state';
type Locks = { request: <T>(name: string, fn: () => Promise<T>) => Promise<T> };
export function updateState(area: Area, change: (s: State) => State): Promise<SaveResult & { state?: State }> {
  const write = async (): Promise<SaveResult & { state?: State }> => {
    const loaded = await loadState(area);
    if (loaded.readOnly) return { ok: false, error: loaded.notice ?? 'saved data cannot be changed' };
    const next = change(loaded.state);
    const r = await saveState(area, next, rewriteAll.has(loaded.state) ? undefined : loaded.state);
    return r.ok ? { ...r, state: next } : r;
  };
  const locks = (globalThis.navigator as unknown as { locks?: Locks } | undefined)?.locks;
  const run = (): Promise<SaveResult & { state?: State }> => (locks ? locks.request(LOCK, write) : write());
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
