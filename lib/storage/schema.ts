/**
 * What RoleLens keeps on the device, with a schema version. Every change to this
 * shape bumps CURRENT_VERSION and adds a step to migrate.ts, tested against a saved
 * example of every earlier version (test/fixtures/storage/).
 */
import type { OtherKind, PostingSource, Role, Verdict } from '../types';

export const STATE_KEY = 'rolelens:state';
export const CURRENT_VERSION = 2;

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

/** One analysed posting, as the history keeps it. */
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
  /** When it was (last) analysed, ms since the epoch. */
  at: number;
}

/** Version 1: drafts and highlight settings (the first draft view). */
export interface StateV1 {
  version: 1;
  settings: Settings;
  drafts: Draft[];
  activeDraft?: string;
}

/** Version 2: adds the history of analysed postings and the automatic-analysis setting. */
export interface StateV2 {
  version: 2;
  settings: Settings & {
    /** Analyse postings on job boards without a click (needs the boards' optional host permissions). */
    autoAnalyse: boolean;
  };
  drafts: Draft[];
  activeDraft?: string;
  history: HistoryItem[];
}

export type State = StateV2;

export function emptyState(): State {
  return { version: CURRENT_VERSION, settings: { highlight: { mle: true, ds: true, de: true }, autoAnalyse: false }, drafts: [], history: [] };
}
