import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import type { Report } from '@/lib/types';

const RUNS = Number(process.env.FC_RUNS ?? 300);

const fragments = fc.constantFrom(
  'Build data pipelines with Airflow.',
  'Deploy ML models to production.',
  'Run A/B tests.',
  '<img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  'Responsibilities:',
  '\n- ',
  '\u202Eevil\u202C',
  '👩‍💻📊',
  'مهندس بيانات',
  '\u0000\uFFFF',
  'e.g.',
  '....',
  '   ',
);
const postingText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fragments, { maxLength: 40 }).map((a) => a.join(' ')),
);

/** Every broken invariant of a report, as text (one expect over the list: a 5 MB report has 90,000 spans). */
function problems(text: string, r: Report): string[] {
  const out: string[] = [];
  for (const [role, s] of Object.entries(r.scores)) if (!Number.isFinite(s) || s < 0 || s > 1) out.push(`score ${role} = ${s}`);
  if (Math.abs(r.scores.mle + r.scores.ds + r.scores.de - 1) > 1e-6) out.push(`scores sum to ${r.scores.mle + r.scores.ds + r.scores.de}`);
  if (!(r.confidence >= 0 && r.confidence <= 1)) out.push(`confidence ${r.confidence}`);
  for (const e of r.evidence) {
    if (e.start < 0 || e.end > text.length || text.slice(e.start, e.end) !== e.text) out.push(`evidence span ${e.start}-${e.end}`);
    for (const h of e.hits) if (text.slice(h.start, h.end) !== h.matched) out.push(`hit span ${h.start}-${h.end}`);
  }
  return out;
}

function checkReport(text: string, r: Report) {
  expect(problems(text, r)).toEqual([]);
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
