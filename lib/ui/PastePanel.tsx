import { postingFromText } from '../extract';
import type { Posting } from '../types';

export interface PasteProps {
  /** The pasted text, kept by the panel so it survives switching tabs. */
  text: string;
  onText: (text: string) => void;
  onAnalyze: (p: Posting) => void;
}

/** Paste a posting that RoleLens cannot read from the page; its analysis shows below, here. */
export function PastePanel({ text, onText, onAnalyze }: PasteProps) {
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
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
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
