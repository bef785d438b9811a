/**
 * Agreement with a careful reading: the verdicts RoleLens gives, cross-validated on both development
 * sets (titles dropped, role names masked, the same 5 folds as the A/B reads of each matcher change),
 * against bench/reading/judged.tsv — postings read blind, each labelled by what its duties describe.
 * A verdict agrees when its role (a hybrid's top role) or "none" is the reading, and counts half when
 * it is the reading's second choice ("ds/mle"). The judged postings are mostly hard ones, chosen while
 * tuning: a development figure, not a held-out one; those marked "random" were picked at random and
 * are reported on their own as well. Lists the postings it disagrees with.
 * Run: npm run bench:reading
 */
import { analyze } from '../lib/analyze';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import { crossValidate, loadCorpora, loadReadings, randomReadings, readingScore } from './corpus';

const judged = loadReadings();
const random = randomReadings();

const lex = lexicon();
const rows = loadCorpora();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));
let agree = 0;
let strict = 0;
let n = 0;
/** The same counts over the postings picked at random, by development set (dev: 2018–19 bullets, dev2: 2023–25 full text). */
const randomPick: Record<string, { n: number; agree: number; strict: number }> = {};
const misses: string[] = [];
const seconds: string[] = [];
crossValidate(
  lex.entries,
  rows,
  (r) => feats.get(r.id)!,
  (test, weights) => {
    for (const r of test.filter((row) => judged.has(row.id))) {
      const report = analyze({ text: r.text, source: 'file' }, { weights });
      const said = report.verdict === 'none' ? 'none' : (report.hybridOf?.[0] ?? report.verdict);
      const score = readingScore(judged.get(r.id)!, said);
      n++;
      agree += score;
      strict += score === 1 ? 1 : 0;
      if (random.has(r.id)) {
        for (const key of ['all', r.set ?? '?']) {
          const c = (randomPick[key] ??= { n: 0, agree: 0, strict: 0 });
          c.n++;
          c.agree += score;
          c.strict += score === 1 ? 1 : 0;
        }
      }
      const line = `  ${r.id.padEnd(18)} read as ${judged.get(r.id)!.padEnd(9)} RoleLens: ${said}${random.has(r.id) ? ' (random pick)' : ''}`;
      if (!score) misses.push(line);
      else if (score < 1) seconds.push(line);
    }
  },
);
console.log(`Agreement with blind readings: ${n} postings (bench/reading/judged.tsv), 5-fold CV, titles dropped, role names masked\n`);
console.log(
  `agree ${agree} of ${n} (${((100 * agree) / n).toFixed(1)}%; a reading's second choice counts half) — exactly ${strict} (${((100 * strict) / n).toFixed(1)}%)`,
);
const share = (c: { n: number; agree: number; strict: number }) =>
  `${c.agree} of ${c.n} (${((100 * c.agree) / c.n).toFixed(1)}%) — exactly ${c.strict} (${((100 * c.strict) / c.n).toFixed(1)}%)`;
console.log(
  `postings picked at random (seeded; the rest were picked for being hard): ${share(randomPick.all!)}; ${Object.entries(randomPick)
    .filter(([k]) => k !== 'all')
    .map(([k, c]) => `${k} ${share(c)}`)
    .join(', ')}`,
);
console.log(`\ndisagreements (${misses.length}):\n${misses.join('\n')}`);
console.log(`\nthe reading's second choice (${seconds.length}):\n${seconds.join('\n')}`);
