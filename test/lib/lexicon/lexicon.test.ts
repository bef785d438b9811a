import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchTokens } from '@/lib/analyze/match';
import { CLASSES, type Weights } from '@/lib/analyze/score';
import { compileLexicon, expandGroups, lexicon } from '@/lib/lexicon/compile';
import { ALL_ENTRIES, ENTRY_BY_ID } from '@/lib/lexicon/entries';
import WEIGHTS from '@/lib/lexicon/weights.json';
import { tokenize } from '@/lib/nlp/tokens';

const SEED_DIR = join(import.meta.dirname, '../../../../shared/seed');
const seedText = existsSync(SEED_DIR)
  ? readdirSync(SEED_DIR)
      .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'))
      .join('\n')
  : undefined;

const hits = (text: string) => {
  const lex = lexicon();
  return matchTokens(lex, tokenize(text)).map((h) => lex.entries[h.entry]!.id);
};

describe('lexicon data', () => {
  it('has unique ids, a role prefix that matches the role, and a note and source on every entry', () => {
    expect(ENTRY_BY_ID.size).toBe(ALL_ENTRIES.length);
    for (const e of ALL_ENTRIES) {
      expect(e.id.startsWith(`${e.role}.`), e.id).toBe(true);
      expect(e.note.length, e.id).toBeGreaterThan(5);
      expect(e.patterns.length, e.id).toBeGreaterThan(0);
      if (e.source.kind === 'seed') expect(e.source.quote.length).toBeGreaterThan(10);
      if (e.source.kind === 'corpus') expect(e.source.evidence, e.id).toMatch(/\d+%/);
    }
  });

  it.runIf(seedText)('quotes the seed article word for word', () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const seed = norm(seedText!);
    for (const e of ALL_ENTRIES) if (e.source.kind === 'seed') expect(seed, e.id).toContain(norm(e.source.quote));
  });

  it('makes every responsibility the seed names a core entry quoting the seed', () => {
    const core = ALL_ENTRIES.filter((e) => e.core);
    const required: Record<string, string[]> = {
      mle: [
        'deploy-to-production',
        'ml-pipeline',
        'mlops',
        'monitor-models',
        'retrain-models',
        'robustness-tests',
        'validation-strategy',
        'ml-documentation',
        'recommend-ml-improvements',
        'scale-models',
        'custom-code',
      ],
      ds: ['experiments', 'statistics', 'analytics', 'reporting', 'models-for-insight', 'prepare-data'],
      de: ['data-pipelines', 'build-test-maintain', 'data-quality'],
    };
    for (const [role, ids] of Object.entries(required)) {
      for (const id of ids) {
        const e = core.find((x) => x.id === `${role}.${id}`);
        expect(e, `${role}.${id}`).toBeDefined();
        expect(e!.source.kind).toBe('seed');
      }
    }
  });

  it('every pattern compiles to words', () => {
    const lex = compileLexicon();
    for (const p of lex.patterns) for (const slot of p.slots) expect(slot.size, p.source).toBeGreaterThan(0);
  });

  it('fitted weights keep every entry pulling hardest towards its own role, so explanations stay true', () => {
    const w = WEIGHTS as Weights;
    for (const e of ALL_ENTRIES) {
      if (e.role === 'other') continue;
      const v = w.entries[e.id]!;
      for (const c of ['mle', 'ds', 'de'] as const) expect(v[e.role], `${e.id} pulls ${c} harder than ${e.role}`).toBeGreaterThanOrEqual(v[c] - 1e-3);
    }
  });

  it('names the kind of job of every entry that is none of the three roles (its class in the model)', () => {
    for (const e of ALL_ENTRIES.filter((x) => x.role === 'other')) expect(e.family, e.id).toBeDefined();
  });

  it('keeps a fitted weight for every entry and class in the data file', () => {
    const w = WEIGHTS as Weights;
    for (const e of ALL_ENTRIES) {
      expect(w.entries[e.id], e.id).toBeDefined();
      for (const c of CLASSES) expect(Number.isFinite(w.entries[e.id]![c])).toBe(true);
    }
  });
});

