/**
 * A line of posting text with the words that matched marked. The text is rendered as
 * text nodes and <mark> elements only — page text is never parsed as HTML.
 */
export interface MarkSpan {
  /** Offsets in `text`. */
  start: number;
  end: number;
}

/** Spans sorted and merged where they overlap or touch, clipped to the text. */
export function mergeSpans(spans: readonly MarkSpan[], length: number): MarkSpan[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: MarkSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function MarkedText({ text, spans }: { text: string; spans: readonly MarkSpan[] }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  for (const s of mergeSpans(spans, text.length)) {
    if (s.start > at) parts.push(text.slice(at, s.start));
    parts.push(
      <mark key={s.start} class="matched">
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
