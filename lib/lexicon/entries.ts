/** Every lexicon entry, in a fixed order (the order of fitted weights). */
import { DE } from './de';
import { DS } from './ds';
import { MLE } from './mle';
import { OTHER_ROLES } from './other';
import type { LexiconEntry } from './types';

export const ALL_ENTRIES: readonly LexiconEntry[] = [...MLE, ...DS, ...DE, ...OTHER_ROLES];

export const ENTRY_BY_ID: ReadonlyMap<string, LexiconEntry> = new Map(ALL_ENTRIES.map((e) => [e.id, e]));
