/**
 * Coverage of the role a draft is meant to describe: which of that role's core
 * responsibilities (the seed's, from the lexicon) the draft covers, which it lacks,
 * and the sentences that pull it towards another role.
 */
import { ALL_ENTRIES } from '../lexicon/entries';
import type { LexiconEntry } from '../lexicon/types';
import type { Evidence, Report, Role } from '../types';

export interface Coverage {
  intended: Role;
  covered: { entry: LexiconEntry; lines: Evidence[] }[];
  missing: LexiconEntry[];
  /** Sentences whose strongest pull is another role than the intended one. */
  pulling: Evidence[];
  /** Share of core responsibilities covered, in [0, 1]. */
  share: number;
}

/** A core responsibility of one of the three roles. */
export type CoreEntry = LexiconEntry & { role: Role };

export function coreEntries(role: Role): CoreEntry[] {
  return ALL_ENTRIES.filter((e): e is CoreEntry => !!e.core && e.role === role);
}

export function coverage(report: Report, intended: Role): Coverage {
  const core = coreEntries(intended);
  const covered: Coverage['covered'] = [];
  const missing: LexiconEntry[] = [];
  for (const entry of core) {
    const lines = report.evidence.filter((e) => e.hits.some((h) => h.entryId === entry.id));
    if (lines.length) covered.push({ entry, lines });
    else missing.push(entry);
  }
  const pulling = report.evidence.filter((e) => e.role !== intended && e.section !== 'legal').sort((a, b) => a.start - b.start);
  return { intended, covered, missing, pulling, share: core.length ? covered.length / core.length : 0 };
}
