/**
 * The contract. Every part of RoleLens speaks these types: extraction produces a
 * `Posting`, the analyzer turns it into a `Report` made of `Evidence`, and the UI
 * only renders them. Nothing here touches a DOM or a browser API.
 */

export type Role = 'mle' | 'ds' | 'de';
export const ROLES: readonly Role[] = ['mle', 'ds', 'de'];

export const ROLE_NAMES: Record<Role, string> = {
  mle: 'Machine Learning Engineer',
  ds: 'Data Scientist',
  de: 'Data Engineer',
};

export const ROLE_SHORT: Record<Role, string> = { mle: 'MLE', ds: 'DS', de: 'DE' };

/** Where a posting's text came from. Adapters are named `adapter:<site>`. */
export type PostingSource =
  | 'json-ld'
  | `adapter:${string}`
  | 'generic'
  /** The data a client-rendered page ships for its scripts (`window.__appData`, `__NEXT_DATA__`). */
  | 'page-data'
  /** Postings saved in history before the generic reader got its name. */
  | 'fallback'
  | 'selection'
  | 'paste'
  | 'draft'
  | 'file';

export interface Posting {
  title?: string;
  company?: string;
  location?: string;
  /** Plain text: paragraphs and list items separated by newlines. Never HTML. */
  text: string;
  source: PostingSource;
  url?: string;
  /** Set when the page was larger than RoleLens reads; `text` holds the first `readChars`. */
  truncated?: { readChars: number; totalChars: number };
}

/** Why extraction found nothing to analyze. */
export type ExtractFailure =
  /**
   * `unread: 'generic'`: only the site adapters and JSON-LD have looked; the generic reader has not yet.
   * `frame`: the address of a frame from another site that likely shows the posting (an embedded job board).
   */
  | { kind: 'no-posting'; pageTitle?: string; unread?: 'generic'; frame?: string }
  | { kind: 'restricted'; url?: string }
  /** The page may be read, but RoleLens has no access to this tab yet (activeTab needs a click). */
  | { kind: 'no-access'; url?: string }
  | { kind: 'error'; message: string };

export type ExtractResult = { ok: true; posting: Posting } | { ok: false; failure: ExtractFailure };

/** Section of a posting a sentence belongs to; sections weigh differently. `excluded` is a list of what the job is not ("What you won't be doing"). */
export type SectionKind = 'responsibilities' | 'requirements' | 'about' | 'benefits' | 'legal' | 'excluded' | 'body';

export type EntryKind = 'responsibility' | 'tool' | 'artifact' | 'method';

/** One lexicon entry a sentence matched. */
export interface EvidenceHit {
  entryId: string;
  role: Role;
  kind: EntryKind;
  /** The entry's human wording ("Deploy ML models to production"). */
  label: string;
  /** The words in the sentence that matched, as written. */
  matched: string;
  /** Character span of `matched` in the posting text. */
  start: number;
  end: number;
}

/** A sentence that counts towards one or more roles. */
export interface Evidence {
  /** Character span of the sentence in `Posting.text` (end exclusive). */
  start: number;
  end: number;
  text: string;
  section: SectionKind;
  hits: EvidenceHit[];
  /** The role this sentence pulls towards most, and how strongly (fitted weight mass). */
  role: Role;
  strength: number;
}

export type Verdict = Role | 'hybrid' | 'none';

/**
 * Why the verdict is `none`: too little text, not English, not a data role, or too little
 * role evidence to stand on (`thin-evidence`: a few lines touch data work, not enough to judge).
 */
export type NoneReason = 'too-short' | 'not-english' | 'not-data-role' | 'thin-evidence' | 'empty';

/** What a posting that is none of the three roles reads as, where its evidence is clear. */
export type OtherKind = 'analyst' | 'software' | 'devops' | 'research';
export const OTHER_KINDS: readonly OtherKind[] = ['analyst', 'software', 'devops', 'research'];
export const OTHER_NAMES: Record<OtherKind, string> = {
  analyst: 'data or BI analyst work',
  software: 'software or backend engineering',
  devops: 'DevOps or site reliability work',
  research: 'research outside machine learning',
};

export interface Report {
  /** Per-role shares, each in [0, 1], summing to 1. */
  scores: Record<Role, number>;
  verdict: Verdict;
  /** The two roles of a `hybrid` verdict, strongest first. */
  hybridOf?: [Role, Role];
  /** Why the verdict is `none`. */
  noneReason?: NoneReason;
  /** With a `none` verdict: what the posting reads as instead, where its evidence is clear. */
  readsAs?: OtherKind;
  /** How sure the verdict is, in [0, 1]. */
  confidence: number;
  /** The top role by score, even when the verdict is `hybrid` or `none`. */
  topRole: Role;
  evidence: Evidence[];
  /** The role the posting's title names, if any. */
  titleRole?: Role;
  /** Set when the title names one role and the text reads as another. */
  mismatch?: { titled: Role; readsAs: Role };
  language: { english: boolean; englishShare: number };
  stats: { chars: number; sentences: number; evidenceSentences: number };
}
