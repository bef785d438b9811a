/**
 * Fits the per-entry class weights: multinomial logistic regression over the lexicon
 * features, by full-batch gradient descent, with an L2 pull towards the hand weights
 * (so an entry drifts from its role only as far as the data insists) and classes
 * weighted by the square root of inverse frequency (so MLE, the smallest class, is
 * neither drowned nor over-predicted).
 * Pure and deterministic: the same examples give the same weights.
 */
import type { LexiconEntry } from '../lexicon/types';
import { CLASSES, classOf, priorWeights, zero, type ModelClass, type Weights } from './score';

export interface Example {
  x: Float64Array;
  /** A role, or the kind of other job the posting is (its title's family). */
  label: ModelClass;
}

export interface FitOptions {
  l2?: number;
  epochs?: number;
  rate?: number;
  /** 1: classes weighted by inverse frequency; 0: every example alike. */
  balance?: number;
  /** Keep every entry pulling hardest towards its own role among MLE, DS and DE (default on). */
  ownRoleFirst?: boolean;
}

const ROLE_CLASSES = [0, 1, 2]; // mle, ds, de in CLASSES order

/**
 * The explainability constraint: an entry of the DE lexicon may also pull a little
 * towards DS, but never more than towards DE — otherwise the UI would show a line as
 * DS evidence "because" of a DE responsibility. A violated pair is projected onto the
 * constraint by averaging the two weights.
 */
function keepOwnRoleFirst(entries: readonly LexiconEntry[], W: Float64Array, K: number): void {
  entries.forEach((e, d) => {
    const own = CLASSES.indexOf(classOf(e));
    if (own > 2) return; // entries of other kinds of job are free
    for (const c of ROLE_CLASSES) {
      if (c === own) continue;
      const i = d * K + own;
      const j = d * K + c;
      if (W[i]! < W[j]!) W[i] = W[j] = (W[i]! + W[j]!) / 2;
    }
  });
}

export function fitWeights(entries: readonly LexiconEntry[], examples: readonly Example[], options: FitOptions = {}): Weights {
  const l2 = options.l2 ?? 0.003;
  const epochs = options.epochs ?? 600;
  const rate = options.rate ?? 0.5;
  const K = CLASSES.length;
  const D = entries.length;
  const prior = priorWeights(entries);
  const W = new Float64Array(D * K);
  const P = new Float64Array(D * K);
  entries.forEach((e, d) => CLASSES.forEach((c, k) => (W[d * K + k] = P[d * K + k] = prior.entries[e.id]![c])));
  const b = new Float64Array(CLASSES.map((c) => prior.bias[c]));
  const counts = CLASSES.map((c) => examples.filter((e) => e.label === c).length);
  const balance = options.balance ?? 0.5;
  const classWeight = counts.map((n) => (n > 0 ? (examples.length / (K * n)) ** balance : 0));
  const y = examples.map((e) => CLASSES.indexOf(e.label));
  const norm = examples.reduce((s, _, i) => s + classWeight[y[i]!]!, 0) || 1;

  const gW = new Float64Array(D * K);
  const gb = new Float64Array(K);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    examples.forEach((ex, i) => {
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (let d = 0; d < D; d++) {
        const xd = ex.x[d]!;
        if (xd !== 0) for (let k = 0; k < K; k++) z[k]! += xd * W[d * K + k]!;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      const cw = classWeight[y[i]!]!;
      for (let k = 0; k < K; k++) {
        const err = cw * (z[k]! / sum - (k === y[i] ? 1 : 0));
        gb[k]! += err;
        for (let d = 0; d < D; d++) {
          const xd = ex.x[d]!;
          if (xd !== 0) gW[d * K + k]! += err * xd;
        }
      }
    });
    const step = rate / (1 + epoch / 200);
    for (let j = 0; j < W.length; j++) W[j]! -= step * (gW[j]! / norm + l2 * (W[j]! - P[j]!));
    for (let k = 0; k < K; k++) b[k]! -= step * (gb[k]! / norm);
    if (options.ownRoleFirst ?? true) keepOwnRoleFirst(entries, W, K);
  }

  const round = (v: number) => Math.round(v * 1000) / 1000;
  const out: Weights = { version: 2, bias: zero(), entries: {} };
  CLASSES.forEach((c, k) => (out.bias[c] = round(b[k]!)));
  entries.forEach((e, d) => {
    const v = zero();
    CLASSES.forEach((c, k) => (v[c] = round(W[d * K + k]!)));
    out.entries[e.id] = v;
  });
  return out;
}
