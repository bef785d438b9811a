import { useEffect, useState } from 'preact/hooks';
import { BOARD_ORIGINS } from '../extract/adapters/origins';
import { loadState, type Area } from '../storage/store';

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
  const [counts, setCounts] = useState<{ drafts: number; history: number } | undefined>();
  useEffect(() => {
    void loadState(area).then((l) => setCounts({ drafts: l.state.drafts.length, history: l.state.history.length }));
  }, [area]);
  const sites = [...new Set(BOARD_ORIGINS.map((o) => o.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, '')))];
  return (
    <main class="panel" style={{ margin: '0 auto' }}>
      <p class="brand">
        <img src="/icon/32.png" alt="" /> RoleLens settings
      </p>
      <h1 style={{ fontSize: '20px' }}>Automatic analysis on job boards</h1>
      <p>
        By default RoleLens reads a page only when you click its toolbar button there. Turn this on and RoleLens also reads postings on these job boards by
        itself, and shows the verdict on its toolbar badge (<strong>DE</strong>, <strong>DS</strong>, <strong>MLE</strong>) as you browse:
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
        <p role="alert" class="note">
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
    </main>
  );
}
