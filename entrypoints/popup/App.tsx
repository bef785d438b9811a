import { useCallback, useEffect, useState } from 'preact/hooks';
import { recordAnalysis } from '@/lib/browser/history-recorder';
import { extractFromTab, targetTab } from '@/lib/browser/page-client';
import { openSidePanel } from '@/lib/browser/side-panel';
import { PopupView } from '@/lib/ui/PopupView';
import { stateFromExtract, type ViewState } from '@/lib/ui/view-state';

export function App() {
  const [state, setState] = useState<ViewState>({ kind: 'analyzing' });
  const [tabId, setTabId] = useState<number | undefined>();

  const run = useCallback(async () => {
    setState({ kind: 'analyzing' });
    const tab = await targetTab();
    setTabId(tab?.id);
    const next: ViewState = tab ? stateFromExtract(await extractFromTab(tab)) : { kind: 'restricted' };
    setState(next);
    if (next.kind === 'report') void recordAnalysis(next.posting, next.report);
  }, []);

  useEffect(() => {
    void run().catch((e: unknown) => setState({ kind: 'error', message: String(e) }));
  }, [run]);

  // time from the popup opening to the verdict on screen, read by bench/popup-speed.ts
  useEffect(() => {
    if (state.kind !== 'analyzing') performance.mark('rolelens:shown');
  }, [state]);

  return (
    <PopupView
      state={state}
      onRetry={() => void run()}
      onOpenPanel={() => {
        void openSidePanel(tabId).then(() => window.close());
      }}
    />
  );
}
