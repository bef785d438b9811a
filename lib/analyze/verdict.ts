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
/**
 * This much evidence for one role (section-weighted sentences) outweighs another kind of job that the model finds
 * likelier, short of near certainty. Analyst and BI postings name analyses, statistics, insights and experiments, each
 * data-science evidence, in nine or ten sentences: of the 9 cross-validated postings kept as a data role between 9 and
 * 12 though another kind led 2–4.3 times (analyst 7, SRE 2), 8 read blind as none of the three roles — two of them
 * titled DS or DE (product analytics; SAP BW reporting) — and one as DE first (ETL and SQL transformations, then
 * dashboards). Data-titled "none" 4.8% → 4.9% on dev2, analyst "none" 70% → 71%, DevOps 89% → 91%.
 */
export const CLEAR_ROLE_EVIDENCE = 12;
/**
 * "Another kind of job" is the reading when the likeliest such kind is this many times as
 * likely as the likeliest role: a posting between analyst and data science work stays a
 * data role unless the analyst reading is clearly ahead. Cross-validated on both sets it
 * keeps data-role postings answered "none" near 5% and analyst ones near 70% on dev2; read
 * blind, the postings that a lead of 1.8 to 2 turns from "none" to a role were mostly data
 * roles (8 of 10), those above 2 mostly not (`npm run bench:verdict-rules` replays others).
 */
export const OTHER_LEAD = 2;
/**
 * "Not a data role" is also the reading when all other kinds of job together are this many times as
 * likely as the likeliest role, though no one kind leads by OTHER_LEAD: an SRE posting of a data
 * platform team reads as DevOps and software work at once (0.40 + 0.25 against 0.20 for DE). Read
 * blind, of the 11 cross-validated postings this turns, 7 are none of the three roles (an SRE, a GIS
 * analyst, systems programmers, an archive's software team), 2 data engineering, 2 arguable;
 * data-titled "none" on dev2 4.6% → 5.0%. A lead of 3.5 keeps dev2's data-titled "none" lower by two
 * postings, but of the 5 postings it gives back to a role, 3 are none of the three roles when read.
 */
export const OTHER_TOTAL_LEAD = 3;
/**
 * Another kind of job is named only with this much of its own signals (section-weighted sentences):
 * one line of requirements (0.5) is enough when that kind is already the likeliest reading — a DevOps
 * posting that names Terraform once among its requirements is named DevOps work, not left unnamed
 * (named right, cross-validated: DevOps 85% → 89% on dev2, analyst 65% → 68%; no verdict changes).
 */
export const OTHER_EVIDENCE = 0.5;
/**
 * Research outside ML is read when the posting names the practice of research (journals,
 * manuscripts, proposals, lab and field science) in this many section-weighted sentences and
 * the research reading is at least as likely as the top role — even on plenty of role
 * evidence, as a scientist's long posting names statistics and modelling throughout. Research
 * is the smallest kind the model learns (a dozen postings), so its probability alone is the
 * least sure, while its signals are the most specific: in 2% of data-role postings. Cross-
 * validated, this turned no data-role posting to "none" on either set. The research reading need
 * lead the top role only at that least practice: it is weighed by the practice named (signals /
 * RESEARCH_EVIDENCE), so a mathematical physics posting that names publishing, conferences, postdocs
 * and physics research in 4.5 sentences reads as research at 0.96 of the DS odds. Cross-validated,
 * this turned that posting alone (research titled and read outside ML: 75% → 88% "none").
 */
export const RESEARCH_EVIDENCE = 2;
/**
 * Analyst work is also the reading when the top role stands on little evidence of its own (fewer
 * than ANALYST_THIN_ROLE section-weighted sentences), the analyst reading is ANALYST_LEAD times as
 * likely as that role, and analyst signals (reports, dashboards, BI tools) fill ANALYST_SIGNALS
 * sentences: reporting and BI postings name SQL, ETL and "analysis", which alone lean to DE or DS.
 * Read blind, the 8 cross-validated postings this turned to "none" were all analyst or BI work (a
 * "Business Intelligence Data Engineer" among them); with one signal sentence enough, 14 turned,
 * all analyst work too, but 2 of them titled DS or DE (data-titled "none" 5.0% → 5.2% on dev2).
 * Session 38 lowered the signals from 2 sentences to 1.5 and the lead from 1.5 to 1.2: replayed on
 * the cross-validated verdict inputs, 10 more postings turn, 8 of them analyst-titled and 2 data-titled;
 * of the 8 read blind before (analysts' statistics and reporting posts answered DS or DE), the readings
 * agree on 8 after, 1.5 before. A lead of 1.0 turns 12 (judged 2.5 → 8); a threshold of 8 role
 * sentences turns postings that are half data roles. A data engineer who serves analysts
 * (DE_OVER_ANALYST) stays one here too.
 */
