/**
 * The verdict: one role, a `hybrid` of two when their shares are close, or `none`
 * when the text is too short, not English, or not a data/ML posting.
 */
import type { NoneReason, Role, Verdict } from '../types';
import { ROLES } from '../types';

/** Two roles within this share of each other read as a hybrid. */
export const HYBRID_MARGIN = 0.05;
/** Below this much weighted role evidence, the text is not about a data role. */
export const MIN_EVIDENCE = 2;
export const MIN_WORDS = 25;

export interface VerdictInput {
  shares: Record<Role, number>;
  /** Probability that the posting is none of the three roles. */
  pOther: number;
  /** Section-weighted count of role-entry hits (up to three a sentence). */
  evidenceMass: number;
  words: number;
  english: boolean;
}

export interface VerdictOutput {
  verdict: Verdict;
  topRole: Role;
  hybridOf?: [Role, Role];
  noneReason?: NoneReason;
  confidence: number;
}

export function decide(input: VerdictInput): VerdictOutput {
  const ranked = [...ROLES].sort((a, b) => input.shares[b] - input.shares[a]);
  const [top, second] = [ranked[0]!, ranked[1]!];
  const gap = input.shares[top] - input.shares[second];
  const none = (noneReason: NoneReason, confidence: number): VerdictOutput => ({ verdict: 'none', topRole: top, noneReason, confidence });
  if (input.words === 0) return none('empty', 1);
  if (!input.english) return none('not-english', 0.9);
  if (input.words < MIN_WORDS) return none('too-short', 0.9);
  const evidence = Math.min(1, input.evidenceMass / 10);
  if (input.evidenceMass < MIN_EVIDENCE || input.pOther > 0.6) {
    return none('not-data-role', Math.max(input.pOther, 1 - evidence));
  }
  const dataness = 1 - input.pOther;
  if (gap < HYBRID_MARGIN) {
    return {
      verdict: 'hybrid',
      topRole: top,
      hybridOf: [top, second],
      confidence: round((input.shares[top] + input.shares[second]) * dataness * (0.5 + 0.5 * evidence)),
    };
  }
  return { verdict: top, topRole: top, confidence: round(input.shares[top] * dataness * (0.5 + 0.5 * evidence)) };
}

function round(v: number): number {
  return Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;
}
