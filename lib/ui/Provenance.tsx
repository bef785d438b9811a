import type { LexiconEntry } from '../lexicon/types';

/** Why a lexicon entry counts: the seed sentence, the corpus evidence or the taxonomy behind it. */
export function Provenance({ entry }: { entry: LexiconEntry }) {
  const s = entry.source;
  return (
    <p>
      <strong>{entry.label}</strong>
      {' — '}
      {s.kind === 'seed' ? (
        <>
          from the source article: <q>{s.quote}</q>
        </>
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
