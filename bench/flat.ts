/**
 * The same posting in the shape a scrape leaves it: every development posting read as written and read flat (its line
 * breaks removed, as some scrapes and boards hand text over), cross-validated (titles dropped, role names masked, the
 * same 5 folds as bench:reading). Prints how many verdicts differ between the two readings, by set, and — on the postings
 * read blind (bench/reading/judged.tsv) whose verdict differs — how often each reading agrees with the blind one.
 * A robustness figure: the lower the first, the less a verdict depends on where the text came from.
 * Run: npm run bench:flat
 */
import { analyze } from '../lib/analyze';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { lexicon } from '../lib/lexicon/compile';
import { crossValidate, loadCorpora, loadReadings, readingScore } from './corpus';

const judged = loadReadings();
const lex = lexicon();
const rows = loadCorpora();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));
const flatten = (text: string) => text.replace(/\s*\n+\s*/g, ' ');
const bySet: Record<string, { n: number; differ: number }> = {};
let judgedDiffer = 0;
let lined = 0;
let flat = 0;
crossValidate(
  lex.entries,
  rows,
  (r) => feats.get(r.id)!,
  (test, weights) => {
    for (const r of test) {
      const said = (text: string) => {
        const report = analyze({ text, source: 'file' }, { weights });
        return report.verdict === 'none' ? 'none' : (report.hybridOf?.[0] ?? report.verdict);
      };
      const [a, b] = [said(r.text), said(flatten(r.text))];
      const s = (bySet[r.set ?? 'dev'] ??= { n: 0, differ: 0 });
      s.n++;
      if (a === b) continue;
      s.differ++;
      const reading = judged.get(r.id);
      if (!reading) continue;
      judgedDiffer++;
      lined += readingScore(reading, a);
      flat += readingScore(reading, b);
    }
  },
);
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
const all = Object.values(bySet).reduce((t, s) => ({ n: t.n + s.n, differ: t.differ + s.differ }), { n: 0, differ: 0 });
console.log('Read as written and read flat (line breaks removed): 5-fold CV, titles dropped, role names masked\n');
for (const [set, s] of Object.entries(bySet)) console.log(`${set.padEnd(5)} ${s.differ} of ${s.n} verdicts differ (${pct(s.differ, s.n)})`);
console.log(`both  ${all.differ} of ${all.n} (${pct(all.differ, all.n)})`);
console.log(
  `\nof these, read blind: ${judgedDiffer}; the verdict read as written agrees on ${lined} (${pct(lined, judgedDiffer)}), read flat on ${flat} (${pct(flat, judgedDiffer)}); a reading's second choice counts half`,
);
