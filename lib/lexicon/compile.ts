/**
 * Turns lexicon patterns into matchers over normalised tokens. Compiled once per
 * process (a few hundred patterns, well under a millisecond each) and indexed by the
 * stem a match can start with, so matching costs one map lookup per token.
 */
import { normalizeWord } from '../nlp/tokens';
import { ALL_ENTRIES } from './entries';
import type { LexiconEntry } from './types';

export const GAP = 4;
const REVERSE_GAP = 3;

export interface CompiledPattern {
  entry: number;
  /** A pattern of the entry's `unless` list: where it matches, the entry's hit in that sentence is dropped. */
  veto?: boolean;
  source: string;
  slots: ReadonlySet<string>[];
  /** gaps[i]: up to `window` words may stand before slot i. */
  gaps: boolean[];
  window: number;
}

export interface CompiledLexicon {
  entries: readonly LexiconEntry[];
  patterns: CompiledPattern[];
  byFirst: Map<string, CompiledPattern[]>;
}

/** A slot word: `=word` matches that word exactly as written; any other word matches its stem. */
export function slotKey(word: string): string {
  const w = word.toLowerCase();
  return w.startsWith('=') ? w : normalizeWord(w);
}

/**
 * Phrase alternatives: "(machine learning|ml) ~ model" is "machine learning ~ model" and "ml ~ model".
 * (A bare `machine learning|ml` reads "machine", then "learning" or "ml".)
 */
export function expandGroups(pattern: string): string[] {
  const group = /\(([^()]*)\)/.exec(pattern);
  if (!group) return [pattern];
  const [before, after] = [pattern.slice(0, group.index), pattern.slice(group.index + group[0].length)];
  return group[1]!.split('|').flatMap((alt) => expandGroups(`${before} ${alt} ${after}`.replace(/\s+/g, ' ').trim()));
}

function parse(pattern: string, entry: number, veto = false): CompiledPattern[] {
  const slots: Set<string>[] = [];
  const gaps: boolean[] = [];
  let gapNext = false;
  for (const part of pattern.trim().split(/\s+/)) {
    if (part === '~') {
      gapNext = true;
      continue;
    }
    slots.push(new Set(part.split('|').filter(Boolean).map(slotKey)));
    gaps.push(gapNext && slots.length > 1);
    gapNext = false;
  }
  if (slots.length === 0) return [];
  const forward: CompiledPattern = { entry, source: pattern, slots, gaps, window: GAP, ...(veto ? { veto } : {}) };
  // "deploy ~ model" also finds "models deployed": a two-part gapped pattern matches either order
  if (slots.length === 2 && gaps[1]) {
    return [forward, { entry, source: pattern, slots: [slots[1]!, slots[0]!], gaps: [false, true], window: REVERSE_GAP, ...(veto ? { veto } : {}) }];
  }
  return [forward];
}

export function compileLexicon(entries: readonly LexiconEntry[] = ALL_ENTRIES): CompiledLexicon {
  const patterns = entries.flatMap((e, i) => [
    ...e.patterns.flatMap(expandGroups).flatMap((p) => parse(p, i)),
    ...(e.unless ?? []).flatMap(expandGroups).flatMap((p) => parse(p, i, true)),
  ]);
  const byFirst = new Map<string, CompiledPattern[]>();
  for (const p of patterns) {
    for (const s of p.slots[0]!) {
      const list = byFirst.get(s);
      if (list) list.push(p);
      else byFirst.set(s, [p]);
    }
  }
  return { entries, patterns, byFirst };
}

let shared: CompiledLexicon | undefined;
/** The lexicon compiled once and shared. */
export function lexicon(): CompiledLexicon {
  return (shared ??= compileLexicon());
}
