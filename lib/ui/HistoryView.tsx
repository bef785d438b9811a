import { useEffect, useState } from 'preact/hooks';
import { clearHistory, historyCsv, historyJson, searchHistory } from '../storage/history';
import { HISTORY_KEY, type HistoryItem, type State } from '../storage/schema';
import { loadState, updateState, type Area } from '../storage/store';
import { percent } from '../report/summary';
import { glance, readsAsOf, type GlanceRow, type ReadsAs } from '../storage/glance';
import { ROLE_NAMES, ROLES, type OtherKind } from '../types';
import { COMPARE_MAX } from '../compare/compare';
import { CompareView } from './CompareView';
import { downloadText, safeHref } from './download';
import { RoleTag } from './RoleTag';

/** The postings analyzed on this device: searchable, exportable, clearable. */
/** The tag of a `none` posting that reads as another kind of job. */
const READS_AS_TAG: Record<OtherKind, string> = { analyst: 'analyst work', software: 'software', devops: 'DevOps', research: 'research' };

export function HistoryView({ area }: { area: Area }) {
  const [state, setState] = useState<State | undefined>();
  const [query, setQuery] = useState('');
  const [only, setOnly] = useState<ReadsAs | 'all'>('all');
  const [error, setError] = useState<string | undefined>();
  // e.g. "saved by a newer RoleLens": said plainly rather than showing an empty history
  const [notice, setNotice] = useState<string | undefined>();
  // postings picked to compare (by URL and time, which survive a reload of the history), and whether Compare is open
  const [pickedKeys, setPickedKeys] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);

  useEffect(() => {
    const load = () =>
      void loadState(area).then((l) => {
        setState(l.state);
        setNotice(l.notice);
      });
    load();
    // a posting recorded meanwhile (the popup, the reader on a board) shows up without reopening; every
    // history write (a version-2 state's first save included) goes to the history item
    return area.subscribe?.(HISTORY_KEY, load);
  }, [area]);

  if (!state) return <p class="hint">Loading history…</p>;
  const keyOf = (h: HistoryItem) => `${h.url ?? h.title ?? ''}|${h.at}`;
  const picked = pickedKeys.flatMap((k) => state.history.filter((h) => keyOf(h) === k).slice(0, 1));
  if (comparing && picked.length >= 2) return <CompareView items={picked} onBack={() => setComparing(false)} />;
  const isPicked = (h: HistoryItem) => pickedKeys.includes(keyOf(h));
  const toggle = (h: HistoryItem) =>
    setPickedKeys((p) => (p.includes(keyOf(h)) ? p.filter((x) => x !== keyOf(h)) : p.length < COMPARE_MAX ? [...p, keyOf(h)] : p));
  const items = searchHistory(state.history, query).filter((h) => only === 'all' || readsAsOf(h) === only);
  const rows = glance(state.history);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div data-testid="history-view">
      <label class="field">
        <span>Search your history</span>
        <input
          type="search"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          placeholder="Title, company, site or role"
          data-testid="history-search"
        />
      </label>
      {rows.length > 0 && <Glance rows={rows} />}
      <label class="field">
        <span>Show postings that read as</span>
        <select value={only} onChange={(e) => setOnly((e.currentTarget as HTMLSelectElement).value as ReadsAs | 'all')} data-testid="history-filter">
          <option value="all">any role</option>
          {ROLES.map((r) => (
            <option value={r} key={r}>
              {ROLE_NAMES[r]}
            </option>
          ))}
          <option value="other">none of the three</option>
        </select>
      </label>
      <p class="hint" aria-live="polite">
        {items.length} of {state.history.length} postings · kept on this device only
      </p>
      {notice && (
        <p class="note" role="status" data-testid="storage-notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="note">
          {error}
        </p>
      )}
      {state.history.length >= 2 && (
        <div class="compare-bar" data-testid="compare-bar">
          <span class="hint" aria-live="polite">
            {picked.length ? `${picked.length} of ${COMPARE_MAX} picked to compare` : `Pick 2 or ${COMPARE_MAX} postings to compare them side by side`}
          </span>
          <button type="button" class="btn" disabled={picked.length < 2} onClick={() => setComparing(true)} data-testid="compare-open">
            Compare{picked.length >= 2 ? ` ${picked.length}` : ''}
          </button>
        </div>
      )}
      <ul class="lines history" data-testid="history-list">
        {items.map((h) => {
          const href = safeHref(h.url);
          const roles = h.verdict === 'hybrid' ? (h.hybridOf ?? []) : h.verdict === 'none' ? [] : [h.verdict];
          return (
            <li key={`${h.url}-${h.at}`} class="history-item">
              <div>
                {state.history.length >= 2 && (
                  <input
                    type="checkbox"
                    class="compare-pick"
                    checked={isPicked(h)}
                    disabled={!isPicked(h) && picked.length >= COMPARE_MAX}
                    onChange={() => toggle(h)}
                    aria-label={`Compare ${h.title ?? 'this posting'}`}
                    data-testid="compare-pick"
                  />
                )}
                {roles.map((r) => (
                  <RoleTag role={r} key={r} />
                ))}
                {h.verdict === 'none' && <span class="tag">{h.readsAs ? READS_AS_TAG[h.readsAs] : 'none'}</span>}
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener">
                    {h.title ?? href}
                  </a>
                ) : (
                  <span>{h.title ?? 'Untitled posting'}</span>
                )}
              </div>
              <div class="hint">
                {[h.company, href && new URL(href).hostname, new Date(h.at).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' })]
                  .filter(Boolean)
                  .join(' · ')}
                {h.verdict !== 'none' && ` · ${roles.map((r) => `${ROLE_NAMES[r]} ${percent(h.scores[r])}`).join(', ')}`}
              </div>
            </li>
          );
        })}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="btn"
          disabled={!state.history.length}
          onClick={() => downloadText(`rolelens-history-${stamp}.json`, historyJson(state.history), 'application/json')}
          data-testid="history-json"
        >
          Export JSON
        </button>
        <button
          type="button"
          class="btn"
          disabled={!state.history.length}
          onClick={() => downloadText(`rolelens-history-${stamp}.csv`, historyCsv(state.history), 'text/csv')}
          data-testid="history-csv"
        >
          Export CSV
        </button>
        <button
          type="button"
          class="btn"
          disabled={!state.history.length}
          data-testid="history-clear"
          onClick={() => {
            if (!confirm('Clear the whole history? This cannot be undone.')) return;
            void updateState(area, clearHistory).then((r) =>
              r.ok && r.state ? setState(r.state) : setError(`Could not clear: ${r.ok ? 'unknown error' : r.error}`),
            );
          }}
        >
          Clear history
        </button>
      </div>
    </div>
  );
}