describe('patterns', () => {
  it('match inflected verb-object phrases in either order', () => {
    expect(hits('You will deploy models to production')).toContain('mle.deploy-to-production');
    expect(hits('models are deployed to production daily')).toContain('mle.deploy-to-production');
    expect(hits('We built and deployed several ML systems')).toContain('mle.build-ml-systems');
    expect(hits('Maintain our data pipelines')).toContain('de.data-pipelines');
    expect(hits('Run A/B tests on pricing')).toContain('ds.experiments');
  });
  it('do not fire on unrelated words', () => {
    expect(hits('Experience with customer service and cash handling')).toEqual([]);
    expect(hits('We deploy staff to our stores')).not.toContain('mle.deploy-to-production');
  });
  it('expand phrase alternatives in parentheses', () => {
    expect(expandGroups('(machine learning|ml) ~ model|models')).toEqual(['machine learning ~ model|models', 'ml ~ model|models']);
    expect(expandGroups('build ~ (a b|c) ~ (d|e f)')).toEqual(['build ~ a b ~ d', 'build ~ a b ~ e f', 'build ~ c ~ d', 'build ~ c ~ e f']);
    expect(expandGroups('data pipeline|pipelines')).toEqual(['data pipeline|pipelines']);
  });
  it('write a whole-phrase alternative in parentheses, not glued to the word before it', () => {
    // "power bi|powerbi" reads "power" then "bi" or "powerbi": "PowerBI" alone never matched
    for (const e of ALL_ENTRIES)
      for (const p of [...e.patterns, ...(e.unless ?? [])].flatMap(expandGroups)) {
        const parts = p.split(/\s+/);
        parts.forEach((part, i) => {
          if (i === 0 || part === '~' || parts[i - 1] === '~') return;
          const before = parts[i - 1]!.split('|').map((w) => w.replace(/^=/, ''));
          for (const alt of part.split('|').map((w) => w.replace(/^=/, '')))
            expect(
              before.some((w) => alt.startsWith(w) && alt.length > w.length + 1),
              `${e.id}: ${p}`,
            ).toBe(false);
        });
      }
  });
});

describe('corpus provenance', () => {
  const corpusPath = join(import.meta.dirname, '../../../../shared/corpus/dev.jsonl');
  it.runIf(existsSync(corpusPath))('every "in N% of … postings" claim still holds on the dev corpus (±3 points)', async () => {
    const { entryShares, loadCorpus } = await import('../../../bench/corpus');
    const shares = entryShares(lexicon(), loadCorpus(corpusPath), (r) => r.label);
    const LABEL: Record<string, string> = { 'ML-engineer': 'mle', 'data-scientist': 'ds', 'data-engineer': 'de', other: 'other' };
    let checked = 0;
    for (const e of ALL_ENTRIES) {
      if (e.source.kind !== 'corpus') continue;
      const m = /^in (\d+)% of ([a-zA-Z-]+) postings.*\(dev corpus/.exec(e.source.evidence);
      if (!m) continue;
      const label = LABEL[m[2]!]!;
      const measured = shares.get(e.id)!.get(label)!;
      expect(Math.abs(measured - Number(m[1])), `${e.id}: claims ${m[1]}%, measures ${measured.toFixed(1)}%`).toBeLessThanOrEqual(3);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  const dev2Path = join(import.meta.dirname, '../../../../shared/corpus/dev2.jsonl');
  it.runIf(existsSync(dev2Path))('every dev2 claim ("in N% of analyst postings, M% of the MLE/DS/DE postings") holds (±3 points)', async () => {
    const { entryShares, loadCorpus, otherFamily } = await import('../../../bench/corpus');
    const shares = entryShares(lexicon(), loadCorpus(dev2Path), (r) => (r.label === 'other' ? otherFamily(r.title) : 'data'));
    let checked = 0;
    for (const e of ALL_ENTRIES) {
      if (e.source.kind !== 'corpus') continue;
      const m = /^in (\d+)% of (\w+) postings, (\d+)% of the MLE\/DS\/DE postings \(dev2 corpus/.exec(e.source.evidence);
      if (!m) continue;
      const share = (g: string) => shares.get(e.id)!.get(g)!;
      expect(Math.abs(share(m[2]!) - Number(m[1])), `${e.id}: ${m[2]} claims ${m[1]}%`).toBeLessThanOrEqual(3);
      expect(Math.abs(share('data') - Number(m[3])), `${e.id}: data roles claim ${m[3]}%`).toBeLessThanOrEqual(3);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });
});
