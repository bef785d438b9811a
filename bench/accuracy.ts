/**
 * Accuracy on the labelled dev corpus, titles dropped and role names masked.
 * Prints, side by side in one run and on the same stratified folds:
 *   - the lexicon matcher with its hand weights (nothing fitted),
 *   - the lexicon matcher with weights fitted by k-fold cross-validation,
 *   - natural's BayesClassifier on bag-of-words (the black-box baseline),
 *   - a three-regex keyword count.
 * Repeated stratified k-fold CV (3 repeats with different shuffles): predictions of all
 * repeats are pooled, so each posting is judged once a repeat, never by weights fitted on it.
 * Run: npm run bench:accuracy [-- --folds 5 --repeats 3]
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { analyze } from '../lib/analyze';
import { fitWeights } from '../lib/analyze/fit';
import { matchPosting } from '../lib/analyze/match';
import { features, priorWeights, type Weights } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import type { LexiconRole } from '../lib/lexicon/types';
import type { Role, Verdict } from '../lib/types';
import { folds, loadCorpus, type CorpusRow } from './corpus';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) || dflt : dflt);
const K = arg('--folds', 5);
const REPEATS = arg('--repeats', 3);
const SEEDS = [7, 11, 13, 17, 19].slice(0, REPEATS);
const ROLES: Role[] = ['mle', 'ds', 'de'];
const lex = lexicon();
const rows = loadCorpus();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));

interface Prediction {
  id: string;
  label: LexiconRole;
  top: Role;
  verdict: Verdict;
}

function lexiconPredict(row: CorpusRow, weights: Weights): Prediction {
  const r = analyze({ text: row.text, source: 'file' }, { weights });
  return { id: row.id, label: row.label, top: r.topRole, verdict: r.verdict };
}

const KEYWORDS: Record<Role, RegExp> = {
  mle: /\b(deploy|production|tensorflow|pytorch|deep learning|mlops)\b/gi,
  ds: /\b(statistic\w*|experiment\w*|analy\w+|insights?)\b/gi,
  de: /\b(pipelines?|etl|warehous\w*|spark|kafka|airflow)\b/gi,
};
function keywordPredict(row: CorpusRow): Role {
  const counts = ROLES.map((r) => row.text.match(KEYWORDS[r])?.length ?? 0);
  return ROLES[counts.indexOf(Math.max(...counts))]!;
}

const hand = priorWeights(lex.entries);
const handPreds: Prediction[] = [];
const fitPreds: Prediction[] = [];
const bayesPreds: { label: LexiconRole; top: Role }[] = [];
const keywordPreds: { label: LexiconRole; top: Role }[] = [];

/** Where each repeat's predictions start in the pooled arrays. */
const starts: number[] = [];
for (const seed of SEEDS) {
  starts.push(fitPreds.length);
  const split = folds(rows, K, seed);
  split.forEach((test, i) => {
  const train = split.filter((_, j) => j !== i).flat();
  const weights = fitWeights(lex.entries, train.map((r) => ({ x: feats.get(r.id)!, label: r.label })));
  const bayes = new BayesClassifier();
  for (const r of train) if (r.label !== 'other') bayes.addDocument(r.text, r.label);
  bayes.train();
  for (const r of test) {
    handPreds.push(lexiconPredict(r, hand));
    fitPreds.push(lexiconPredict(r, weights));
    bayesPreds.push({ label: r.label, top: bayes.classify(r.text) as Role });
    keywordPreds.push({ label: r.label, top: keywordPredict(r) });
  }
});
}
starts.push(fitPreds.length);
const repeat = <T,>(preds: T[], i: number): T[] => preds.slice(starts[i], starts[i + 1]);

interface Scores {
  macroF1: number;
  perRole: Record<Role, { p: number; r: number; f1: number }>;
  confusion: Record<Role, Record<Role, number>>;
}

