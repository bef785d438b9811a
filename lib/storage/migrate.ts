/**
 * Brings a stored state of any earlier version up to the current one without losing
 * a record. Unknown or damaged data is never silently dropped: the caller keeps a
 * copy of it and says so.
 */
import { CURRENT_VERSION, emptyState, type State } from './schema';

export type MigrationResult = { ok: true; state: State; migratedFrom?: number } | { ok: false; reason: 'newer' | 'damaged'; detail: string };

type Step = (s: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[n] turns version n into version n + 1. */
const STEPS: Record<number, Step> = {
  // v2 adds the history; drafts and settings carry over as they are
  1: (s) => ({ ...s, history: [] }),
};

const ROLES = ['mle', 'ds', 'de'];

function validate(s: Record<string, unknown>): string | undefined {
  if (!Array.isArray(s['drafts'])) return 'drafts is not a list';
  for (const d of s['drafts'] as Record<string, unknown>[]) {
    if (!d || typeof d['id'] !== 'string' || typeof d['text'] !== 'string' || !ROLES.includes(d['intended'] as string)) return 'a draft is malformed';
  }
  const settings = s['settings'] as Record<string, unknown> | undefined;
  if (!settings || typeof settings['highlight'] !== 'object') return 'settings are malformed';
  if (!Array.isArray(s['history'])) return 'history is not a list';
  for (const h of s['history'] as Record<string, unknown>[]) {
    if (!h || typeof h['at'] !== 'number' || typeof h['verdict'] !== 'string' || typeof h['scores'] !== 'object') return 'a history item is malformed';
  }
  return undefined;
}

export function migrate(stored: unknown): MigrationResult {
  if (stored === undefined || stored === null) return { ok: true, state: emptyState() };
  if (typeof stored !== 'object' || Array.isArray(stored)) return { ok: false, reason: 'damaged', detail: 'not an object' };
  let s = stored as Record<string, unknown>;
  const from = s['version'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, reason: 'damaged', detail: `unknown version ${String(from)}` };
  if (from > CURRENT_VERSION) return { ok: false, reason: 'newer', detail: `version ${from} is newer than this RoleLens (${CURRENT_VERSION})` };
  for (let v = from; v < CURRENT_VERSION; v++) {
    const step = STEPS[v];
    if (!step) return { ok: false, reason: 'damaged', detail: `no migration from version ${v}` };
    s = { ...step(s), version: v + 1 };
  }
  const problem = validate(s);
  if (problem) return { ok: false, reason: 'damaged', detail: problem };
  return from === CURRENT_VERSION ? { ok: true, state: s as unknown as State } : { ok: true, state: s as unknown as State, migratedFrom: from };
}
