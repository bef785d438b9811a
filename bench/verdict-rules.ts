/**
 * Does a different "none" rule help? Cross-validated verdict inputs (5 folds, seed 7, weights
 * fitted on the other folds) replayed through the current rule and through variants that let a
 * clear role reading (top share, own evidence, pOther) override "another kind of job". Prints,
 * for each, the "none" rate of data-role postings and of DevOps, software and analyst postings,
 * and the exact-verdict rate against titles. Shows whether thresholds, rather than evidence, are
 * the lever (so far they only trade one error for another).
 * Run: npx tsx bench/verdict-rules.ts
 */
import { analyze } from '../lib/analyze';
import { fitWeights } from '../lib/analyze/fit';
import { matchPosting } from '../lib/analyze/match';
import { features } from '../lib/analyze/score';
import { decide, type VerdictInput } from '../lib/analyze/verdict';
import { lexicon } from '../lib/lexicon/compile';
import { ROLES } from '../lib/types';
import { folds, loadCorpora, otherFamily } from './corpus';

const lex = lexicon();
const rows = loadCorpora();
const feats = new Map(rows.map((r) => [r.id, features(lex, matchPosting(lex, r.text))]));
const seen: { set: string; label: string; family?: string; input: VerdictInput }[] = [];
const split = folds(rows, 5, 7);
split.forEach((test, i) => {
  const train = split.filter((_, j) => j !== i).flat();
  const weights = fitWeights(
    lex.entries,
    train.map((r) => ({ x: feats.get(r.id)!, label: r.label })),
  );
  for (const r of test) {
    const family = r.label === 'other' ? otherFamily(r.title) : undefined;
    analyze({ text: r.text, source: 'file' }, { weights, onVerdictInput: (input) => seen.push({ set: r.set!, label: r.label, family, input }) });
  }
});

type Rule = (i: VerdictInput) => string;
const current: Rule = (i) => decide(i).verdict;
const override =
  (share: number, mass: number, pMax: number): Rule =>
  (i) => {
    const v = decide(i);
    if (v.verdict !== 'none' || v.noneReason !== 'not-data-role') return v.verdict;
    const top = ROLES.reduce((a, b) => (i.shares[a] >= i.shares[b] ? a : b));
    return i.shares[top] >= share && i.roleMass[top] >= mass && i.pOther <= pMax ? top : 'none';
  };

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
  `${'rule'.padEnd(22)}${'data'.padStart(5)}${'data2'.padStart(5)}${'dvops'.padStart(5)}${'sw'.padStart(5)}${'anl'.padStart(5)}${'anl2'.padStart(5)}${'ex'.padStart(5)}${'ex2'.padStart(5)}`,
);
line('current', current);
for (const share of [0.5, 0.55, 0.6])
  for (const mass of [3, 6]) for (const pMax of [0.7, 0.9]) line(`share≥${share} own≥${mass} p≤${pMax}`, override(share, mass, pMax));
