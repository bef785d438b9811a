/** The designed screens for every state without a verdict, shared by popup and side panel. */
import { noneSentence } from '../report/summary';
import type { OtherKind, Report } from '../types';
import { safeHref } from './download';
import { Analyzing, StateView } from './StateView';
import type { ViewState } from './view-state';

export function Restricted() {
  return (
    <StateView id="restricted" icon="lock" title="RoleLens can’t read this page">
      <p>Browser pages, extension stores and the PDF viewer don’t let extensions read them.</p>
      <p>Open the job posting in a normal tab, or copy its text and paste it into the side panel.</p>
    </StateView>
  );
}

export function NoAccess() {
  return (
    <StateView id="no-access" icon="pointer" title="Click RoleLens to read this tab">
      <p>RoleLens reads a page only after you click its toolbar button there — it has no standing access to your tabs.</p>
      <p>Click the RoleLens button in the toolbar while this tab is shown.</p>
    </StateView>
  );
}

/**
 * No posting on the page. `frame`: the page shows one in a frame from its job board's site (an
 * http(s) address, checked where it was chosen), which RoleLens reads in a tab of its own.
 */
export function NoPosting({ frame }: { frame?: string }) {
  // only an http(s) address from the page is made a link (safeHref, as the history does)
  const href = safeHref(frame);
  if (href)
    return (
      <StateView id="no-posting" icon="search" title="The posting is shown from another site">
        <p>
          This page shows its job posting in a frame from <strong data-testid="frame-host">{new URL(href).hostname}</strong>, which RoleLens can read only in a
          tab of its own.
        </p>
        <a class="btn primary" href={href} target="_blank" rel="noopener noreferrer" data-testid="open-frame">
          Open the posting in a new tab
        </a>
        <p class="hint">Then click RoleLens there. Or select the text and right-click “Analyze selection with RoleLens”.</p>
      </StateView>
    );
  return (
    <StateView id="no-posting" icon="search" title="No job posting found here">
      <p>Select the text and use the context menu — right-click, then “Analyze selection with RoleLens”.</p>
      <p>You can also paste a posting into the side panel.</p>
    </StateView>
  );
}

export function ErrorScreen({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <StateView id="error" icon="warning" title="Something went wrong">
      <p>RoleLens could not analyze this page. Nothing was sent anywhere.</p>
      <p class="note">Details: {message}</p>
      {onRetry && (
        <button class="btn primary" type="button" onClick={onRetry} data-testid="retry">
          Try again
        </button>
      )}
    </StateView>
  );
}

const NONE_SCREEN: Record<string, { icon: string; title: string }> = {
  'not-english': { icon: 'globe', title: 'Not an English posting' },
  'too-short': { icon: 'short', title: 'Text too short' },
  empty: { icon: 'empty', title: 'Nothing to analyze' },
  'not-data-role': { icon: 'compass', title: 'Not a data or ML role' },
  'thin-evidence': { icon: 'short', title: 'Not enough to judge' },
};

const READS_AS_TITLE: Record<OtherKind, string> = {
  analyst: 'Reads as analyst work',
  software: 'Reads as software engineering',
  devops: 'Reads as DevOps work',
  research: 'Reads as research outside ML',
};

/** A report whose verdict is `none`. */
export function NoVerdict({ report }: { report: Report }) {
  const reason = report.noneReason ?? 'not-data-role';
  const screen = NONE_SCREEN[reason]!;
  const title = reason === 'not-data-role' && report.readsAs ? READS_AS_TITLE[report.readsAs] : screen.title;
  return (
    <StateView id={reason} icon={screen.icon} title={title}>
      <p data-testid="none-sentence">{noneSentence(report)}</p>
      {reason === 'thin-evidence' && report.evidence.length > 0 && (
        <p class="hint">
          {report.evidence.length === 1 ? 'One line touches' : `${report.evidence.length} lines touch`} data work; a posting needs more than that for RoleLens
          to say which role it is.
        </p>
      )}
    </StateView>
  );
}

/** The screen for every state that has no report yet; nothing (`null`) for a report. */
export function StateScreen({ state, onRetry }: { state: ViewState; onRetry?: () => void }) {
  switch (state.kind) {
    case 'analyzing':
      return <Analyzing />;
    case 'restricted':
      return <Restricted />;
    case 'no-access':
      return <NoAccess />;
    case 'no-posting':
      return <NoPosting frame={state.frame} />;
    case 'error':
      return <ErrorScreen message={state.message} onRetry={onRetry} />;
    case 'report':
      return null;
  }
}
