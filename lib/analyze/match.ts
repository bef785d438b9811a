/**
 * Finds lexicon entries in a posting, sentence by sentence. Each sentence keeps its
 * section, its span and the entries it hit with the words that matched.
 */
import type { CompiledLexicon, CompiledPattern } from '../lexicon/compile';
import { sectionedSentences, SECTION_WEIGHT } from '../nlp/sections';
import { tokenize, type Token } from '../nlp/tokens';
import type { SectionKind } from '../types';

export interface SentenceHit {
  entry: number;
  start: number;
  end: number;
}

export interface MatchedSentence {
  start: number;
  end: number;
  section: SectionKind;
  weight: number;
  hits: SentenceHit[];
}

function matchAt(tokens: Token[], i: number, p: CompiledPattern): number {
  let pos = i;
  for (let k = 1; k < p.slots.length; k++) {
    const slot = p.slots[k]!;
    if (p.gaps[k]) {
      let found = -1;
      for (let j = pos + 1; j <= pos + 1 + p.window && j < tokens.length; j++) {
        if (slot.has(tokens[j]!.norm)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      pos = found;
    } else {
      const next = tokens[pos + 1];
      if (!next || !slot.has(next.norm)) return -1;
      pos++;
    }
  }
  return pos;
}

/** Entries hit in one token run; one hit per entry (the first). */
export function matchTokens(lex: CompiledLexicon, tokens: Token[]): SentenceHit[] {
  const hits = new Map<number, SentenceHit>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = lex.byFirst.get(tokens[i]!.norm);
    if (!candidates) continue;
    for (const p of candidates) {
      if (hits.has(p.entry)) continue;
      const last = matchAt(tokens, i, p);
      if (last >= 0) hits.set(p.entry, { entry: p.entry, start: tokens[i]!.start, end: tokens[last]!.end });
    }
  }
  return [...hits.values()].sort((a, b) => a.start - b.start);
}

/** Every non-heading sentence with its hits (sentences without hits included). */
export function matchPosting(lex: CompiledLexicon, text: string): MatchedSentence[] {
  const out: MatchedSentence[] = [];
  for (const s of sectionedSentences(text)) {
    if (s.heading) continue;
    const hits = matchTokens(lex, tokenize(text, s.start, s.end));
    out.push({ start: s.start, end: s.end, section: s.section, weight: SECTION_WEIGHT[s.section], hits });
  }
  return out;
}
