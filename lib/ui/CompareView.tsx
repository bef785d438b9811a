import { compare } from '../compare/compare';
import { percent } from '../report/summary';
import { shortVerdict } from '../report/short-verdict';
import type { HistoryItem } from '../storage/schema';
import { ROLE_NAMES, ROLE_SHORT, ROLES } from '../types';
import { safeHref } from './download';
import { RoleTag } from './RoleTag';

const LETTERS = ['A', 'B', 'C'];

/** Two or three postings from the history side by side: shares, verdicts, the core responsibilities each covers, and what sets each apart. */
export function CompareView({ items, onBack }: { items: HistoryItem[]; onBack: () => void }) {
  const c = compare(items);
  const name = (h: HistoryItem) => h.title ?? 'Untitled posting';
  return (
    <section class="compare" aria-labelledby="compare-heading" data-testid="compare-view">
      <div class="actions" style={{ marginTop: 0 }}>
        <button type="button" class="btn" onClick={onBack} data-testid="compare-back">
          ← Back to history
        </button>
      </div>
      <h2 id="compare-heading" class="section">
        Comparing {c.items.length} postings
      </h2>
      <ol class="compare-heads">
        {c.items.map((h, i) => {
          const href = safeHref(h.url);
          return (
            <li key={i} data-testid="compare-head">
              <span class="compare-letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              <span>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener">
                    {name(h)}
                  </a>
                ) : (
                  name(h)
                )}
                {h.company && <span class="hint"> · {h.company}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      <div class="compare-scroll">
        <table class="compare-table" data-testid="compare-table">
          <thead>
            <tr>
              <th scope="col">
                <span class="sr-only">Posting</span>
              </th>
              {c.items.map((h, i) => (
                <th scope="col" key={i} aria-label={`${LETTERS[i]}: ${name(h)}`}>
                  {LETTERS[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr data-testid="compare-verdicts">
              <th scope="row">Reads as</th>
              {c.items.map((h, i) => (
                <td key={i}>{shortVerdict(h).text.replace(/^Reads as /, '')}</td>
              ))}
            </tr>
            {ROLES.map((r) => (
              <tr key={r} data-testid={`compare-share-${r}`}>
                <th scope="row">
                  <RoleTag role={r} /> share
                </th>
                {c.items.map((h, i) => (
                  <td key={i} class="num">
                    {percent(h.scores[r])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tbody>
            <tr>
              <th scope="rowgroup" colSpan={c.items.length + 1} class="compare-group">
                Core responsibilities covered {c.rows.some((r) => r.differs) && <span class="hint">(where they differ first)</span>}
              </th>
            </tr>
            {c.rows.map((row) => (
              <tr key={row.entry.id} class={row.differs ? 'differs' : undefined} data-testid="compare-row" data-differs={row.differs ? 'yes' : 'no'}>
                <th scope="row">
                  <RoleTag role={row.entry.role} /> {row.entry.label}
                </th>
                {row.covered.map((v, i) => (
                  <td key={i} class="mark-cell">
                    {v === undefined ? (
                      <span title="Not known: analysed before RoleLens kept responsibilities">?</span>
                    ) : v ? (
                      <>
                        <span aria-hidden="true">✓</span>
                        <span class="sr-only">covers</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">—</span>
                        <span class="sr-only">does not cover</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            {c.rows.length === 0 && (
              <tr>
                <td colSpan={c.items.length + 1} class="hint">
                  None of them covers a core responsibility of the three roles.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {c.unknown.length > 0 && (
        <p class="note" data-testid="compare-unknown">
          {c.unknown.map((i) => LETTERS[i]).join(' and ')} {c.unknown.length === 1 ? 'was' : 'were'} analysed before RoleLens kept responsibilities in the
          history: open {c.unknown.length === 1 ? 'it' : 'them'} again to compare duties.
        </p>
      )}
      <h3 class="section">What sets each apart</h3>
      {c.items.map((h, i) => (
        <div class="compare-apart" key={i} data-testid="compare-apart">
          <h4>
            <span class="compare-letter" aria-hidden="true">
              {LETTERS[i]}
            </span>{' '}
            {name(h)}
          </h4>
          {c.apart[i]!.length ? (
            <ul class="lines">
              {c.apart[i]!.map((l) => (
                <li key={l.entry} title={`Counts towards ${ROLE_NAMES[l.role]}`}>
                  <RoleTag role={l.role} /> {l.text}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">Nothing the others lack{h.lines ? '' : ' (no lines kept for this posting)'}.</p>
          )}
        </div>
      ))}
      <p class="hint">
        Shares are of the three roles ({ROLES.map((r) => ROLE_SHORT[r]).join(', ')}); ✓ marks a core responsibility the posting’s own lines show.
      </p>
    </section>
  );
}
