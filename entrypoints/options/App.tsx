import { useEffect, useState } from 'preact/hooks';
import { autoAnalysisAllowed, requestAutoAnalysis, revokeAutoAnalysis } from '@/lib/browser/auto-analysis';
import { localArea } from '@/lib/browser/storage-area';
import { SettingsView } from '@/lib/ui/SettingsView';

export function App() {
  const [allowed, setAllowed] = useState<boolean | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void autoAnalysisAllowed().then(setAllowed);
  }, []);
  const act = (f: () => Promise<unknown>) => {
    setError(undefined);
    void f()
      .catch((e: unknown) => setError(String((e as Error)?.message ?? e)))
      .then(() => autoAnalysisAllowed().then(setAllowed));
  };
  return (
    <SettingsView
      allowed={allowed}
      error={error}
      area={localArea()}
      onAllow={() =>
        act(async () => {
          // a refused prompt is said plainly, not met with silence
          if (!(await requestAutoAnalysis()))
            throw new Error('Your browser did not grant access to the job boards, so automatic analysis stays off. Nothing changed.');
        })
      }
      onRevoke={() =>
        act(async () => {
          if (!(await revokeAutoAnalysis()))
            throw new Error('Your browser kept the access to the job boards, so automatic analysis stays on. Nothing changed.');
        })
      }
    />
  );
}
