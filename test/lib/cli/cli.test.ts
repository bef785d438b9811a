import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => stdin });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'rolelens-cli-'));
const DE = 'Responsibilities:\n- Build and maintain data pipelines with Airflow and Kafka.\n- Own ETL into the Snowflake data warehouse and keep data quality high.\n- Troubleshoot failed loads for downstream consumers.';

describe('rolelens analyze', () => {
  it('analyses the bundled sample with no argument', async () => {
    const r = await run(['analyze']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Reads as a Data Engineer role — titled Data Scientist/);
    expect(r.out).toMatch(/Top evidence/);
  });

  it('--expect exits 1 when the verdict differs and 0 when it holds', async () => {
    expect((await run(['analyze', '--expect', 'ds'])).code).toBe(1);
    expect((await run(['analyze', '--expect', 'de'])).code).toBe(0);
    expect((await run(['analyze', '--expect', 'cto'])).code).toBe(2);
  });

  it('--json prints the whole report', async () => {
    const r = await run(['analyze', '-', '--json'], DE);
    const parsed = JSON.parse(r.out) as { report: { verdict: string; scores: Record<string, number> } };
    expect(parsed.report.verdict).toBe('de');
    expect(Object.values(parsed.report.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it('reads HTML pages and JSON-LD JobPostings', async () => {
    const html = join(dir, 'p.html');
    writeFileSync(html, `<html><body><nav>Home</nav><main><h1>Data Engineer</h1><ul>${DE.split('\n').slice(1).map((l) => `<li>${l.slice(2)}</li>`).join('')}</ul><p>Requirements: 3+ years of experience with Python and SQL. Apply now to join the team.</p><p>Qualifications: a degree in computer science.</p></main></body></html>`);
    expect((await run(['analyze', html, '--expect', 'de'])).code).toBe(0);
    const ld = join(dir, 'p.json');
    writeFileSync(ld, JSON.stringify({ '@type': 'JobPosting', title: 'Data Scientist', description: `<p>${DE.replace(/\n/g, '<br>')}</p>` }));
    const r = await run(['analyze', ld]);
    expect(r.out).toMatch(/titled Data Scientist/);
  });

  it('explains unreadable input', async () => {
    expect((await run(['analyze', join(dir, 'missing.txt')])).err).toMatch(/cannot read/);
    expect((await run(['analyze', '-'], '   ')).err).toMatch(/empty/);
  });
});

describe('rolelens batch', () => {
  it('prints one result a line and an error line for a bad line, and goes on', async () => {
    const file = join(dir, 'b.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'a', text: DE }), '{not json', JSON.stringify({ id: 'c', text: 42 }), JSON.stringify({ id: 'd', text: DE, title: 'Data Scientist' })].join('\n'));
    const r = await run(['batch', file]);
    const lines = r.out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', verdict: 'de' });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ id: 'c' });
    expect(lines[2]).toHaveProperty('error');
    expect(lines[3]).toMatchObject({ id: 'd', verdict: 'de' });
    expect(Object.keys(lines[0]!['scores'] as object)).toEqual(['mle', 'ds', 'de']);
    expect(r.err).toMatch(/2 line/);
  });
});
