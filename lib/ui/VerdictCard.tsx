import { clarity, headline, mismatchSentence } from '../report/summary';
import type { Report } from '../types';

const CLARITY_TEXT = { clear: 'Clear reading', leaning: 'Leaning reading', mixed: 'Mixed reading' } as const;

/** The verdict in one line, the title mismatch, and how clear the reading is — in words, not a second percentage. */
export function VerdictCard({ report, level = 1 }: { report: Report; level?: 1 | 2 }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const mismatch = mismatchSentence(report);
  const how = clarity(report);
  return (
    <section class="verdict" aria-live="polite" data-testid="verdict" data-verdict={report.verdict}>
      <Heading>{headline(report)}</Heading>
      {mismatch && (
        <p class="mismatch" data-testid="mismatch">
          {mismatch}
        </p>
      )}
      <p class="confidence" data-testid="clarity" data-clarity={how}>
        {CLARITY_TEXT[how]} · {report.stats.evidenceSentences} of {report.stats.sentences} sentences count
      </p>
    </section>
  );
}
