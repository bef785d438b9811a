/** Draft operations on the stored state: pure functions, new state out. */
import type { Role } from '../types';
import type { Draft, State } from './schema';

export function newDraftId(now = Date.now()): string {
  return `d${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export function createDraft(state: State, init: { text?: string; intended?: Role; name?: string } = {}, now = Date.now()): { state: State; draft: Draft } {
  const n = state.drafts.length + 1;
  const draft: Draft = { id: newDraftId(now), name: init.name ?? `Draft ${n}`, text: init.text ?? '', intended: init.intended ?? 'ds', updatedAt: now };
  return { state: { ...state, drafts: [draft, ...state.drafts], activeDraft: draft.id }, draft };
}

export function updateDraft(state: State, id: string, patch: Partial<Pick<Draft, 'name' | 'text' | 'intended'>>, now = Date.now()): State {
  return { ...state, drafts: state.drafts.map((d) => (d.id === id ? { ...d, ...patch, updatedAt: now } : d)) };
}

export function deleteDraft(state: State, id: string): State {
  const drafts = state.drafts.filter((d) => d.id !== id);
  return { ...state, drafts, activeDraft: state.activeDraft === id ? drafts[0]?.id : state.activeDraft };
}

export function activeDraft(state: State): Draft | undefined {
  return state.drafts.find((d) => d.id === state.activeDraft) ?? state.drafts[0];
}

/**
 * Drafts from two places put together: every draft either holds, the newest text of a draft
 * both hold (by `updatedAt`), none that `deleted` names. Stored drafts keep their order;
 * drafts only `mine` holds (new ones) come first. Nothing another view wrote is dropped.
 */
export function mergeDrafts(stored: readonly Draft[], mine: readonly Draft[], deleted: ReadonlySet<string> = new Set()): Draft[] {
  const byId = new Map(mine.map((d) => [d.id, d]));
  const merged = stored
    .filter((d) => !deleted.has(d.id))
    .map((d) => {
      const m = byId.get(d.id);
      return m && m.updatedAt > d.updatedAt ? m : d;
    });
  const known = new Set(stored.map((d) => d.id));
  const fresh = mine.filter((d) => !known.has(d.id) && !deleted.has(d.id));
  return [...fresh, ...merged];
}

/** Whether two draft lists hold the same drafts in the same order and versions. */
export function sameDrafts(a: readonly Draft[], b: readonly Draft[]): boolean {
  return (
    a.length === b.length &&
    a.every((d, i) => d.id === b[i]!.id && d.updatedAt === b[i]!.updatedAt && d.text === b[i]!.text && d.name === b[i]!.name && d.intended === b[i]!.intended)
  );
}
