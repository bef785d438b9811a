import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../analyze';
import { postingFromText } from '../extract';
import type { Posting, Report } from '../types';
import { RoleBars } from './RoleBars';
import { VerdictCard } from './VerdictCard';

export function DraftView({ seed }: { seed?: Posting }) {
  const [text, setText] = useState(seed?.text ?? '');
  const [report, setReport] = useState<Report | undefined>();
  useEffect(() => {
    const t = setTimeout(() => setReport(text.trim() ? analyze(postingFromText(text, 'draft')) : undefined), 150);
    return () => clearTimeout(t);
  }, [text]);
  return (
    <div>
      <label class="field">
        <span>Draft posting</span>
        <textarea value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} data-testid="draft-text" />
      </label>
      {report && report.verdict !== 'none' && (
        <>
          <VerdictCard report={report} level={2} />
          <RoleBars report={report} />
        </>
      )}
    </div>
  );
}