function score(preds: { label: LexiconRole; top: Role }[]): Scores {
  const data = preds.filter((p) => p.label !== 'other');
  const confusion = Object.fromEntries(ROLES.map((a) => [a, Object.fromEntries(ROLES.map((b) => [b, 0]))])) as Scores['confusion'];
  for (const p of data) confusion[p.label as Role][p.top]++;
  const perRole = {} as Scores['perRole'];
  for (const r of ROLES) {
    const tp = confusion[r][r];
    const predicted = ROLES.reduce((s, a) => s + confusion[a][r], 0);
    const actual = ROLES.reduce((s, b) => s + confusion[r][b], 0);
    const p = predicted ? tp / predicted : 0;
    const rec = actual ? tp / actual : 0;
    perRole[r] = { p, r: rec, f1: p + rec ? (2 * p * rec) / (p + rec) : 0 };
  }
  return { macroF1: ROLES.reduce((s, r) => s + perRole[r].f1, 0) / ROLES.length, perRole, confusion };
}

const f = (v: number) => v.toFixed(3);
const data = rows.filter((r) => r.label !== 'other').length;
console.log(`RoleLens accuracy — ${rows.length} postings (${data} MLE/DS/DE, ${rows.length - data} other), titles dropped, role names masked, ${K}-fold stratified CV repeated ${SEEDS.length}× (pooled)`);
console.log('Prediction = the top role among MLE/DS/DE; macro-F1 over the postings labelled MLE, DS or DE.\n');
const table: [string, Scores][] = [
  ['lexicon, fitted weights (CV)', score(fitPreds)],
  ['lexicon, hand weights', score(handPreds)],
  ['baseline: natural BayesClassifier', score(bayesPreds)],
  ['baseline: three-regex keyword count', score(keywordPreds)],
];
console.log(`${'method'.padEnd(38)} macro-F1   ${ROLES.map((r) => `${r.toUpperCase()} P/R`.padEnd(14)).join('')}`);
for (const [name, s] of table) {
  console.log(`${name.padEnd(38)} ${f(s.macroF1)}      ${ROLES.map((r) => `${f(s.perRole[r].p)}/${f(s.perRole[r].r)}`.padEnd(14)).join('')}`);
}
const fitted = table[0]![1];
const bayes = table[2]![1];
console.log(`\nfitted lexicon − Bayes baseline: ${(fitted.macroF1 - bayes.macroF1 >= 0 ? '+' : '')}${f(fitted.macroF1 - bayes.macroF1)} macro-F1`);
console.log(`per repeat (fitted / Bayes): ${SEEDS.map((_, i) => `${f(score(repeat(fitPreds, i)).macroF1)} / ${f(score(repeat(bayesPreds, i)).macroF1)}`).join(', ')}`);
const first = score(repeat(fitPreds, 0));
console.log('\nconfusion, fitted lexicon, first repeat (rows: title label, columns: predicted)');
console.log(`        ${ROLES.map((r) => r.toUpperCase().padStart(6)).join('')}`);
for (const a of ROLES) console.log(`  ${a.toUpperCase().padEnd(6)}${ROLES.map((b) => String(first.confusion[a][b]).padStart(6)).join('')}`);

const verdictCounts = (label: LexiconRole) => {
  const c: Record<string, number> = { mle: 0, ds: 0, de: 0, hybrid: 0, none: 0 };
  for (const p of repeat(fitPreds, 0).filter((p) => p.label === label)) c[p.verdict]!++;
  return c;
};
console.log('\nverdicts (fitted, CV, first repeat) by title label — hybrid and none included:');
for (const label of ['mle', 'ds', 'de', 'other'] as LexiconRole[]) {
  const c = verdictCounts(label);
  const n = Object.values(c).reduce((a, b) => a + b, 0);
  console.log(`  ${label.padEnd(6)} n=${String(n).padEnd(4)} ${Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ')}`);
}
const strict = repeat(fitPreds, 0).filter((p) => p.label !== 'other');
console.log(`\nstrict verdict accuracy on MLE/DS/DE postings (hybrid or none count as wrong): ${f(strict.filter((p) => p.verdict === p.label).length / strict.length)}`);
const others = repeat(fitPreds, 0).filter((p) => p.label === 'other');
console.log(`"other" postings (analysts, DevOps) judged none: ${f(others.filter((p) => p.verdict === 'none').length / others.length)}`);