export const ANALYST_THIN_ROLE = 6;
/**
 * Data engineering stands against an analyst reading on its own duties: when DE is the likeliest role and its evidence
 * (section-weighted sentences) is at least DE_OVER_ANALYST_MASS and DE_OVER_ANALYST times the analyst signals, the
 * posting stays a DE posting though the model finds analyst wording likelier. A data engineer who serves analysts names
 * their dashboards, reports and BI tools as the consumers of the pipelines, and the model reads that wording as
 * analyst work; an analyst posting names reports as its own deliverables, with few pipeline duties beside them. Only
 * DE: data-science evidence (analyses, statistics, experiments) is what analyst postings name too (the same rule for
 * DS turned 12% of analyst postings into DS). Cross-validated: data-titled "none" on dev2 5.2% → 4.5%, analyst "none"
 * 72% → 70% (dev 69%, unchanged), DevOps unchanged; of the 11 postings it turns, 7 were read blind before (5 read as
 * DE, 2 as DE or none); of the 4 read after, blind, 2 read as DE or none, 2 as analyst work that builds data.
 */
export const DE_OVER_ANALYST_MASS = 5;
export const DE_OVER_ANALYST = 2.5;
export const ANALYST_LEAD = 1.2;
export const ANALYST_SIGNALS = 1.5;
export const MIN_WORDS = 25;

export interface VerdictInput {
  shares: Record<Role, number>;
  /** Probability that the posting is none of the three roles (all other kinds together). */
  pOther: number;
  /** Probability of each other kind of job (same model, same scale as pTop). */
  pKinds: Record<OtherKind, number>;
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

/** The likeliest other kind of job. */
export function likeliestKind(p: Record<OtherKind, number>): OtherKind {
  return OTHER_KINDS.reduce((a, b) => (p[b] > p[a] ? b : a));
}

/** The verdict; `otherLead` is OTHER_LEAD unless a benchmark replays another. */
export function decide(input: VerdictInput, otherLead = OTHER_LEAD): VerdictOutput {
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
  const kind = likeliestKind(input.pKinds);
  // what the posting reads as instead: the likeliest other kind of job, when the posting has signals of it
  const other = input.otherMass[kind] >= OTHER_EVIDENCE ? kind : undefined;
  const deOverAnalyst =
    top === 'de' &&
    kind === 'analyst' &&
    input.roleMass.de >= DE_OVER_ANALYST_MASS &&
    input.roleMass.de >= DE_OVER_ANALYST * Math.max(input.otherMass.analyst, OTHER_EVIDENCE);
  const clearRole = (input.roleMass[top] >= CLEAR_ROLE_EVIDENCE && input.pOther < 0.85) || deOverAnalyst;
  // none when another kind of job is clearly the likeliest reading, unless one role stands on plenty of evidence
  const otherAhead = input.pKinds[kind] > otherLead * input.pTop;
  // (all other kinds together: only on enough evidence to judge — a line of SQL in a culture blurb is "thin", not "another job")
  const othersAhead = input.evidenceMass >= MIN_EVIDENCE && input.pOther > OTHER_TOTAL_LEAD * input.pTop;
  if ((otherAhead || othersAhead) && !clearRole) return none('not-data-role', input.pOther, other);
  // (the more research practice named, the less the research reading must lead: its probability is the least sure)
  const research = input.otherMass.research;
  if (research >= RESEARCH_EVIDENCE && input.pKinds.research * (research / RESEARCH_EVIDENCE) > input.pTop)
    return none('not-data-role', input.pOther, 'research');
  // analyst work on a few role lines (ANALYST_THIN_ROLE) — not where data engineering stands on its own duties against the
  // analyst signals (deOverAnalyst, as for the lead above)
  if (
    kind === 'analyst' &&
    !deOverAnalyst &&
    input.otherMass.analyst >= ANALYST_SIGNALS &&
    input.roleMass[top] < ANALYST_THIN_ROLE &&
    input.pKinds.analyst > ANALYST_LEAD * input.pTop
  )
    return none('not-data-role', input.pOther, 'analyst');
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
