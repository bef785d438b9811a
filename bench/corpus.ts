/** The labelled dev corpus in ../shared/corpus, masked for honest evaluation. */
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { maskRoleNames } from '../lib/analyze/title';
import type { LexiconRole } from '../lib/lexicon/types';

export interface CorpusRow {
  id: string;
  title: string;
  label: LexiconRole;
  text: string;
}

export const CORPUS_PATH = resolve(process.env.ROLELENS_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev.jsonl'));

/** Rows with the title dropped and every role name masked in the text. */
export function loadCorpus(path = CORPUS_PATH): CorpusRow[] {
  if (!existsSync(path)) throw new Error(`corpus not found at ${path} (set ROLELENS_CORPUS)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRow)
    .map((r) => ({ id: r.id, title: r.title, label: r.label, text: maskRoleNames(r.text) }));
}

/** Stratified k folds, deterministic (seeded shuffle per label). */
export function folds<T extends { label: string; id: string }>(rows: T[], k: number, seed = 7): T[][] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: T[][] = Array.from({ length: k }, () => []);
  const byLabel = new Map<string, T[]>();
  for (const r of [...rows].sort((a, b) => a.id.localeCompare(b.id))) {
    const list = byLabel.get(r.label) ?? [];
    list.push(r);
    byLabel.set(r.label, list);
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
