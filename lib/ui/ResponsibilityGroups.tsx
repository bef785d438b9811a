import type { Evidence, Report, Role } from '../types';
import { ROLE_NAMES } from '../types';
import { rankedRoles } from '../report/summary';
import { MarkedText } from './MarkedText';
import { RoleTag } from './RoleTag';

export interface GroupsProps {
  report: Report;
  highlighted: Record<Role, boolean>;
  onToggle: (role: Role, on: boolean) => void;
  onReveal?: (e: Evidence) => void;
}

/** Evidence sorted back into page order. */
export function byRole(report: Report): Record<Role, Evidence[]> {
  const groups: Record<Role, Evidence[]> = { mle: [], ds: [], de: [] };
  for (const e of [...report.evidence].sort((a, b) => a.start - b.start)) groups[e.role].push(e);
  return groups;
}

/** The posting's responsibilities grouped by role, each line a button that scrolls the page to it. */
export function ResponsibilityGroups({ report, highlighted, onToggle, onReveal }: GroupsProps) {
  const groups = byRole(report);
  const roles = rankedRoles(report);
  return (
    <div data-testid="groups">
      {/* the toggles paint the page: offered only for a posting that is on the page */}
      {onReveal && (
        <fieldset class="toggles" style={{ border: 'none', padding: 0 }}>
          <legend class="hint">Highlight on the page</legend>
          {roles.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={highlighted[role]}
                onChange={(ev) => onToggle(role, (ev.currentTarget as HTMLInputElement).checked)}
                data-testid={`toggle-${role}`}
              />
              <RoleTag role={role} /> {groups[role].length}
            </label>
          ))}
        </fieldset>
      )}
      {roles.map((role) => (
        <section class="group" key={role} aria-labelledby={`group-${role}`} data-testid={`group-${role}`}>
          {/* collapsible, with the count in view: a role without lines starts folded */}
          <details open={groups[role].length > 0}>
            <summary>
              <h3 id={`group-${role}`}>
                <RoleTag role={role} />
                {ROLE_NAMES[role]} — {groups[role].length} {groups[role].length === 1 ? 'line' : 'lines'}
              </h3>
            </summary>
            {groups[role].length === 0 ? (
              <p class="hint">No lines of this role.</p>
            ) : (
              <ul class="lines">
                {groups[role].map((e) => (
                  <li key={e.start}>
                    <button type="button" onClick={() => onReveal?.(e)} title={onReveal ? 'Show on the page' : undefined} data-role={role}>
                      <MarkedText text={e.text} spans={e.hits.map((h) => ({ start: h.start - e.start, end: h.end - e.start }))} />
                      <span class="line-why">{[...new Set(e.hits.filter((h) => h.role === role).map((h) => h.label))].slice(0, 2).join(' · ')}</span>
                      {onReveal && <span class="sr-only"> — show on the page</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </details>
        </section>
      ))}
    </div>
  );
}
