/**
 * Sentence splitting with character spans. Postings are mostly bullet lists, so
 * every line is a unit first; long lines are split after . ! ? when the next word
 * starts a sentence and the dot does not end a known abbreviation.
 */
export interface Span {
  start: number;
  end: number;
}

const BULLET = /^[\s\u2022\u2023\u25E6\u2043\u2219\u00B7*•◦▪▫■□●○►▸‣–—-]+|^\s*\(?\d{1,2}[.)]\s+/;
const ABBREV = /\b(e\.g|i\.e|etc|vs|approx|incl|esp|dept|mr|mrs|ms|dr|jr|sr|inc|ltd|co|corp|no|ph\.d|u\.s|u\.k|b\.s|m\.s|b\.a|m\.a)\.$/i;

function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Lines of the text as spans, bullet markers left out. */
export function lines(text: string): Span[] {
  const out: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    const bullet = BULLET.exec(text.slice(pos, Math.min(nl, pos + 12)));
    if (bullet) start += bullet[0].length;
    const span = trimSpan(text, start, nl);
    if (span) out.push(span);
    pos = nl + 1;
  }
  return out;
}

/** Sentences inside one line span. */
export function splitLine(text: string, line: Span, maxLen = 600): Span[] {
  const out: Span[] = [];
  let start = line.start;
  const re = /[.!?;](?=\s+["“(]?[A-Z0-9])/g;
  const segment = text.slice(line.start, line.end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(segment)) !== null) {
    const end = line.start + m.index + 1;
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(start, end - 6), end))) continue;
    const s = trimSpan(text, start, end);
    if (s) out.push(s);
    start = end;
  }
  const rest = trimSpan(text, start, line.end);
  if (rest) out.push(rest);
  // a run-on line without punctuation still gets bounded sentences
  return out.flatMap((s) => {
    if (s.end - s.start <= maxLen) return [s];
    const parts: Span[] = [];
    for (let a = s.start; a < s.end; a += maxLen) {
      const p = trimSpan(text, a, Math.min(s.end, a + maxLen));
      if (p) parts.push(p);
    }
    return parts;
  });
}

export function sentences(text: string): Span[] {
  return lines(text).flatMap((l) => splitLine(text, l));
}
