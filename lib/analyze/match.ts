/**
 * Finds lexicon entries in a posting, sentence by sentence. Each sentence keeps its
 * section, its span and the entries it hit with the words that matched.
 */
import type { CompiledLexicon, CompiledPattern } from '../lexicon/compile';
import { sectionedSentences, SECTION_WEIGHT } from '../nlp/sections';
import { tokenize, type Token } from '../nlp/tokens';
import type { SectionKind } from '../types';
import { ROLE_NAMES } from './title';

/** How much a credential asked for (a degree, a certification) counts, relative to its section. */
export const CREDENTIAL_WEIGHT = 0.1;
/**
 * How much the opening counts, relative to its section, when the posting states its duties under
 * their own heading: there the opening is mostly the employer's story, and a data company's is
 * full of data words ("transforms complex data into actionable insights"). Where a posting has
 * no duties heading, its opening is where it says what the job is, and counts in full. Read
 * blind (cross-validated verdicts, titles masked), the 23 postings this halving turned read our
 * way 18 times after it, 16 before; title-labelled macro-F1 moved 0.815 → 0.816 (dev), 0.866 →
 * 0.863 (dev2), and data-role postings answered "none" stayed at 5% on dev2.
 */
export const OPENING_WEIGHT = 0.5;

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

const has = (slot: ReadonlySet<string>, t: Token): boolean => slot.has(t.norm) || slot.has('=' + t.lower);

/** Where a pattern starting at token i ends, or -1; a pattern's words stay within one clause (no colon or semicolon between). */
function matchAt(tokens: Token[], i: number, p: CompiledPattern): number {
  let pos = i;
  const clause = tokens[i]!.clause;
  for (let k = 1; k < p.slots.length; k++) {
    const slot = p.slots[k]!;
    if (p.gaps[k]) {
      let found = -1;
      for (let j = pos + 1; j <= pos + 1 + p.window && j < tokens.length && tokens[j]!.clause === clause; j++) {
        if (has(slot, tokens[j]!)) {
          found = j;
          break;
        }
      }
      if (found < 0) return -1;
      pos = found;
    } else {
      const next = tokens[pos + 1];
      if (!next || next.clause !== clause || !has(slot, next)) return -1;
      pos++;
    }
  }
  return pos;
}

/** Entries hit in one token run; one hit per entry (the first), none for an entry whose `unless` context is there. */
export function matchTokens(lex: CompiledLexicon, tokens: Token[]): SentenceHit[] {
  const hits = new Map<number, SentenceHit>();
  const vetoed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const stemmed = lex.byFirst.get(t.norm);
    const exact = lex.byFirst.get('=' + t.lower);
    for (const list of [stemmed, exact]) {
      if (!list) continue;
      for (const p of list) {
        if (p.veto ? vetoed.has(p.entry) : hits.has(p.entry)) continue;
        const last = matchAt(tokens, i, p);
        if (last < 0) continue;
        if (p.veto) vetoed.add(p.entry);
        else hits.set(p.entry, { entry: p.entry, start: t.start, end: tokens[last]!.end });
      }
    }
  }
  for (const e of vetoed) hits.delete(e);
  return [...hits.values()].sort((a, b) => a.start - b.start);
}

const PLACEHOLDER = tokenize('professional')[0]!;

/**
 * A sentence's words, each role name in it ("Machine Learning Engineer", "data scientists") read as the one word
 * "professional": a job's name is not its duties, and the weights were fitted on postings masked that way — where a
 * posting names its own role, "machine learning" in "Machine Learning Engineer" counted as machine-learning work.
 */
function wordsOf(text: string, start: number, end: number): Token[] {
  const tokens = tokenize(text, start, end);
  const names = [...text.slice(start, end).matchAll(ROLE_NAMES)].map((m) => [start + m.index!, start + m.index! + m[0].length] as const);
  if (!names.length) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const name = names.find(([a, b]) => t.start >= a && t.end <= b);
    if (!name) out.push(t);
    else if (out.at(-1)?.start !== name[0]) out.push({ ...PLACEHOLDER, start: name[0], end: name[1], clause: t.clause });
  }
  return out;
}

/** Every non-heading sentence with its hits (sentences without hits included). */
export function matchPosting(lex: CompiledLexicon, text: string): MatchedSentence[] {
  const out: MatchedSentence[] = [];
  for (const s of sectionedSentences(text)) {
    if (s.heading && !s.item) continue;
    const hits = matchTokens(lex, wordsOf(text, s.start, s.end));
    // a degree or certification line names fields of study or exams ("Statistics or a related field",
    // "Tableau Certified Data Analyst"), not work: it barely counts
    const weight = SECTION_WEIGHT[s.section] * (s.credential ? CREDENTIAL_WEIGHT : 1) * (s.opening ? OPENING_WEIGHT : 1);
    out.push({ start: s.start, end: s.end, section: s.section, weight, hits });
  }
  return out;
}
