/**
 * "Your search at a glance": for the postings in the history, how their titles compare with
 * what they read as — "of 18 titled Data Scientist, 7 read as Data Engineer". Pure.
 */
import { roleOfTitle } from '../analyze/title';
import type { Role } from '../types';
import { ROLES } from '../types';
import type { HistoryItem } from './schema';

/** What a history item reads as: a role, or `other` (none of the three, or a hybrid counted under its first role). */
export type ReadsAs = Role | 'other';

export function readsAsOf(h: HistoryItem): ReadsAs {
  if (h.verdict === 'hybrid') return h.hybridOf?.[0] ?? 'other';
  return h.verdict === 'none' ? 'other' : h.verdict;
}

export interface GlanceRow {
  titled: Role;
  total: number;
  readsAs: Record<ReadsAs, number>;
}

/** One row per role that titles name, with how those postings read; roles no title names are left out. */
export function glance(history: readonly HistoryItem[]): GlanceRow[] {
  const rows = new Map<Role, GlanceRow>();
  for (const h of history) {
    const titled = roleOfTitle(h.title);
    if (!titled) continue;
    const row = rows.get(titled) ?? { titled, total: 0, readsAs: { mle: 0, ds: 0, de: 0, other: 0 } };
    row.total++;
    row.readsAs[readsAsOf(h)]++;
    rows.set(titled, row);
  }
  return ROLES.filter((r) => rows.has(r)).map((r) => rows.get(r)!);
}