const READS_AS_NAME: Record<ReadsAs, string> = { ...ROLE_NAMES, other: 'none of the three' };

/** How the titles of the postings looked at compare with what they read as: a sentence and a bar per title role. */
function Glance({ rows }: { rows: GlanceRow[] }) {
  return (
    <section class="glance" aria-labelledby="glance-heading" data-testid="glance">
      <h3 id="glance-heading">Your search at a glance</h3>
      {rows.map((row) => {
        const other = (Object.keys(row.readsAs) as ReadsAs[])
          .filter((r) => r !== row.titled && row.readsAs[r] > 0)
          .sort((a, b) => row.readsAs[b] - row.readsAs[a]);
        const sentence = other.length
          ? `Of ${row.total} titled ${ROLE_NAMES[row.titled]}, ${other.map((r) => `${row.readsAs[r]} read as ${READS_AS_NAME[r]}`).join(', ')}.`
          : row.total === 1
            ? `The 1 titled ${ROLE_NAMES[row.titled]} reads as one.`
            : `All ${row.total} titled ${ROLE_NAMES[row.titled]} read as one.`;
        return (
          <div class="glance-row" key={row.titled} data-testid={`glance-${row.titled}`}>
            <p>{sentence}</p>
            {/* a stacked bar with the counts written in each part: never colour alone */}
            <div class="glance-bar" role="img" aria-label={sentence}>
              {(['mle', 'ds', 'de', 'other'] as ReadsAs[])
                .filter((r) => row.readsAs[r] > 0)
                .map((r) => (
                  <span key={r} class={`glance-part role-${r}`} style={{ flexGrow: row.readsAs[r] }} title={`${row.readsAs[r]} read as ${READS_AS_NAME[r]}`}>
                    {r === 'other' ? 'none' : r.toUpperCase()} {row.readsAs[r]}
                  </span>
                ))}
            </div>
          </div>
        );
      })}
    </section>
  );
}
