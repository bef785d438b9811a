/** Terminal rendering of a Report. */
import { ENTRY_BY_ID } from '../lexicon/entries';
import { mismatchSentence, percent, rankedRoles, verdictSentence } from '../report/summary';
import type { ExtractFailure, Posting, Report } from '../types';
import { ROLE_NAMES } from '../types';

function bar(share: number, width = 30): string {
  const n = Math.round(share * width);
  return '█'.repeat(n) + '·'.repeat(width - n);
}

export function formatReport(report: Report, posting: Posting, top = 5): string {
  const out: string[] = [];
  if (posting.title) out.push(`${posting.title}${posting.company ? ` — ${posting.company}` : ''}`);
  out.push(verdictSentence(report));
  const mm = mismatchSentence(report);
  if (mm) out.push(mm);
  if (report.verdict === 'none') {
    // as in the popup: no role shares or evidence presented as a finding when there is no verdict
    if (report.noneReason === 'thin-evidence' && report.evidence.length)
      out.push(`${report.evidence.length === 1 ? 'One line touches' : `${report.evidence.length} lines touch`} data work: too few to say which role it is.`);
  } else {
    out.push(`confidence ${percent(report.confidence)}`, '');
    for (const r of rankedRoles(report)) out.push(`  ${ROLE_NAMES[r].padEnd(27)} ${bar(report.scores[r])} ${percent(report.scores[r]).padStart(4)}`);
  }
  if (report.verdict !== 'none' && report.evidence.length) {
    out.push('', 'Top evidence:');
    for (const e of report.evidence.slice(0, top)) {
      out.push(`  [${e.role.toUpperCase()}] ${e.text.length > 110 ? e.text.slice(0, 107) + '…' : e.text}`);
      const labels = [...new Set(e.hits.map((h) => ENTRY_BY_ID.get(h.entryId)?.label ?? h.label))];
      out.push(`        ↳ ${labels.join('; ')}`);
    }
  }
  if (posting.truncated) out.push('', `Note: read the first ${posting.truncated.readChars} of ${posting.truncated.totalChars} characters.`);
  return out.join('\n');
}

/** Why no posting was read, in a sentence. */
export function formatFailure(failure: ExtractFailure): string {
  switch (failure.kind) {
    case 'no-posting':
      return failure.frame
        ? `No job posting found in this page; it shows one in a frame from ${new URL(failure.frame).hostname}, which was not saved with it. Save that page (${failure.frame}) and analyze it.`
        : 'No job posting found in this page.';
    case 'error':
      return failure.message;
    default:
      return `Cannot read this page (${failure.kind}).`;
  }
}
