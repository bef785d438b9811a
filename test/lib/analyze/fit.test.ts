import { describe, expect, it } from 'vitest';
import { fitWeights } from '@/lib/analyze/fit';
import { classOf, priorWeights } from '@/lib/analyze/score';
import type { LexiconEntry } from '@/lib/lexicon/types';

const entry = (id: string, role: LexiconEntry['role']): LexiconEntry => ({
  id,
  role,
  kind: 'method',
  label: id,
  patterns: [id],
  weight: 1,
  source: { kind: 'corpus', evidence: 'test 1%' },
  note: 'test',
});
const ENTRIES = [entry('de.a', 'de'), entry('ds.b', 'ds'), entry('mle.c', 'mle')];
// "de.a" shows up in data-science postings far more than in data-engineering ones
const examples = [
  ...Array.from({ length: 60 }, () => ({ x: Float64Array.from([1, 0, 0]), label: 'ds' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 1, 0]), label: 'ds' as const })),
  ...Array.from({ length: 3 }, () => ({ x: Float64Array.from([1, 0, 0]), label: 'de' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 0, 1]), label: 'mle' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 0, 0]), label: 'devops' as const })),
];

describe('fitWeights', () => {
  it('is deterministic', () => {
    expect(fitWeights(ENTRIES, examples)).toEqual(fitWeights(ENTRIES, examples));
  });

  it('learns from the data but never lets an entry pull harder towards another role than its own', () => {
    const free = fitWeights(ENTRIES, examples, { ownRoleFirst: false });
    expect(free.entries['de.a']!.ds).toBeGreaterThan(free.entries['de.a']!.de); // what the data alone says
    const w = fitWeights(ENTRIES, examples);
    expect(w.entries['de.a']!.de).toBeGreaterThanOrEqual(w.entries['de.a']!.ds - 1e-3);
    expect(w.entries['ds.b']!.ds).toBeGreaterThan(w.entries['ds.b']!.de);
    expect(w.entries['mle.c']!.mle).toBeGreaterThan(Math.max(w.entries['mle.c']!.ds, w.entries['mle.c']!.de));
  });
});

describe('classes', () => {
  it('an entry of another kind of job speaks for that kind, not for one "other" class', () => {
    const ops: LexiconEntry = { ...entry('other.ops', 'other'), family: 'devops' };
    const bi: LexiconEntry = { ...entry('other.bi', 'other'), family: 'analyst' };
    expect(classOf(ops)).toBe('devops');
    expect(classOf(bi)).toBe('analyst');
    const prior = priorWeights([ops, bi]);
    expect(prior.entries['other.ops']).toMatchObject({ devops: 1, analyst: 0, mle: 0, ds: 0, de: 0 });
    // fitted on postings of each kind, each entry pulls towards its own kind
    const rows = [
      ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([1, 0]), label: 'devops' as const })),
      ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 1]), label: 'analyst' as const })),
    ];
    const w = fitWeights([ops, bi], rows);
    expect(w.entries['other.ops']!.devops).toBeGreaterThan(w.entries['other.ops']!.analyst);
    expect(w.entries['other.bi']!.analyst).toBeGreaterThan(w.entries['other.bi']!.devops);
  });
});
