import { RoleBars } from './RoleBars';
import { EvidenceList } from './EvidenceList';
import { PostingHead } from './PostingHead';
import { NoVerdict, StateScreen } from './StateScreens';
import { VerdictCard } from './VerdictCard';
import type { ViewState } from './view-state';

export interface PopupProps {
  state: ViewState;
  onRetry?: () => void;
  onOpenPanel?: () => void;
}

/** The popup: the verdict at a glance, bars with numbers, the top three evidence lines. */
export function PopupView({ state, onRetry, onOpenPanel }: PopupProps) {
  return (
    <main class="popup">
      <p class="brand">
        <img src="/icon/32.png" alt="" /> RoleLens
      </p>
      <Body state={state} onRetry={onRetry} />
      {onOpenPanel && state.kind !== 'analyzing' && (
        <div class="actions">
          <button type="button" class="btn" onClick={onOpenPanel} data-testid="open-panel">
            Open side panel{state.kind === 'report' && state.report.verdict !== 'none' ? ' — highlight on page' : ''}
          </button>
        </div>
      )}
    </main>
  );
}

function Body({ state, onRetry }: { state: ViewState; onRetry?: () => void }) {
  switch (state.kind) {
    default:
      return <StateScreen state={state} onRetry={onRetry} />;
    case 'report': {
      const { posting, report } = state;
      return (
        <>
          <PostingHead posting={posting} />
          {report.verdict === 'none' ? (
            <NoVerdict report={report} />
          ) : (
            <>
              <VerdictCard report={report} />
              <RoleBars report={report} />
              <h2 class="section">Top evidence</h2>
              <EvidenceList evidence={report.evidence} limit={3} />
            </>
          )}
        </>
      );
    }
  }
}
