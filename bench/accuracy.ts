/**
 * Accuracy on both labelled development sets (dev: 2018–19 bullet text; dev2: 2023–25
 * full postings), titles dropped and role names masked. Weights are fitted by k-fold
 * cross-validation on the two sets together (folds stratified by set and label) and every
 * posting is judged by weights that never saw it. Printed, side by side, on the same folds:
 *   - the lexicon matcher with fitted weights, and with its hand weights (nothing fitted),
 *   - natural's BayesClassifier on bag-of-words (the black-box baseline),
 *   - a three-regex keyword count,
 * per set; then the verdicts: "none" rates for the non-data postings by the kind of job their
 * title names (and whether RoleLens names it), "none" on data-role postings, hybrids, and a
 * calibration table (how often the top role is the title's role, by top share).
 * Run: npm run bench:accuracy [-- --folds 5 --repeats 3 --no-bayes]
 */
import BayesClassifier from 'natural/lib/natural/classifiers/bayes_classifier';
import { analyze } from '../lib/analyze';
import { matchPosting } from '../lib/analyze/match';
import { features, priorWeights } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import type { LexiconRole } from '../lib/lexicon/types';
import type { Report, Role } from '../lib/types';
import { CORPUS_SETS, crossValidate, loadCorpora, loadReadings, otherFamily, type CorpusRow } from './corpus';

const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) || dflt : dflt);
const K = arg('--folds', 5);
const REPEATS = arg('--repeats', 3);
const BAYES = !process.argv.includes('--no-bayes');
const SEEDS = [7, 11, 13, 17, 19].slice(0, REPEATS);
const ROLES: Role[] = ['mle', 'ds', 'de'];
const lex = lexicon();
const rows = loadCorpora();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));

interface Prediction {
  row: CorpusRow;
  top: Role;
  report?: Report;
}

const KEYWORDS: Record<Role, RegExp> = {
  mle: /\b(deploy|production|tensorflow|pytorch|deep learning|mlops)\b/gi,
  ds: /\b(statistic\w*|experiment\w*|analy\w+|insights?)\b/gi,
  de: /\b(pipelines?|etl|warehous\w*|spark|kafka|airflow)\b/gi,
};
function keywordTop(row: CorpusRow): Role {
  const counts = ROLES.map((r) => row.text.match(KEYWORDS[r])?.length ?? 0);
  return ROLES[counts.indexOf(Math.max(...counts))]!;
}

const hand = priorWeights(lex.entries);
const preds = { fit: [] as Prediction[], hand: [] as Prediction[], bayes: [] as Prediction[], keyword: [] as Prediction[], flat: [] as Prediction[] };
const starts: number[] = [];
for (const seed of SEEDS) {
  starts.push(preds.fit.length);
  crossValidate(
    lex.entries,
    rows,
    (r) => feats.get(r.id)!,
    (test, weights, train) => {
      let bayes: BayesClassifier | undefined;
      if (BAYES) {
        bayes = new BayesClassifier();
        for (const r of train) if (r.label !== 'other') bayes.addDocument(r.text, r.label);
        bayes.train();
      }
      for (const r of test) {
        const report = analyze({ text: r.text, source: 'file' }, { weights });
        preds.fit.push({ row: r, top: report.topRole, report });
        preds.hand.push({ row: r, top: analyze({ text: r.text, source: 'file' }, { weights: hand }).topRole });
        if (bayes) preds.bayes.push({ row: r, top: bayes.classify(r.text) as Role });
        preds.keyword.push({ row: r, top: keywordTop(r) });
        // the same posting as a scrape that removed every line break gives it (first repeat)
        if (seed === SEEDS[0]) {
          const flat = analyze({ text: r.text.replace(/\s*\n\s*/g, ' '), source: 'file' }, { weights });
          preds.flat.push({ row: r, top: flat.topRole, report: flat });
        }
      }
    },
    K,
    seed,
  );
}
starts.push(preds.fit.length);

