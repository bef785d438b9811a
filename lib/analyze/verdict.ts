/**
 * The verdict: one role, a `hybrid` of two when their shares are close and both stand on
 * evidence of their own, or `none` — when the text is too short, not English, not a
 * data/ML posting, or when too little of it names data work to judge (`thin-evidence`).
 * A verdict is only given on enough evidence; `none` is said plainly instead of a guess.
 */
import type { NoneReason, OtherKind, Role, Verdict } from '../types';
import { OTHER_KINDS, ROLES } from '../types';

/** Two roles within this share of each other may read as a hybrid. */
export const HYBRID_MARGIN = 0.05;
/** Below this much weighted role evidence, nothing is judged. */
export const MIN_EVIDENCE = 2;
/** A hybrid needs this much evidence in all, and its second role this much of its own. */
export const HYBRID_EVIDENCE = 5;
export const HYBRID_SECOND = 2;
/** This much evidence for one role outweighs signals of another kind of job. */
export const CLEAR_ROLE_EVIDENCE = 9;
/** Signals of another kind of job name it when they reach this mass and lead the next kind clearly. */
export const OTHER_EVIDENCE = 1.5;
export const MIN_WORDS = 25;

export interface VerdictInput {
  shares: Record<Role, number>;
  /** Probability that the posting is none of the three roles. */
  pOther: number;
  /** Probability of the likeliest of the three roles (same model, same scale as pOther). */
  pTop: number;
  /** Section-weighted count of role-entry hits (up to three a sentence). */
  evidenceMass: number;
  /** Section-weighted evidence sentences that pull towards each role. */
  roleMass: Record<Role, number>;
  /** Section-weighted signals of each other kind of job. */
  otherMass: Record<OtherKind, number>;
  words: number;
  english: boolean;
}

export interface VerdictOutput {
  verdict: Verdict;
  topRole: Role;
  hybridOf?: [Role, Role];
  noneReason?: NoneReason;
  readsAs?: OtherKind;
  confidence: number;
}

/** The other kind of job the posting reads as, when its signals are clear. */
export function readsAsOther(mass: Record<OtherKind, number>): OtherKind | undefined {
  const ranked = [...OTHER_KINDS].sort((a, b) => mass[b] - mass[a]);
  const [a, b] = [ranked[0]!, ranked[1]!];
  return mass[a] >= OTHER_EVIDENCE && mass[a] >= 1.5 * mass[b] ? a : undefined;
}

export function decide(input: VerdictInput): VerdictOutput {
  const ranked = [...ROLES].sort((a, b) => input.shares[b] - input.shares[a]);
  const [top, second] = [ranked[0]!, ranked[1]!];
  const gap = input.shares[top] - input.shares[second];
  const none = (noneReason: NoneReason, confidence: number, readsAs?: OtherKind): VerdictOutput => ({
    verdict: 'none',
    topRole: top,
    noneReason,
    confidence: round(confidence),
    ...(readsAs ? { readsAs } : {}),
  });
  if (input.words === 0) return none('empty', 1);
  if (!input.english) return none('not-english', 0.9);
  if (input.words < MIN_WORDS) return none('too-short', 0.9);
  const evidence = Math.min(1, input.evidenceMass / 10);
  const other = readsAsOther(input.otherMass);
  const clearRole = input.roleMass[top] >= CLEAR_ROLE_EVIDENCE && input.pOther < 0.85;
  // none when "another kind of job" is the likeliest reading, unless one role stands on plenty of evidence
  if (input.pOther > input.pTop && !clearRole) return none('not-data-role', input.pOther, other);
  if (input.evidenceMass < MIN_EVIDENCE) {
    // a few words of data work, or none: say which
    return other || input.evidenceMass === 0 ? none('not-data-role', Math.max(input.pOther, 1 - evidence), other) : none('thin-evidence', 1 - evidence);
  }
  const dataness = 1 - input.pOther;
  if (gap < HYBRID_MARGIN && input.evidenceMass >= HYBRID_EVIDENCE && input.roleMass[second] >= HYBRID_SECOND) {
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
