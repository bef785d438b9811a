/** The labelled dev corpus in ../shared/corpus, masked for honest evaluation. */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { matchPosting } from '../lib/analyze/match';
import { maskRoleNames } from '../lib/analyze/title';
import type { CompiledLexicon } from '../lib/lexicon/compile';
import type { LexiconEntry, LexiconRole } from '../lib/lexicon/types';
import type { ModelClass, Weights } from '../lib/analyze/score';
import { fitWeights } from '../lib/analyze/fit';

export interface CorpusRow {
  id: string;
  title: string;
  label: LexiconRole;
  text: string;
  /** Which development set the row comes from (dev: 2018–19 bullets, dev2: 2023–25 full text). */
  set?: string;
}

export const CORPUS_DIR = resolve(join(import.meta.dirname, '..', '..', 'shared', 'corpus'));
export const CORPUS_PATH = resolve(process.env.ROLELENS_CORPUS ?? join(CORPUS_DIR, 'dev.jsonl'));
/** Both development sets, each row tagged with its set. */
export const CORPUS_SETS = ['dev', 'dev2'] as const;

export function loadCorpora(dir = CORPUS_DIR): CorpusRow[] {
  return CORPUS_SETS.flatMap((set) => loadCorpus(join(dir, `${set}.jsonl`)).map((r) => ({ ...r, set })));
}

/** The kind of job an `other` posting's title names: what RoleLens should say it reads as. */
export type OtherFamily = 'analyst' | 'devops' | 'software' | 'research';
export function otherFamily(title: string): OtherFamily | undefined {
  if (/devops|dev ops|site reliability|\bsre\b|infrastructure|platform engineer|cloud engineer|systems? (engineer|admin)/i.test(title)) return 'devops';
  if (/analyst|business intelligence|\bbi\b|power bi|reporting|analytics developer/i.test(title)) return 'analyst';
  if (/back[- ]?end|software|developer|programmer/i.test(title)) return 'software';
  if (/scientist|research/i.test(title)) return 'research';
  return undefined;
}

/** The rows of bench/reading/judged.tsv: id, reading, and "random" when the posting was picked at random. */
function readingRows(): string[][] {
  return readFileSync(join(import.meta.dirname, 'reading', 'judged.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

/**
 * Blind readings of development postings (bench/reading/judged.tsv): id → what the duties describe
 * when read with the title hidden — "mle", "ds", "de" or "none", "a/b" when a reader could say either.
 */
export function loadReadings(): Map<string, string> {
  return new Map(readingRows().map(([id, reading]) => [id!, reading!]));
}

/** How far a verdict ("ds", "none") agrees with a blind reading ("ds/mle"): 1 for its first choice, half for its second. */
export function readingScore(reading: string, said: string): number {
  const [first, second] = reading.split('/');
  return said === first ? 1 : said === second ? 0.5 : 0;
}

/**
 * The judged postings picked at random (seeded) rather than for being hard: their agreement is the
 * nearest thing here to a held-out panel's.
 */
export function randomReadings(): Set<string> {
  return new Set(readingRows().flatMap(([id, , pick]) => (pick === 'random' ? [id!] : [])));
}

/**
 * The class a row teaches the model: its role, or for an `other` row the kind of job its
 * title names (a row whose title names none of the kinds teaches nothing: undefined).
 */
export function trainingClass(row: Pick<CorpusRow, 'label' | 'title'>): ModelClass | undefined {
  return row.label === 'other' ? otherFamily(row.title) : row.label;
}

/** Fitting examples for rows, leaving out those without a class. */
export function trainingExamples<T extends Pick<CorpusRow, 'label' | 'title' | 'id'>>(
  rows: readonly T[],
  x: (row: T) => Float64Array,
): { x: Float64Array; label: ModelClass }[] {
  return rows.flatMap((r) => {
    const label = trainingClass(r);
    return label ? [{ x: x(r), label }] : [];
  });
}

/** Rows with the title dropped and every role name masked in the text. */
export function loadCorpus(path = CORPUS_PATH): CorpusRow[] {
  if (!existsSync(path)) throw new Error(`corpus not found at ${path} (set ROLELENS_CORPUS)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow)
    .map((r) => ({ id: r.id, title: r.title, label: r.label, text: maskRoleNames(r.text) }));
}

/** Stratified k folds, deterministic (seeded shuffle per label, and per set when rows carry one). */
export function folds<T extends { label: string; id: string; set?: string }>(rows: T[], k: number, seed = 7): T[][] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const out: T[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, T[]>();
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${r.set ?? ''}/${r.label}`;
    const list = byLabel.get(key) ?? [];
    list.push(r);
    byLabel.set(key, list);
  }
  for (const [, list] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    list.forEach((r, i) => out[i % k]!.push(r));
  }
  return out;
}

/**
 * K-fold cross-validation of the fitted weights: for each fold, weights fitted on the other folds' rows
 * (`x`, each row's feature vector), then `visit(test, weights, train)`. The loop every accuracy benchmark shares.
 */
export function crossValidate<T extends CorpusRow>(
  entries: readonly LexiconEntry[],
  rows: T[],
  x: (row: T) => Float64Array,
  visit: (test: T[], weights: Weights, train: T[]) => void,
  k = 5,
  seed = 7,
): void {
  const split = folds(rows, k, seed);
  split.forEach((test, i) => {
    const train = split.filter((_, j) => j !== i).flat();
    visit(test, fitWeights(entries, trainingExamples(train, x)), train);
  });
}

/**
 * For each lexicon entry, the share (percent, unrounded) of the rows of each group in which it
 * fires. The figures the lexicon's corpus provenance states; rows whose group is undefined are skipped.
 */
export function entryShares(lex: CompiledLexicon, rows: CorpusRow[], group: (r: CorpusRow) => string | undefined): Map<string, Map<string, number>> {
  const totals = new Map<string, number>();
  const seen = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const g = group(r);
    if (!g) continue;
    totals.set(g, (totals.get(g) ?? 0) + 1);
    for (const id of new Set(matchPosting(lex, r.text).flatMap((s) => s.hits.map((h) => lex.entries[h.entry]!.id)))) {
      const m = seen.get(id) ?? new Map<string, number>();
      m.set(g, (m.get(g) ?? 0) + 1);
      seen.set(id, m);
    }
  }
  return new Map(lex.entries.map((e) => [e.id, new Map([...totals].map(([g, n]) => [g, (100 * (seen.get(e.id)?.get(g) ?? 0)) / n]))]));
}