function macroF1(list: Prediction[]): { f1: number; perRole: Record<Role, { p: number; r: number }> } {
  const data = list.filter((p) => p.row.label !== 'other');
  const perRole = {} as Record<Role, { p: number; r: number }>;
  let sum = 0;
  for (const r of ROLES) {
    const tp = data.filter((p) => p.row.label === r && p.top === r).length;
    const predicted = data.filter((p) => p.top === r).length;
    const actual = data.filter((p) => p.row.label === r).length;
    const prec = predicted ? tp / predicted : 0;
    const rec = actual ? tp / actual : 0;
    perRole[r] = { p: prec, r: rec };
    sum += prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
  }
  return { f1: sum / ROLES.length, perRole };
}

const f = (v: number) => v.toFixed(3);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
const inSet = (set: string) => (p: Prediction) => p.row.set === set;
const data = rows.filter((r) => r.label !== 'other').length;
console.log(
  `RoleLens accuracy — ${rows.length} postings (${CORPUS_SETS.map((s) => `${s} ${rows.filter((r) => r.set === s).length}`).join(', ')}; ${data} MLE/DS/DE, ${rows.length - data} other)`,
);
console.log(`titles dropped, role names masked; ${K}-fold CV over both sets, stratified by set and label, repeated ${SEEDS.length}× (pooled)`);
console.log('Macro-F1 of the top role among MLE/DS/DE against the title label, over postings labelled MLE, DS or DE.\n');

const methods: [string, Prediction[]][] = [
  ['lexicon, fitted weights (CV)', preds.fit],
  ['lexicon, hand weights', preds.hand],
  ...(BAYES ? ([['baseline: natural BayesClassifier', preds.bayes]] as [string, Prediction[]][]) : []),
  ['baseline: three-regex keyword count', preds.keyword],
];
console.log(`${'method'.padEnd(38)}${CORPUS_SETS.map((s) => s.padStart(9)).join('')}${'both'.padStart(9)}`);
for (const [name, list] of methods) {
  console.log(`${name.padEnd(38)}${CORPUS_SETS.map((s) => f(macroF1(list.filter(inSet(s))).f1).padStart(9)).join('')}${f(macroF1(list).f1).padStart(9)}`);
}
const repeatF1 = (set: string) => SEEDS.map((_, i) => f(macroF1(preds.fit.slice(starts[i], starts[i + 1]).filter(inSet(set))).f1)).join(', ');
console.log(`per repeat, fitted: ${CORPUS_SETS.map((s) => `${s} ${repeatF1(s)}`).join('; ')}`);
const dataNone = (list: Prediction[]) =>
  pct(list.filter((p) => p.row.label !== 'other' && p.report!.verdict === 'none').length, list.filter((p) => p.row.label !== 'other').length);
console.log(
  `read flat (every line break removed, first repeat): ${CORPUS_SETS.map((s) => {
    const [flat, lined] = [preds.flat.filter(inSet(s)), preds.fit.slice(starts[0], starts[1]).filter(inSet(s))];
    return `${s} ${f(macroF1(flat).f1)} (as written ${f(macroF1(lined).f1)}), data-role "none" ${dataNone(flat)} (${dataNone(lined)})`;
  }).join('; ')}`,
);

