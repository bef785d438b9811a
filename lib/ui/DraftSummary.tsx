import type { Coverage } from '../draft/coverage';
import { headline, percent } from '../report/summary';
import type { Report, Role } from '../types';
import { ROLE_NAMES, ROLE_SHORT, ROLES } from '../types';
import { RoleTag } from './RoleTag';

/** Whether the draft reads as a role other than the one it is meant for (a hybrid that holds it does not). */
export function readsOff(report: Report, intended: Role): Role | undefined {
  if (report.verdict === 'none') return undefined;
  const readsAs = report.verdict === 'hybrid' ? report.topRole : report.verdict;
  if (readsAs === intended || (report.verdict === 'hybrid' && report.hybridOf?.includes(intended))) return undefined;
  return readsAs;
}

/** A draft too short, or with too few duties, to judge. */
export function tooEarly(report: Report): boolean {
  return report.verdict === 'none' && (report.noneReason === 'too-short' || report.noneReason === 'thin-evidence' || report.noneReason === 'empty');
}

/**
 * The draft's reading at a glance, kept in view at the top of the Draft tab while the writer
 * scrolls (once there is enough to judge): the verdict, each role's share (in words and numbers, not colour alone) and how
 * many of the intended role's core responsibilities the draft covers.
 */
export function DraftSummary({ report, cov, intended }: { report: Report; cov: Coverage; intended: Role }) {
  const off = readsOff(report, intended);
  const total = cov.covered.length + cov.missing.length;
  const ranked = [...ROLES].sort((a, b) => report.scores[b] - report.scores[a]);
  return (
    <div class={`draft-summary${off ? ' off' : ''}`} role="region" aria-label="Draft summary" data-testid="draft-summary">
      <p class="draft-summary-line">
        {report.verdict !== 'none' && <RoleTag role={report.verdict === 'hybrid' ? report.topRole : report.verdict} />} <strong>{headline(report)}</strong>
        {off && (
          <>
            {' · '}
            <span class="draft-summary-off">meant as {ROLE_NAMES[intended]}</span>
          </>
        )}
      </p>
      <p class="draft-summary-line hint" data-testid="draft-summary-shares">
        {ranked.map((r, i) => (
          <span key={r}>
            {i > 0 && ' · '}
            {ROLE_SHORT[r]} {percent(report.scores[r])}
          </span>
        ))}
        {' · '}
        <span data-testid="draft-summary-coverage">
          covers {cov.covered.length} of {total} core {ROLE_SHORT[intended]} duties
        </span>
      </p>
    </div>
  );
}
