import { mismatchSentence, percent, verdictSentence } from '../report/summary';
import type { Report } from '../types';

function confidenceWord(c: number): string {
  return c >= 0.75 ? 'high' : c >= 0.5 ? 'medium' : 'low';
}

/** The verdict as a sentence, the title mismatch, and the confidence. */
export function VerdictCard({ report, level = 1 }: { report: Report; level?: 1 | 2 }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const mismatch = mismatchSentence(report);
  return (
    <section class="verdict" aria-live="polite" data-testid="verdict" data-verdict={report.verdict}>
      <Heading>{verdictSentence(report)}</Heading>
      <p class="confidence">
        Confidence: {percent(report.confidence)} ({confidenceWord(report.confidence)}) · {report.stats.evidenceSentences} of {report.stats.sentences} sentences
        count
      </p>
      {mismatch && (
        <p class="mismatch" data-testid="mismatch">
          {mismatch}
        </p>
      )}
    </section>
  );
}
