/**
 * What RoleLens keeps on the device, with a schema version. Every change to this
 * shape bumps CURRENT_VERSION and adds a step to migrate.ts, tested against a saved
 * example of every earlier version (test/fixtures/storage/).
 */
import type { Role } from '../types';

export const STATE_KEY = 'rolelens:state';
export const CURRENT_VERSION = 1;

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

export interface StateV1 {
  version: 1;
  settings: Settings;
  drafts: Draft[];
  activeDraft?: string;
}

export type State = StateV1;

export function emptyState(): State {
  return { version: CURRENT_VERSION, settings: { highlight: { mle: true, ds: true, de: true } }, drafts: [] };
}
