import type { Evidence, Role } from '../types';
import { PostingHead } from './PostingHead';
import { ResponsibilityGroups } from './ResponsibilityGroups';
import { RoleBars } from './RoleBars';
import { NoVerdict, StateScreen } from './StateScreens';
import { VerdictCard } from './VerdictCard';
import type { ViewState } from './view-state';

export interface PostingPanelProps {
  state: ViewState;
  highlighted: Record<Role, boolean>;
  onToggle: (role: Role, on: boolean) => void;
  onReveal?: (e: Evidence) => void;
  onRetry?: () => void;
  /** Set when the posting came from the page (highlighting is possible). */
  onPage: boolean;
}

/** The side panel's posting view: verdict, bars and every responsibility by role. */
export function PostingPanel(props: PostingPanelProps) {
  const { state } = props;
  switch (state.kind) {
    default:
      return <StateScreen state={state} onRetry={props.onRetry} />;
    case 'report':
      return (
        <>
          <PostingHead posting={state.posting} />
          {state.report.verdict === 'none' ? (
            <NoVerdict report={state.report} />
          ) : (
            <>
              <VerdictCard report={state.report} level={2} />
              <RoleBars report={state.report} />
              {!props.onPage && <p class="hint">This text did not come from the page, so nothing is highlighted there.</p>}
              <ResponsibilityGroups
                report={state.report}
                highlighted={props.highlighted}
                onToggle={props.onToggle}
                onReveal={props.onPage ? props.onReveal : undefined}
              />
            </>
          )}
        </>
      );
  }
}
