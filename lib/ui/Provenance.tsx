import type { LexiconEntry } from '../lexicon/types';

/** Why a lexicon entry counts: the seed sentence, the corpus evidence or the taxonomy behind it. */
export function Provenance({ entry, quote = true }: { entry: LexiconEntry; quote?: boolean }) {
  const s = entry.source;
  return (
    <p>
      <strong>{entry.label}</strong>
      {' — '}
      {s.kind === 'seed' ? (
        quote ? (
          <>
            from the source article: <q>{s.quote}</q>
          </>
        ) : (
          <>from the same sentence of the source article</>
        )
      ) : s.kind === 'corpus' ? (
        <>from real postings: {s.evidence}</>
      ) : (
        <>
          from {s.name} ({s.ref})
        </>
      )}
    </p>
  );
}
