import { useState } from 'preact/hooks';
import { postingFromText } from '../extract';
import type { Posting } from '../types';

/** Paste a posting that RoleLens cannot read from the page. */
export function PastePanel({ onAnalyze }: { onAnalyze: (p: Posting) => void }) {
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onAnalyze(postingFromText(text, 'paste'));
      }}
    >
      <label class="field">
        <span>Paste a job posting</span>
        <textarea
          value={text}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          data-testid="paste-text"
          placeholder="Paste the posting's text here. Its first line is read as the title."
        />
      </label>
      <p class="hint">Stays on this device. Nothing is sent anywhere.</p>
      <button class="btn primary" type="submit" disabled={!text.trim()} data-testid="paste-analyze">
        Analyze
      </button>
    </form>
  );
}