const first = preds.fit.slice(starts[0], starts[1]);
for (const set of CORPUS_SETS) {
  const list = first.filter(inSet(set));
  const m = macroF1(list);
  console.log(`\n${set}: precision/recall ${ROLES.map((r) => `${r.toUpperCase()} ${f(m.perRole[r].p)}/${f(m.perRole[r].r)}`).join('  ')}`);
  console.log(`  confusion (rows: title label, columns: top role)   ${ROLES.map((r) => r.toUpperCase().padStart(5)).join('')}`);
  for (const a of ROLES)
    console.log(`  ${a.toUpperCase().padEnd(49)}${ROLES.map((b) => String(list.filter((p) => p.row.label === a && p.top === b).length).padStart(5)).join('')}`);
  console.log(`  verdicts by title label (hybrid and none included):`);
  for (const label of ['mle', 'ds', 'de', 'other'] as LexiconRole[]) {
    const c: Record<string, number> = { mle: 0, ds: 0, de: 0, hybrid: 0, none: 0 };
    for (const p of list.filter((p) => p.row.label === label)) c[p.report!.verdict]!++;
    const n = Object.values(c).reduce((a, b) => a + b, 0);
    console.log(
      `    ${label.padEnd(6)} n=${String(n).padEnd(5)}${Object.entries(c)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
}

console.log('\n"none" for postings that are not a data role, by the job their title names (first repeat):');
console.log(`  ${'title names'.padEnd(18)}${'n'.padStart(5)}${'none'.padStart(8)}${'named right'.padStart(13)}   reads as (when none)`);
for (const [set, fam] of CORPUS_SETS.flatMap((set) => (['devops', 'software', 'research', 'analyst'] as const).map((fam) => [set, fam] as const))) {
  const list = first.filter((p) => p.row.set === set && p.row.label === 'other' && otherFamily(p.row.title) === fam);
  if (!list.length) continue;
  const none = list.filter((p) => p.report!.verdict === 'none');
  const named = none.filter((p) => p.report!.readsAs === fam);
  const as: Record<string, number> = {};
  for (const p of none) as[p.report!.readsAs ?? '(unnamed)'] = (as[p.report!.readsAs ?? '(unnamed)'] ?? 0) + 1;
  console.log(
    `  ${`${set} ${fam}`.padEnd(18)}${String(list.length).padStart(5)}${pct(none.length, list.length).padStart(8)}${pct(named.length, list.length).padStart(13)}   ${Object.entries(
      as,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
// research titles cover ML research too: the done-means counts research outside ML, told apart by a blind reading
const readings = loadReadings();
const researchRead = first.filter((p) => p.row.label === 'other' && otherFamily(p.row.title) === 'research' && readings.has(p.row.id));
const readOutsideMl = researchRead.filter((p) => readings.get(p.row.id)!.startsWith('none'));
const readAsData = researchRead.length - readOutsideMl.length;
console.log(
  `  research titles read blind as research outside ML (bench/reading/judged.tsv; ${readAsData} others read as a data role): n=${readOutsideMl.length}, none ${pct(readOutsideMl.filter((p) => p.report!.verdict === 'none').length, readOutsideMl.length)}`,
);
const dataRows = first.filter((p) => p.row.label !== 'other');
for (const set of CORPUS_SETS) {
  const d = dataRows.filter(inSet(set));
  console.log(
    `data-role postings (${set}) answered none: ${pct(d.filter((p) => p.report!.verdict === 'none').length, d.length)}; hybrid: ${pct(d.filter((p) => p.report!.verdict === 'hybrid').length, d.length)}`,
  );
}

console.log('\ncalibration: postings labelled MLE/DS/DE with a role verdict, by top share (first repeat, both sets)');
console.log(`  ${'top share'.padEnd(12)}${'n'.padStart(6)}${'top = title'.padStart(13)}`);
const bins: [string, number, number][] = [
  ['< 50%', 0, 0.5],
  ['50–70%', 0.5, 0.7],
  ['70–90%', 0.7, 0.9],
  ['≥ 90%', 0.9, 1.01],
];
for (const [name, lo, hi] of bins) {
  const list = dataRows.filter((p) => p.report!.verdict !== 'none' && p.report!.scores[p.top] >= lo && p.report!.scores[p.top] < hi);
  console.log(`  ${name.padEnd(12)}${String(list.length).padStart(6)}${pct(list.filter((p) => p.top === p.row.label).length, list.length).padStart(13)}`);
}
