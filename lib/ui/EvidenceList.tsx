import { ENTRY_BY_ID } from '../lexicon/entries';
import type { Evidence } from '../types';
import { Provenance } from './Provenance';
import { RoleTag } from './RoleTag';

/** Evidence sentences, each expandable to the lexicon entries and sources behind it. */
export function EvidenceList({ evidence, limit }: { evidence: Evidence[]; limit?: number }) {
  const items = limit ? evidence.slice(0, limit) : evidence;
  return (
    <ul class="evidence" data-testid="evidence">
      {items.map((e) => {
        const entries = [...new Set(e.hits.map((h) => h.entryId))].map((id) => ENTRY_BY_ID.get(id)).filter((x) => x !== undefined);
        return (
          <li key={`${e.start}-${e.end}`}>
            <details>
              <summary>
                <RoleTag role={e.role} />
                {e.text}
              </summary>
              <div class="why">
                <p>
                  Counts because it matches {entries.length === 1 ? 'this responsibility' : 'these responsibilities'} (in the {e.section} section):
                </p>
                {entries.map((entry) => (
                  <Provenance entry={entry} key={entry.id} />
                ))}
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
