import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { Report } from '@/lib/types';

const RUNS = Number(process.env.FC_RUNS ?? 300);

const fragments = fc.constantFrom(
  'Build data pipelines with Airflow.', 'Deploy ML models to production.', 'Run A/B tests.', '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>', 'Responsibilities:', '\n- ', '\u202Eevil\u202C', '👩‍💻📊', 'مهندس بيانات', '\u0000\uFFFF', 'e.g.', '....', '   ',
);
const postingText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fragments, { maxLength: 40 }).map((a) => a.join(' ')),
);

function checkReport(text: string, r: Report) {
  for (const s of Object.values(r.scores)) {
    expect(Number.isFinite(s)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(1);
  }
  expect(r.scores.mle + r.scores.ds + r.scores.de).toBeCloseTo(1, 6);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  for (const e of r.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.text);
    for (const h of e.hits) expect(text.slice(h.start, h.end)).toBe(h.matched);
  }
}

describe('analyze properties', () => {
  it('never throws, keeps scores finite and summing to 1, and keeps spans inside the text', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        checkReport(text, analyze({ text, source: 'paste' }));
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input gives the same report', () => {
    fc.assert(
      fc.property(postingText, (text) => {
        expect(analyze({ text, source: 'paste' })).toEqual(analyze({ text, source: 'paste' }));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('copes with a 5 MB posting', () => {
    const text = 'Build and maintain data pipelines with Airflow and Kafka. '.repeat(90_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    const r = analyze({ text, source: 'paste' });
    checkReport(text, r);
    expect(r.verdict).toBe('de');
  });

  it('copes with non-string text from a broken caller', () => {
    const r = analyze({ text: undefined as unknown as string, source: 'paste' });
    expect(r.verdict).toBe('none');
  });
});
