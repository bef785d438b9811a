/**
 * Fits lib/lexicon/weights.json on the whole masked dev corpus. The accuracy
 * benchmark (bench/accuracy.ts) measures the same fitting by k-fold cross-validation,
 * never on the rows it fitted. Run: npx tsx scripts/fit-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitWeights } from '../lib/analyze/fit';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import { CORPUS_PATH, loadCorpus } from '../bench/corpus';

const lex = lexicon();
const rows = loadCorpus();
const examples = rows.map((r) => ({ x: features(lex, matchPosting(lex, r.text)), label: r.label }));
const weights = fitWeights(lex.entries, examples);
weights.fittedOn = `${rows.length} masked postings of ${CORPUS_PATH.split('/').slice(-2).join('/')}`;
const out = join(import.meta.dirname, '..', 'lib', 'lexicon', 'weights.json');
writeFileSync(out, JSON.stringify(weights, null, 1) + '\n');
console.log(`fitted ${Object.keys(weights.entries).length} entries on ${rows.length} postings → ${out}`);
