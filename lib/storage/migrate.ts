/**
 * Brings a stored state of any earlier version up to the current one without losing
 * a record. Unknown or damaged data is never silently dropped: the caller keeps a
 * copy of it and says so.
 */
import { CURRENT_VERSION, emptyState, type State } from './schema';

export type MigrationResult =
  { ok: true; state: State; migratedFrom?: number; quarantined?: number; repaired?: string[] } | { ok: false; reason: 'newer' | 'damaged'; detail: string };

type Step = (s: Record<string, unknown>) => Record<string, unknown>;

/** STEPS[n] turns version n into version n + 1. */
const STEPS: Record<number, Step> = {
  // v2 adds the history; drafts and settings carry over as they are
  1: (s) => ({ ...s, history: [] }),
  // v3 stores the history as its own item (store.ts splits it on saving); the records are unchanged
  2: (s) => s,
};

const ROLES = ['mle', 'ds', 'de'];
const VERDICTS = [...ROLES, 'hybrid', 'none'];
const OTHER_KINDS = ['analyst', 'software', 'devops', 'research'];
/** At most this many damaged records are kept aside (the oldest go first). */
export const QUARANTINE_CAP = 200;
/** Dates after this (about the year 2286) are not dates. */
const LATEST_TIME = 1e13;

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || typeof v === 'string';

/** A draft as stored, repaired where that loses nothing (a number as its name); `undefined` when it cannot be read. */
function readDraft(d: unknown): Rec | undefined {
  if (!isObject(d) || typeof d['id'] !== 'string' || !d['id'] || typeof d['text'] !== 'string' || !ROLES.includes(d['intended'] as string)) return undefined;
  const name = typeof d['name'] === 'string' ? d['name'] : d['name'] === undefined || d['name'] === null ? 'Untitled draft' : String(d['name']);
  const updatedAt = typeof d['updatedAt'] === 'number' && Number.isFinite(d['updatedAt']) ? d['updatedAt'] : 0;
  return { ...d, name, updatedAt };
}

function isHistoryItem(h: unknown): boolean {
  if (!isObject(h)) return false;
  const at = h['at'];
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > LATEST_TIME) return false;
  if (!VERDICTS.includes(h['verdict'] as string) || typeof h['source'] !== 'string') return false;
  const scores = h['scores'];
  if (!isObject(scores) || !ROLES.every((r) => typeof scores[r] === 'number' && Number.isFinite(scores[r]))) return false;
  const hybridOf = h['hybridOf'];
  if (hybridOf !== undefined && !(Array.isArray(hybridOf) && hybridOf.length === 2 && hybridOf.every((r) => ROLES.includes(r as string)))) return false;
  if (h['verdict'] === 'hybrid' && hybridOf === undefined) return false;
  if (h['readsAs'] !== undefined && !OTHER_KINDS.includes(h['readsAs'] as string)) return false;
  return optionalString(h['url']) && optionalString(h['title']) && optionalString(h['company']);
}

/** `covers` and `lines` as Compare reads them; malformed ones are dropped, the item kept. */
function withCompareFields(h: Rec): Rec {
  const { covers, lines, ...rest } = h;
  const out: Rec = rest;
  if (Array.isArray(covers) && covers.every((c) => typeof c === 'string')) out['covers'] = covers;
  if (
    Array.isArray(lines) &&
    lines.every((l) => isObject(l) && ROLES.includes(l['role'] as string) && typeof l['entry'] === 'string' && typeof l['text'] === 'string')
  )
    out['lines'] = lines;
  return out;
}

export interface Sanitized {
  state: Rec;
  /** Records set aside now. */
  quarantined: number;
  /** Parts put back to their defaults (settings). */
  repaired: string[];
}

/**
 * Every record checked one by one: what can be read is kept, what cannot is set aside in
 * `quarantine` (never dropped), and settings that cannot be read go back to their defaults.
 * One bad record never hides the others.
 */
export function sanitize(s: Rec): Sanitized {
  const aside: unknown[] = [];
  const repaired: string[] = [];
  const drafts: Rec[] = [];
  if (Array.isArray(s['drafts'])) {
    for (const d of s['drafts']) {
      const ok = readDraft(d);
      if (ok) drafts.push(ok);
      else aside.push({ kind: 'draft', record: d });
    }
  } else if (s['drafts'] !== undefined) aside.push({ kind: 'drafts', record: s['drafts'] });
  const history: unknown[] = [];
  if (Array.isArray(s['history'])) {
    for (const h of s['history']) {
      if (isHistoryItem(h)) history.push(withCompareFields(h as Rec));
      else aside.push({ kind: 'history', record: h });
    }
  } else if (s['history'] !== undefined) aside.push({ kind: 'history', record: s['history'] });
  const defaults = emptyState().settings;
  const settings = isObject(s['settings']) ? s['settings'] : {};
  const highlight = settings['highlight'];
  let cleanHighlight = defaults.highlight;
  if (isObject(highlight) && ROLES.every((r) => typeof highlight[r] === 'boolean')) cleanHighlight = highlight as typeof defaults.highlight;
  else repaired.push('highlight settings');
  const previous = Array.isArray(s['quarantine']) ? s['quarantine'] : [];
  const quarantine = [...previous, ...aside].slice(-QUARANTINE_CAP);
  const activeDraft = typeof s['activeDraft'] === 'string' ? s['activeDraft'] : undefined;
  const state: Rec = { ...s, settings: { ...settings, highlight: cleanHighlight }, drafts, history, activeDraft };
  if (quarantine.length) state['quarantine'] = quarantine;
  else delete state['quarantine'];
  return { state, quarantined: aside.length, repaired };
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
  const clean = sanitize(s);
  const state = clean.state as unknown as State;
  return {
    ok: true,
    state,
    ...(from === CURRENT_VERSION ? {} : { migratedFrom: from }),
    ...(clean.quarantined ? { quarantined: clean.quarantined } : {}),
    ...(clean.repaired.length ? { repaired: clean.repaired } : {}),
  };
}
