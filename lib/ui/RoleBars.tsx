import type { Report } from '../types';
import { ROLE_NAMES, ROLE_SHORT } from '../types';
import { percent, rankedRoles } from '../report/summary';

/** Per-role bars with their numbers: text first, colour and pattern as a second signal. */
export function RoleBars({ report }: { report: Report }) {
  return (
    <ul class="bars" aria-label="Share of each role">
      {rankedRoles(report).map((role) => (
        <li class={`role-${role}`} key={role} data-testid={`bar-${role}`}>
          <span class="bar-label">
            <abbr title={ROLE_NAMES[role]}>{ROLE_SHORT[role]}</abbr> {ROLE_NAMES[role].replace(/^Machine Learning /, 'ML ')}
          </span>
          <span
            class="bar-track"
            role="meter"
            aria-label={ROLE_NAMES[role]}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(report.scores[role] * 100)}
          >
            <span class="bar-fill" style={{ width: percent(report.scores[role]), display: 'block' }} />
          </span>
          <span class="bar-pct">{percent(report.scores[role])}</span>
        </li>
      ))}
    </ul>
  );
}
