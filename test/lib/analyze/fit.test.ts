import { describe, expect, it } from 'vitest';
import { fitWeights } from '@/lib/analyze/fit';
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
  ...Array.from({ length: 30 }, () => ({ x: Float64Array.from([1, 0, 0]), label: 'ds' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 1, 0]), label: 'ds' as const })),
  ...Array.from({ length: 3 }, () => ({ x: Float64Array.from([1, 0, 0]), label: 'de' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 0, 1]), label: 'mle' as const })),
  ...Array.from({ length: 10 }, () => ({ x: Float64Array.from([0, 0, 0]), label: 'other' as const })),
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
