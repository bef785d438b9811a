/**
 * What RoleLens keeps on the device, with a schema version. Every change to this
 * shape bumps CURRENT_VERSION and adds a step to migrate.ts, tested against a saved
 * example of every earlier version (test/fixtures/storage/).
 */
import type { OtherKind, PostingSource, Role, Verdict } from '../types';

export const STATE_KEY = 'rolelens:state';
/** Since version 3 the history and the settings are stored items of their own: saving a draft never rewrites them, nor recording a posting the drafts. */
export const HISTORY_KEY = 'rolelens:history';
export const SETTINGS_KEY = 'rolelens:settings';
export const CURRENT_VERSION = 3;

/** History keeps this many postings; the oldest go first. */
export const HISTORY_CAP = 500;

export interface Draft {
  id: string;
  name: string;
  text: string;
  /** The role the recruiter means the posting to describe. */
  intended: Role;
  updatedAt: number;
}

export interface Settings {
  /** Which roles the side panel highlights on the page. */
  highlight: Record<Role, boolean>;
}

/** One analyzed posting, as the history keeps it. */
export interface HistoryItem {
  url?: string;
  title?: string;
  company?: string;
  source: PostingSource;
  verdict: Verdict;
  hybridOf?: [Role, Role];
  /** With a `none` verdict, what the posting reads as instead (analyst, software, DevOps, research work). */
  readsAs?: OtherKind;
  scores: Record<Role, number>;
  /** When it was (last) analyzed, ms since the epoch. */
  at: number;
  /** The core responsibilities (lexicon entry ids, all three roles) the posting covers: what Compare sets side by side. */
  covers?: string[];
  /** Its strongest evidence lines (at most HISTORY_LINES, each cut to HISTORY_LINE_CHARS), with the entry each stands for. */
  lines?: HistoryLine[];
}

export interface HistoryLine {
  role: Role;
  entry: string;
  text: string;
}

/** Evidence lines kept per history item, and their length: enough to compare postings, little to store. */
export const HISTORY_LINES = 6;
export const HISTORY_LINE_CHARS = 240;

/**
 * Version 2: drafts, highlight settings and the history of analyzed postings (version 1 had
 * no history), all in one stored item. Early v2 data also carries `settings.autoAnalyse`, never
 * read — whether automatic analysis is on is the boards' host permission itself — and dropped
 * on the next save.
 *
 * Version 3: the same records, stored as three items — drafts and set-aside records under
 * STATE_KEY, the settings under SETTINGS_KEY, the history under HISTORY_KEY — each written only
 * when it changed. History items may carry `covers` and `lines` (for Compare); a malformed one
 * loses just those two fields.
 */
export interface StateV3 {
  version: 3;
  /** Stored under SETTINGS_KEY. */
  settings: Settings;
  drafts: Draft[];
  activeDraft?: string;
  /** Stored under HISTORY_KEY; here for the views, which see one state. */
  history: HistoryItem[];
  /** Damaged records found on loading, set aside instead of dropped: the settings page exports or deletes them. */
  quarantine?: unknown[];
}

export type State = StateV3;

export function emptyState(): State {
  return { version: 3, settings: { highlight: { mle: true, ds: true, de: true } }, drafts: [], history: [] };
}
