/**
 * Fits lib/lexicon/weights.json on both masked development sets (dev, dev2). The accuracy
 * benchmark (bench/accuracy.ts) measures the same fitting by k-fold cross-validation,
 * never on the rows it fitted. Run: npm run fit
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitWeights } from '../lib/analyze/fit';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import { CORPUS_SETS, loadCorpora, trainingExamples } from '../bench/corpus';

const lex = lexicon();
const rows = loadCorpora();
// other postings teach the kind of job their title names (analyst, software, DevOps, research)
const examples = trainingExamples(rows, (r) => features(lex, matchPosting(lex, r.text)));
const weights = fitWeights(lex.entries, examples);
weights.fittedOn = `${rows.length} masked postings of ${CORPUS_SETS.map((s) => `corpus/${s}.jsonl`).join(' and ')}`;
const out = join(import.meta.dirname, '..', 'lib', 'lexicon', 'weights.json');
writeFileSync(out, JSON.stringify(weights, null, 1) + '\n');
console.log(`fitted ${Object.keys(weights.entries).length} entries on ${rows.length} postings → ${out}`);
