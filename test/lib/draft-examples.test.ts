import { describe, expect, it } from 'vitest';
import { matchPosting } from '@/lib/analyze/match';
import { EXAMPLES } from '@/lib/draft/examples';
import { ALL_ENTRIES } from '@/lib/lexicon/entries';
import { lexicon } from '@/lib/lexicon/compile';

describe('suggested sentences for a draft', () => {
  const lex = lexicon();
  it('exist for every core responsibility', () => {
    for (const e of ALL_ENTRIES.filter((x) => x.core)) expect(EXAMPLES[e.id]?.length, e.id).toBeGreaterThan(0);
  });
  it.each(Object.entries(EXAMPLES))('%s: each sentence counts for that responsibility once pasted', (id, sentences) => {
    for (const s of sentences) {
      const hits = matchPosting(lex, s).flatMap((x) => x.hits.map((h) => lex.entries[h.entry]!.id));
      expect(hits, s).toContain(id);
    }
  });
});
