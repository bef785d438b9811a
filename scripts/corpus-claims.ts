/**
 * Re-measures every corpus claim in the lexicons and writes the figures back into
 * lib/lexicon/*.ts, so a provenance line never states a number the corpus no longer shows:
 *   "in N% of data-engineer postings, A–B% of the others (dev corpus, role names masked)"
 *   "in N% of analyst postings, A–B% of the MLE/DS/DE postings (dev2 corpus, role names masked)"
 * Part of `npm run generate`; the lexicon tests check the same figures (±3 points).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexicon } from '../lib/lexicon/compile';
import { CORPUS_DIR, entryShares, loadCorpus, otherFamily, type CorpusRow } from '../bench/corpus';

const lex = lexicon();
const LABEL: Record<string, string> = { 'ML-engineer': 'mle', 'data-scientist': 'ds', 'data-engineer': 'de', other: 'other' };

/** Each entry's share of each group's rows, rounded to whole percents as the claims state them. */
function shares(rows: CorpusRow[], group: (r: CorpusRow) => string | undefined): Map<string, Map<string, number>> {
  const exact = entryShares(lex, rows, group);
  return new Map([...exact].map(([id, m]) => [id, new Map([...m].map(([g, v]) => [g, Math.round(v)]))]));
}

const dev = shares(loadCorpus(join(CORPUS_DIR, 'dev.jsonl')), (r) => r.label);
const dev2 = shares(loadCorpus(join(CORPUS_DIR, 'dev2.jsonl')), (r) => (r.label === 'other' ? otherFamily(r.title) : 'data'));

let changed = 0;
for (const file of ['mle', 'ds', 'de', 'other']) {
  const path = join(import.meta.dirname, '..', 'lib', 'lexicon', `${file}.ts`);
  const src = readFileSync(path, 'utf8');
  // each entry's id comes before its source: rewrite the claim inside that entry
  const next = src.replace(
    /id: '([^']+)'((?:(?!id: ')[\s\S])*?)corpus\(`in \d+% of ([a-zA-Z-]+) postings, \d+(?:–\d+)?% of the (others|MLE\/DS\/DE postings) \((dev2?) corpus, role names masked\)`\)/g,
    (_all, id: string, between: string, group: string, rest: string, set: string) => {
      if (set === 'dev2') {
        const m = dev2.get(id)!;
        return `id: '${id}'${between}corpus(\`in ${m.get(group) ?? 0}% of ${group} postings, ${m.get('data') ?? 0}% of the ${rest} (${set} corpus, role names masked)\`)`;
      }
      const m = dev.get(id)!;
      const label = LABEL[group]!;
      const others = [...m].filter(([g]) => g !== label).map(([, v]) => v);
      return `id: '${id}'${between}corpus(\`in ${m.get(label) ?? 0}% of ${group} postings, ${Math.min(...others)}–${Math.max(...others)}% of the ${rest} (${set} corpus, role names masked)\`)`;
    },
  );
  if (next !== src) {
    writeFileSync(path, next);
    changed++;
  }
}
console.log(`corpus claims re-measured; ${changed} lexicon file(s) updated`);
