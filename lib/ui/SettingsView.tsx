import { useEffect, useState } from 'preact/hooks';
import { BOARD_ORIGINS } from '../extract/adapters/origins';
import { loadState, updateState, type Area } from '../storage/store';
import { downloadText } from './download';

export interface SettingsProps {
  /** Whether the job boards' host permissions are granted (undefined while checking). */
  allowed: boolean | undefined;
  error?: string;
  area: Area;
  onAllow: () => void;
  onRevoke: () => void;
}

/** Settings: the opt-in for automatic analysis on job boards, and what RoleLens keeps. */
export function SettingsView({ allowed, error, area, onAllow, onRevoke }: SettingsProps) {
  const [counts, setCounts] = useState<{ drafts: number; history: number; aside: number } | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [aside, setAside] = useState<unknown[]>([]);
  const refresh = () =>
    void loadState(area).then((l) => {
      setCounts({ drafts: l.state.drafts.length, history: l.state.history.length, aside: l.state.quarantine?.length ?? 0 });
      setAside(l.state.quarantine ?? []);
      setNotice(l.notice);
    });
  useEffect(refresh, [area]);
  const sites = [...new Set(BOARD_ORIGINS.map((o) => o.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, '')))];
  return (
    <main class="panel" style={{ margin: '0 auto' }}>
      <p class="brand">
        <img src="/icon/32.png" alt="" /> RoleLens settings
      </p>
      <h1 style={{ fontSize: '20px' }}>Automatic analysis on job boards</h1>
      <p>
        By default RoleLens reads a page only when you click its toolbar button there. Turn this on and RoleLens also reads postings on these job boards by
        itself, shows the verdict on its toolbar badge (<strong>DE</strong>, <strong>DS</strong>, <strong>MLE</strong>) as you browse, keeps each posting in
        your history, and marks the LinkedIn and Indeed search results you have looked at with a small chip (“Reads as DE”):
      </p>
      <ul>
        {sites.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p class="hint">Your browser asks you to allow access to these sites. The analysis still runs on this device only; nothing is sent anywhere.</p>
      <p data-testid="auto-state" role="status">
        {allowed === undefined ? 'Checking…' : allowed ? 'On: RoleLens reads postings on these boards.' : 'Off: RoleLens reads a page only when you click it.'}
      </p>
      {error && (
        <p role="alert" class="mismatch" data-testid="settings-error">
          {error}
        </p>
      )}
      <div class="actions">
        {allowed ? (
          <button type="button" class="btn" onClick={onRevoke} data-testid="auto-off">
            Turn off and remove the access
          </button>
        ) : (
          <button type="button" class="btn primary" onClick={onAllow} disabled={allowed === undefined} data-testid="auto-on">
            Turn on (asks for access to these sites)
          </button>
        )}
      </div>
      <h2 style={{ fontSize: '16px', marginTop: '24px' }}>What RoleLens keeps</h2>
      <p>
        On this device only:{' '}
        {counts
          ? `${counts.drafts} draft${counts.drafts === 1 ? '' : 's'} and ${counts.history} posting${counts.history === 1 ? '' : 's'} in your history`
          : '…'}
        . Open the side panel’s History to search, export or clear it, and Draft to delete drafts.
      </p>
      {notice && (
        <p class="note" role="status" data-testid="storage-notice">
          {notice}
        </p>
      )}
      {aside.length > 0 && (
        <section aria-labelledby="aside-heading" data-testid="quarantine">
          <h3 id="aside-heading" style={{ fontSize: '15px' }}>
            {aside.length} damaged record{aside.length === 1 ? '' : 's'} set aside
          </h3>
          <p class="hint">Saved data RoleLens could not read, kept so that nothing is lost. Export it to look at it, or delete it.</p>
          <div class="actions">
            <button
              type="button"
              class="btn"
              onClick={() => downloadText(`rolelens-damaged-records.json`, JSON.stringify(aside, null, 2), 'application/json')}
              data-testid="quarantine-export"
            >
              Export as JSON
            </button>
            <button
              type="button"
              class="btn"
              onClick={() => {
                if (!confirm('Delete the damaged records? This cannot be undone.')) return;
                void updateState(area, ({ quarantine: _gone, ...rest }) => rest).then(refresh);
              }}
              data-testid="quarantine-delete"
            >
              Delete them
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
