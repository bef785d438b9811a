/**
 * Does a different "none" rule help? Cross-validated verdict inputs (5 folds, seed 7, weights
 * fitted on the other folds) replayed through the current rule and through variants of how far
 * the likeliest other kind of job must lead the likeliest role (OTHER_LEAD). Prints,
 * for each, the "none" rate of data-role postings and of DevOps, software and analyst postings,
 * and the exact-verdict rate against titles. Shows whether thresholds, rather than evidence, are
 * the lever (so far they only trade one error for another).
 * Run: npx tsx bench/verdict-rules.ts
 */
import { analyze } from '../lib/analyze';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { decide, OTHER_LEAD, type VerdictInput } from '../lib/analyze/verdict';
import { lexicon } from '../lib/lexicon/compile';
import { crossValidate, loadCorpora, otherFamily } from './corpus';

const lex = lexicon();
const rows = loadCorpora();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));
const seen: { set: string; label: string; family?: string; input: VerdictInput }[] = [];
crossValidate(
  lex.entries,
  rows,
  (r) => feats.get(r.id)!,
  (test, weights) => {
    for (const r of test) {
      const family = r.label === 'other' ? otherFamily(r.title) : undefined;
      analyze({ text: r.text, source: 'file' }, { weights, onVerdictInput: (input) => seen.push({ set: r.set!, label: r.label, family, input }) });
    }
  },
);

type Rule = (i: VerdictInput) => string;
const current: Rule = (i) => decide(i).verdict;
/** The same rule with another lead for "another kind of job" (OTHER_LEAD). */
const lead =
  (factor: number): Rule =>
  (i) =>
    decide(i, factor).verdict;

const pct = (n: number, d: number) => `${Math.round((100 * n) / Math.max(1, d))}%`.padStart(7);
function line(name: string, rule: Rule) {
  const none = (f: (r: (typeof seen)[number]) => boolean) => {
    const s = seen.filter(f);
    return pct(s.filter((r) => rule(r.input) === 'none').length, s.length);
  };
  const exact = (set: string) => {
    const s = seen.filter((r) => r.set === set && r.label !== 'other');
    return pct(s.filter((r) => rule(r.input) === r.label).length, s.length);
  };
  console.log(
    `${name.padEnd(22)}${none((r) => r.set === 'dev' && r.label !== 'other')}${none((r) => r.set === 'dev2' && r.label !== 'other')}${none((r) => r.family === 'devops')}${none((r) => r.family === 'software')}${none((r) => r.family === 'analyst' && r.set === 'dev')}${none((r) => r.family === 'analyst' && r.set === 'dev2')}${exact('dev')}${exact('dev2')}`,
  );
}
console.log('"none" rate by title family, and exact verdicts of data-role postings (CV, one repeat)\n');
console.log(
  `${'rule'.padEnd(22)}${'data'.padStart(7)}${'data2'.padStart(7)}${'dvops'.padStart(7)}${'sw'.padStart(7)}${'anl'.padStart(7)}${'anl2'.padStart(7)}${'ex'.padStart(7)}${'ex2'.padStart(7)}`,
);
line(`current (lead ${OTHER_LEAD})`, current);
for (const factor of [0.8, 1, 1.2, 1.4, 1.6, 1.8, 1.9, 2, 2.5]) line(`lead ${factor}`, lead(factor));
