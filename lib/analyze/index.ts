/**
 * `analyze(posting)`: the one entry to the analyzer. Pure — no DOM, no browser API —
 * so it runs in Node, in tests and in every extension page.
 */
import { lexicon, type CompiledLexicon } from '../lexicon/compile';
import WEIGHTS from '../lexicon/weights.json';
import { detectEnglish } from '../nlp/language';
import { wordCount } from '../nlp/tokens';
import type { Evidence, EvidenceHit, OtherKind, Posting, Report, Role } from '../types';
import { OTHER_KINDS, ROLES } from '../types';
import { matchPosting, type MatchedSentence } from './match';
import { entryWeights, features, logits, SHARE_TEMPERATURE, softmax, type Weights } from './score';
import { roleOfTitle } from './title';
import { decide, type VerdictInput } from './verdict';

export interface AnalyzeOptions {
  weights?: Weights;
  lexicon?: CompiledLexicon;
  /** For benchmarks and tuning: hears what the verdict was decided on. */
  onVerdictInput?: (input: VerdictInput) => void;
}

const DEFAULT_WEIGHTS = WEIGHTS as Weights;

/** The most text one analysis reads (the page readers and the CLI cut postings to this too). */
export const MAX_ANALYZED = 200_000;

interface Evidenced {
  evidence: Evidence[];
  /** Section-weighted hits of role entries (up to three a sentence). */
  mass: number;
  /** Section-weighted evidence sentences by the role they pull towards. */
  roleMass: Record<Role, number>;
  /** Section-weighted sentences with signals of each other kind of job. */
  otherMass: Record<OtherKind, number>;
}

function evidenceOf(text: string, lex: CompiledLexicon, weights: Weights, sentences: MatchedSentence[]): Evidenced {
  const evidence: Evidence[] = [];
  const roleMass: Record<Role, number> = { mle: 0, ds: 0, de: 0 };
  const otherMass: Record<OtherKind, number> = { analyst: 0, software: 0, devops: 0, research: 0 };
  let mass = 0;
  for (const s of sentences) {
    if (s.weight === 0) continue;
    const pull: Record<Role, number> = { mle: 0, ds: 0, de: 0 };
    const hits: EvidenceHit[] = [];
    const families = new Set<OtherKind>();
    for (const h of s.hits) {
      const entry = lex.entries[h.entry]!;
      if (entry.role === 'other') {
        if (entry.family) families.add(entry.family);
        continue;
      }
      const w = entryWeights(weights, entry);
      for (const r of ROLES) pull[r] += Math.max(0, w[r]);
      hits.push({ entryId: entry.id, role: entry.role, kind: entry.kind, label: entry.label, matched: text.slice(h.start, h.end), start: h.start, end: h.end });
    }
    for (const f of families) otherMass[f] += s.weight;
    if (hits.length === 0) continue;
    const role = [...ROLES].sort((a, b) => pull[b] - pull[a])[0]!;
    roleMass[role] += s.weight;
    mass += s.weight * Math.min(3, hits.length);
    evidence.push({
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      section: s.section,
      hits,
      role,
      strength: Math.round(pull[role] * s.weight * 1000) / 1000,
    });
  }
  return { evidence, mass, roleMass, otherMass };
}

const UNICODE_SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

export function analyze(posting: Posting, options: AnalyzeOptions = {}): Report {
  // the same bound every reader applies: a caller handing over megabytes gets the first 200,000 characters read
  const raw = typeof posting.text === 'string' ? posting.text : '';
  const cut = raw.length > MAX_ANALYZED ? raw.slice(0, MAX_ANALYZED) : raw;
  // no-break and other Unicode spaces (Word and e-mail drafts pasted into the draft box, text files) are read as the space
  // they show, one for one: offsets are the same in both, and evidence quotes the caller's own text
  const text = cut.replace(UNICODE_SPACES, ' ');
  const lex = options.lexicon ?? lexicon();
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const language = detectEnglish(text);
  const words = wordCount(text);
  const sentences = matchPosting(lex, text);
  const x = features(lex, sentences);
  const z = logits(lex, weights, x);
  const probs = softmax(z);
  const roleProbs = softmax(z, ROLES, SHARE_TEMPERATURE);
  const shares: Record<Role, number> = { mle: roleProbs.mle, ds: roleProbs.ds, de: roleProbs.de };
  // each sentence counts for the role entries it hits (one hit an entry, at most three), weighted by its section
  const { evidence, mass, roleMass, otherMass } = evidenceOf(cut, lex, weights, sentences);
  const input: VerdictInput = {
    shares,
    pOther: OTHER_KINDS.reduce((sum, k) => sum + probs[k], 0),
    pKinds: { analyst: probs.analyst, software: probs.software, devops: probs.devops, research: probs.research },
    pTop: Math.max(probs.mle, probs.ds, probs.de),
    evidenceMass: mass,
    roleMass,
    otherMass,
    words,
    english: language.english,
  };
  options.onVerdictInput?.(input);
  const v = decide(input);
  const titleRole = roleOfTitle(posting.title);
  const report: Report = {
    scores: normalise(shares),
    verdict: v.verdict,
    confidence: v.confidence,
    topRole: v.topRole,
    evidence: evidence.sort((a, b) => b.strength - a.strength || a.start - b.start),
    language: { english: language.english, englishShare: Math.round(language.englishShare * 1000) / 1000 },
    stats: { chars: text.length, sentences: sentences.length, evidenceSentences: evidence.length },
  };
  if (v.hybridOf) report.hybridOf = v.hybridOf;
  if (v.noneReason) report.noneReason = v.noneReason;
  if (v.readsAs) report.readsAs = v.readsAs;
  if (titleRole) {
    report.titleRole = titleRole;
    const readsAs = v.verdict === 'hybrid' || v.verdict === 'none' ? undefined : v.verdict;
    const inHybrid = v.hybridOf?.includes(titleRole);
    if (readsAs && readsAs !== titleRole) report.mismatch = { titled: titleRole, readsAs };
    else if (v.verdict === 'hybrid' && !inHybrid) report.mismatch = { titled: titleRole, readsAs: v.topRole };
  }
  return report;
}

/** Round to 3 decimals while keeping the sum exactly 1. */
function normalise(s: Record<Role, number>): Record<Role, number> {
  const ok = ROLES.every((r) => Number.isFinite(s[r]));
  const base = ok ? s : { mle: 1 / 3, ds: 1 / 3, de: 1 / 3 };
  const mle = Math.round(base.mle * 1000) / 1000;
  const ds = Math.round(base.ds * 1000) / 1000;
  return { mle, ds, de: Math.round((1 - mle - ds) * 1000) / 1000 };
}

export { roleOfTitle, maskRoleNames } from './title';
