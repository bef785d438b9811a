/** Words for a Report: the verdict as a sentence a job seeker understands at a glance. */
import type { NoneReason, Report, Role } from '../types';
import { OTHER_NAMES, ROLE_NAMES, ROLES } from '../types';

export const NONE_TEXT: Record<NoneReason, string> = {
  empty: 'There is no text to analyze.',
  'too-short': 'Too little text to judge — select the whole posting, or paste more of it.',
  'not-english': 'This posting does not look English. RoleLens reads English postings only, so it gives no verdict.',
  'not-data-role': 'This does not read as a machine learning, data science or data engineering role.',
  'thin-evidence': 'Too little here names machine learning, data science or data engineering work to say which role this is.',
};

/** "Titled Data Scientist, reads as data or BI analyst work": the verdict `none` said plainly. */
export function noneSentence(report: Report): string {
  const reason = report.noneReason ?? 'not-data-role';
  if (reason !== 'not-data-role' || !report.readsAs) return NONE_TEXT[reason];
  const as = OTHER_NAMES[report.readsAs];
  return report.titleRole
    ? `Titled ${ROLE_NAMES[report.titleRole]}, but reads as ${as} — not a machine learning, data science or data engineering role.`
    : `Reads as ${as}, not a machine learning, data science or data engineering role.`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "Reads as a Data Engineer role — titled Data Scientist". */
export function verdictSentence(report: Report): string {
  const titled = report.titleRole ? ` — titled ${ROLE_NAMES[report.titleRole]}` : '';
  switch (report.verdict) {
    case 'none':
      return noneSentence(report);
    case 'hybrid': {
      const [a, b] = report.hybridOf ?? [report.topRole, report.topRole];
      return `Reads as a hybrid: ${ROLE_NAMES[a]} and ${ROLE_NAMES[b]}${titled}`;
    }
    default:
      return `Reads as a ${ROLE_NAMES[report.verdict]} role${titled}`;
  }
}

/** "This 'Data Scientist' job is 70% data engineering", when the title and text disagree. */
export function mismatchSentence(report: Report): string | undefined {
  if (!report.mismatch) return undefined;
  const { titled, readsAs } = report.mismatch;
  return `This “${ROLE_NAMES[titled]}” job is ${percent(report.scores[readsAs])} ${ROLE_NAMES[readsAs].toLowerCase().replace(/ (engineer|scientist)$/, (m) => (m === ' scientist' ? ' science' : ' engineering'))}.`;
}

/** Roles from strongest to weakest. */
export function rankedRoles(report: Report): Role[] {
  return [...ROLES].sort((a, b) => report.scores[b] - report.scores[a]);
}

/**
 * The verdict in one line, for the popup and side panel: "Data Scientist — reads as one",
 * "Titled Data Scientist, reads as Data Engineer", "Reads as Data Engineer".
 */
export function headline(report: Report): string {
  if (report.verdict === 'none') return noneSentence(report);
  const titled = report.titleRole ? ROLE_NAMES[report.titleRole] : undefined;
  if (report.verdict === 'hybrid') {
    const [a, b] = report.hybridOf ?? [report.topRole, report.topRole];
    const mix = `a mix of ${ROLE_NAMES[a]} and ${ROLE_NAMES[b]}`;
    return titled ? `Titled ${titled}, reads as ${mix}` : `Reads as ${mix}`;
  }
  const reads = ROLE_NAMES[report.verdict];
  if (!titled) return `Reads as ${reads}`;
  return report.titleRole === report.verdict ? `${reads} — reads as one` : `Titled ${titled}, reads as ${reads}`;
}

/** How clear the reading is, in a word, from the leading share and the evidence behind it (never a second percentage). */
export function clarity(report: Report): 'clear' | 'leaning' | 'mixed' {
  const top = report.verdict === 'hybrid' || report.verdict === 'none' ? report.topRole : report.verdict;
  const share = report.scores[top];
  if (report.verdict !== 'hybrid' && share >= 0.6 && report.confidence >= 0.5) return 'clear';
  if (report.verdict !== 'hybrid' && share >= 0.45) return 'leaning';
  return 'mixed';
}
