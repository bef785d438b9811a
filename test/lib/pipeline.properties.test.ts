/**
 * Properties of the whole pipeline, page → Posting → Report, over generated hostile
 * HTML: never throws, never runs or returns markup, scores finite and summing to 1,
 * every span inside the text, same page → same report.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { extractPosting } from '@/lib/extract';
import type { ExtractFailure, Posting, Report } from '@/lib/types';

// 600 generated pages by default; FC_RUNS=10000 npm test for the long run
const RUNS = Number(process.env.FC_RUNS ?? 600);

const words = fc.constantFrom(
  'Build',
  'data pipelines',
  'with Airflow',
  'Deploy',
  'ML models',
  'to production',
  'Run A/B tests',
  'statistics',
  'Responsibilities:',
  'Requirements',
  '<script>globalThis.__ran=1</script>',
  '<img src=x onerror="globalThis.__ran=1">',
  '</textarea>',
  'javascript:alert(1)',
  '&lt;b&gt;',
  '&amp;',
  '\u202E',
  '👩‍💻',
  'مهندس',
  'データ',
  '\u0000',
  '\t',
  '\n',
  '   ',
);
const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
const tag = fc.constantFrom(
  'p',
  'li',
  'div',
  'span',
  'h1',
  'h2',
  'section',
  'article',
  'nav',
  'footer',
  'aside',
  'ul',
  'table',
  'td',
  'button',
  'template',
  'noscript',
  'style',
  'script',
  'iframe',
);
const attrs = fc.constantFrom(
  '',
  ' class="job__description"',
  ' id="job-details"',
  ' hidden',
  ' style="display:none"',
  ' aria-hidden="true"',
  ' class="similar-jobs"',
  ' data-automation-id="jobPostingDescription"',
  ' onclick="globalThis.__ran=1"',
);
const node: fc.Memo<string> = fc.memo((n) =>
  n <= 1
    ? text
    : fc.oneof(
        text,
        fc.tuple(tag, attrs, fc.array(node(n - 1), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
      ),
);
const jsonLd = fc.oneof(
  fc.constant(''),
  text.map(
    (t) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: t.slice(0, 40), description: `<p>${t}</p>` })}</script>`,
  ),
  fc.constant('<script type="application/ld+json">{ broken json</script>'),
  fc.constant('<script type="application/ld+json">{"@graph":[{"@type":"JobPosting","description":null}]}</script>'),
);
const page = fc
  .tuple(jsonLd, fc.array(node(4), { maxLength: 6 }))
  .map(([ld, body]) => `<!doctype html><html><head><title>t</title>${ld}</head><body>${body.join('')}</body></html>`);
const url = fc.constantFrom(
  'https://www.linkedin.com/jobs/view/1',
  'https://boards.greenhouse.io/x/jobs/2',
  'https://jobs.lever.co/x/3',
  'https://example.com/careers/4',
  undefined,
);

type Outcome = { ok: true; posting: Posting; report: Report } | { ok: false; failure: ExtractFailure };

function pipeline(html: string, u: string | undefined): Outcome {
  const { document } = parseHTML(html);
  const x = extractPosting(document as unknown as Document, u);
  return x.result.ok ? { ok: true, posting: x.result.posting, report: analyze(x.result.posting) } : { ok: false, failure: x.result.failure };
}

describe(`pipeline properties (${RUNS} generated pages)`, () => {
  it('never throws; postings are plain text; reports are well-formed; the same page gives the same result', () => {
    fc.assert(
      fc.property(page, url, (html, u) => {
        const out = pipeline(html, u);
        expect((globalThis as Record<string, unknown>)['__ran']).toBeUndefined();
        if (!out.ok) {
          expect(out.failure.kind).toBe('no-posting');
          return;
        }
        const { posting, report } = out;
        expect(typeof posting.text).toBe('string');
        expect(posting.text).not.toMatch(/<script|<img|onerror=/i);
        const sum = report.scores.mle + report.scores.ds + report.scores.de;
        expect(sum).toBeCloseTo(1, 6);
        for (const s of Object.values(report.scores)) expect(Number.isFinite(s) && s >= 0 && s <= 1).toBe(true);
        for (const e of report.evidence) {
          expect(e.start >= 0 && e.end <= posting.text.length && e.start < e.end).toBe(true);
          expect(posting.text.slice(e.start, e.end)).toBe(e.text);
        }
        expect(pipeline(html, u)).toEqual(out);
      }),
      { numRuns: RUNS },
    );
  });
});
