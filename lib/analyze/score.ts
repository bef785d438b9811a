/**
 * From matched sentences to class probabilities. Each lexicon entry is one feature:
 * log(1 + section-weighted sentence count). A class's logit is its bias plus the sum
 * of feature × the entry's weight for that class. The weights are data
 * (lib/lexicon/weights.json, fitted by scripts/fit-weights.ts), readable per entry.
 */
import type { CompiledLexicon } from '../lexicon/compile';
import type { LexiconEntry, LexiconRole } from '../lexicon/types';
import type { MatchedSentence } from './match';

export const CLASSES: readonly LexiconRole[] = ['mle', 'ds', 'de', 'other'];
export type ClassVector = Record<LexiconRole, number>;

export interface Weights {
  version: 1;
  /** What the numbers were fitted on, for the record. */
  fittedOn?: string;
  bias: ClassVector;
  entries: Record<string, ClassVector>;
}

export const zero = (): ClassVector => ({ mle: 0, ds: 0, de: 0, other: 0 });

/** Hand weights: each entry pulls only towards its own role. */
export function priorWeights(entries: readonly LexiconEntry[]): Weights {
  const w: Weights = { version: 1, bias: { mle: -0.5, ds: 0, de: 0, other: 0.3 }, entries: {} };
  for (const e of entries) {
    const v = zero();
    v[e.role] = e.weight;
    w.entries[e.id] = v;
  }
  return w;
}

/** Feature vector: one value per lexicon entry. */
export function features(lex: CompiledLexicon, sentences: readonly MatchedSentence[]): Float64Array {
  const sums = new Float64Array(lex.entries.length);
  for (const s of sentences) for (const h of s.hits) sums[h.entry]! += s.weight;
  for (let i = 0; i < sums.length; i++) sums[i] = Math.log1p(sums[i]!);
  return sums;
}

export function entryWeights(weights: Weights, entry: LexiconEntry): ClassVector {
  const w = weights.entries[entry.id];
  if (w) return w;
  const v = zero();
  v[entry.role] = entry.weight;
  return v;
}

export function logits(lex: CompiledLexicon, weights: Weights, x: Float64Array): ClassVector {
  const z = { ...weights.bias };
  for (let i = 0; i < x.length; i++) {
    const xi = x[i]!;
    if (xi === 0) continue;
    const w = entryWeights(weights, lex.entries[i]!);
    for (const c of CLASSES) z[c] += xi * w[c];
  }
  return z;
}

/**
 * Role shares are the role logits softened by this temperature, so they read as the
 * posting's mix of roles ("70% data engineering") rather than as a near-certain
 * probability. The ranking, and so the verdict's role, is unchanged.
 */
export const SHARE_TEMPERATURE = 4;

export function softmax(z: ClassVector, classes: readonly LexiconRole[] = CLASSES, temperature = 1): ClassVector {
  const out = zero();
  const max = Math.max(...classes.map((c) => z[c]));
  let sum = 0;
  for (const c of classes) {
    out[c] = Math.exp((z[c] - max) / temperature);
    sum += out[c];
  }
  for (const c of classes) out[c] /= sum;
  return out;
}
