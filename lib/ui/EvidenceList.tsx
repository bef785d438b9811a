import { ENTRY_BY_ID } from '../lexicon/entries';
import type { Evidence } from '../types';
import { MarkedText } from './MarkedText';
import { Provenance } from './Provenance';
import { RoleTag } from './RoleTag';

/** At most this many reasons under one line, so "why" stays readable. */
const MAX_REASONS = 3;

const SECTION_NAMES: Record<Evidence['section'], string> = {
  responsibilities: 'duties',
  requirements: 'requirements',
  body: 'description',
  about: 'company description',
  benefits: 'benefits',
  legal: 'legal text',
  excluded: 'list of what the job is not',
};

/** The matched phrases, without repeats or phrases inside a longer one, at most three. */
export function distinctPhrases(matched: string[]): string[] {
  const unique = [...new Set(matched.map((m) => m.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const p of unique) if (!kept.some((k) => k.toLowerCase().includes(p.toLowerCase()))) kept.push(p);
  return kept.slice(0, 3);
}

/** Evidence sentences with the words that matched marked, each expandable to why those words count. */
export function EvidenceList({ evidence, limit }: { evidence: Evidence[]; limit?: number }) {
  const items = limit ? evidence.slice(0, limit) : evidence;
  return (
    <ul class="evidence" data-testid="evidence">
      {items.map((e) => {
        const all = [...new Set(e.hits.map((h) => h.entryId))].map((id) => ENTRY_BY_ID.get(id)).filter((x) => x !== undefined);
        // the entries of the line's own role first, the seed's own words before corpus evidence
        const entries = all
          .sort((a, b) => Number(b.role === e.role) - Number(a.role === e.role) || Number(b.source.kind === 'seed') - Number(a.source.kind === 'seed'))
          .slice(0, MAX_REASONS);
        return (
          <li key={`${e.start}-${e.end}`}>
            <details>
              <summary>
                <RoleTag role={e.role} />
                <MarkedText text={e.text} spans={e.hits.map((h) => ({ start: h.start - e.start, end: h.end - e.start }))} />
              </summary>
              <div class="why">
                <p>
                  The marked words —{' '}
                  {distinctPhrases(e.hits.map((h) => h.matched))
                    .map((p) => `“${p}”`)
                    .join(', ')}{' '}
                  — name {all.length === 1 ? 'this part of the role' : 'these parts of the role'}
                  {e.section === 'responsibilities' || e.section === 'body'
                    ? ''
                    : ` (in the ${SECTION_NAMES[e.section]}, which count${e.section === 'requirements' ? ' half' : ' for little'})`}
                  :
                </p>
                {entries.map((entry, i) => (
                  <Provenance
                    entry={entry}
                    key={entry.id}
                    quote={!entries.slice(0, i).some((o) => o.source.kind === 'seed' && entry.source.kind === 'seed' && o.source.quote === entry.source.quote)}
                  />
                ))}
                {all.length > entries.length && <p>…and {all.length - entries.length} more.</p>}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
