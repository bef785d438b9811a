/**
 * Compare two or three postings from the history side by side: their shares and verdicts,
 * the core responsibilities each covers (the rows where they differ first), and the lines
 * that set each apart — evidence for responsibilities the others do not show. Pure.
 */
import { coreEntries, type CoreEntry } from '../draft/coverage';
import type { HistoryItem, HistoryLine } from '../storage/schema';
import { ROLES } from '../types';

export const COMPARE_MAX = 3;

export interface CompareRow {
  entry: CoreEntry;
  /** Per posting: covers it, doesn't, or can't say (analysed before history kept responsibilities). */
  covered: (boolean | undefined)[];
  /** Some postings cover it and some don't. */
  differs: boolean;
}

export interface Comparison {
  items: HistoryItem[];
  /** Core responsibilities any of them covers, grouped by role; differing rows first within a role. */
  rows: CompareRow[];
  /** Per posting, up to `perItem` lines for responsibilities none of the others shows. */
  apart: HistoryLine[][];
  /** Postings saved without responsibilities (older history): their columns can't be compared. */
  unknown: number[];
}

export function compare(items: readonly HistoryItem[], perItem = 3): Comparison {
  const picked = items.slice(0, COMPARE_MAX);
  const covers = picked.map((h) => (Array.isArray(h.covers) ? new Set(h.covers) : undefined));
  const rows: CompareRow[] = [];
  for (const role of ROLES) {
    const forRole: CompareRow[] = [];
    for (const entry of coreEntries(role)) {
      const covered = covers.map((c) => (c ? c.has(entry.id) : undefined));
      if (!covered.some(Boolean)) continue;
      const known = covered.filter((c) => c !== undefined);
      forRole.push({ entry, covered, differs: known.some(Boolean) && known.some((c) => !c) });
    }
    // where they differ is what a comparison is for
    rows.push(...forRole.filter((r) => r.differs), ...forRole.filter((r) => !r.differs));
  }
  const entriesOf = picked.map((h, i) => new Set([...(h.lines ?? []).map((l) => l.entry), ...(covers[i] ?? [])]));
  const apart = picked.map((h, i) => {
    const others = new Set(entriesOf.flatMap((s, j) => (j === i ? [] : [...s])));
    const lines = h.lines ?? [];
    return lines.filter((l) => !others.has(l.entry)).slice(0, perItem);
  });
  const unknown = picked.flatMap((h, i) => (covers[i] ? [] : [i]));
  return { items: picked, rows, apart, unknown };
}
