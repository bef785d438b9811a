/**
 * From matched sentences to class probabilities. Each lexicon entry is one feature:
 * log(1 + section-weighted sentence count). A class's logit is its bias plus the sum
 * of feature × the entry's weight for that class. The weights are data
 * (lib/lexicon/weights.json, fitted by scripts/fit-weights.ts), readable per entry.
 *
 * The classes are the three roles and each other kind of job (analyst, software, DevOps,
 * research) on its own: one "other" class would have to learn that Docker means "not a
 * data role" (true of DevOps postings) while it also means "engineering, not analysis"
 * (true of data postings beside analyst ones); a class for each kind holds both.
 */
import type { CompiledLexicon } from '../lexicon/compile';
import type { LexiconEntry } from '../lexicon/types';
import { OTHER_KINDS, ROLES, type OtherKind, type Role } from '../types';
import type { MatchedSentence } from './match';

/** A class of the model: one of the three roles or another kind of job. */
export type ModelClass = Role | OtherKind;
export const CLASSES: readonly ModelClass[] = [...ROLES, ...OTHER_KINDS];
export type ClassVector = Record<ModelClass, number>;

/** The class an entry speaks for: its role, or for an `other` entry the kind of job it signals. */
export function classOf(entry: LexiconEntry): ModelClass {
  return entry.role === 'other' ? (entry.family ?? 'software') : entry.role;
}

export interface Weights {
  version: 2;
  /** What the numbers were fitted on, for the record. */
  fittedOn?: string;
  bias: ClassVector;
  entries: Record<string, ClassVector>;
}

export const zero = (): ClassVector => ({ mle: 0, ds: 0, de: 0, analyst: 0, software: 0, devops: 0, research: 0 });

/** Hand weights: each entry pulls only towards its own class. */
export function priorWeights(entries: readonly LexiconEntry[]): Weights {
  const w: Weights = { version: 2, bias: { ...zero(), mle: -0.5 }, entries: {} };
  for (const e of entries) {
    const v = zero();
    v[classOf(e)] = e.weight;
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
  v[classOf(entry)] = entry.weight;
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

export function softmax(z: ClassVector, classes: readonly ModelClass[] = CLASSES, temperature = 1): ClassVector {
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
