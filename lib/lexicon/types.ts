/**
 * A lexicon entry: one responsibility, tool, artifact or method of a role, with the
 * patterns that find it in a posting and where it comes from (provenance), so the UI
 * can say why a line counts.
 *
 * Pattern language (matched on stemmed, lower-cased tokens):
 *   words separated by spaces      a phrase: "data pipeline"
 *   a|b|c                          alternatives for one word: "deploy|ship ~ model"
 *   (a b|c)                        alternatives for a phrase: "(machine learning|ml) ~ model" — a bare
 *                                  "machine learning|ml" reads "machine", then "learning" or "ml"
 *   ~                              up to 4 other words between (either order for two-part patterns)
 *   =word                          this word exactly as written, not its stem: "=production" is not
 *                                  "products", "=transformer" is not "transformation"
 */
import type { EntryKind, OtherKind, Role } from '../types';

/** The lexicons cover the three roles plus `other`: signals of non-target roles (analyst, DevOps). */
export type LexiconRole = Role | 'other';

export type Provenance = { kind: 'seed'; quote: string } | { kind: 'corpus'; evidence: string } | { kind: 'taxonomy'; name: string; ref: string };

export interface LexiconEntry {
  id: string;
  role: LexiconRole;
  kind: EntryKind;
  /** Human wording, used in the UI and as a suggestion for drafts. */
  label: string;
  patterns: string[];
  /**
   * Context that cancels a hit: where one of these matches in the same sentence, the entry
   * does not count there ("EMR" beside "medical records" is not Amazon EMR).
   */
  unless?: string[];
  /** Prior weight towards `role` before fitting (1 = ordinary, 2 = defining). */
  weight: number;
  source: Provenance;
  note: string;
  /** A core responsibility named by the seed article: drafts for the role should cover it. */
  core?: boolean;
  /** For `other` entries: the kind of non-data job the signal points to. */
  family?: OtherKind;
}

export const seed = (quote: string): Provenance => ({ kind: 'seed', quote });
export const corpus = (evidence: string): Provenance => ({ kind: 'corpus', evidence });
export const taxonomy = (name: string, ref: string): Provenance => ({ kind: 'taxonomy', name, ref });
