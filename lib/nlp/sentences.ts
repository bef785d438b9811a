/**
 * Sentence splitting with character spans. Postings are mostly bullet lists, so
 * every line is a unit first (a line wrapped by hand is carried on); long lines are split after . ! ? when the next word
 * starts a sentence and the dot does not end a known abbreviation.
 */
export interface Span {
  start: number;
  end: number;
}

/** A line of the text; `bullet` when it began with a list marker (a list item is never a heading). */
export interface Line extends Span {
  bullet: boolean;
}

/** A list marker at the start of a line (an indent alone is none: "    Your role" may be a heading); Word's second-level "o" too. */
const BULLET = /^\s*(?:[\u2022\u2023\u25E6\u2043\u2219\u00B7*•◦▪▫■□●○►▸‣–—➤➢✓✔✅×§\uF0A7\uF0B7-]\s*)+|^\s*\(?\d{1,2}[.)]\s+|^\s*o\s+(?=\w)/;
/** Abbreviations whose dot does not end a sentence, matched against the whole word before the dot. */
const ABBREV =
  /^(?:e\.g|i\.e|etc|vs|approx|incl|esp|dept|mr|mrs|ms|dr|prof|assoc|asst|univ|ref|tel|jr|sr|inc|ltd|co|corp|no|nos|ph\.d|u\.s|u\.k|b\.s|m\.s|b\.a|m\.a|b\.sc|m\.sc|e\.v|min|max|avg|est|fig|govt|intl|yrs|mo|mos|sq|st|ave|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/**
 * Bullets run together on one line: "Build pipelines • Own the warehouse • …", and the joins some
 * scrapes leave between list items: "SQL,,Spark,,text mining", "imaging,- Experience in …" (a price
 * such as "4.000,- per month" is left whole: the item after ",-" starts with a capital), "…Python;,industrial
 * experience in …", "…and C#,experience with Azure" (a comma with no space before a word in lower case: written
 * text puts a space after its commas; "1,000" and "Hive,Scala" are left whole).
 */
const INLINE_BULLET = /\s[\u2022\u25E6\u25AA\u25CF\u2023\u2043\u25BA\u25B8]\s|,,+\s*|,-\s*(?=[A-Z])|;,\s*|(?<=[a-z)+#])[,;](?=[a-z]{2,}\s)/g;
/**
 * A list whose line breaks a scrape removed: "Requirements: - Bachelor's degree - Enthusiasm for … - Understanding of
 * statistical methods" — dash or star markers before a capital, read as bullets where a line holds two or more of them
 * (one is a dash in a sentence or a title: "Data Engineer - Remote").
 */
const DASH_BULLET = /\s[-–*]\s+(?=[A-Z])/g;
const DASH_BULLETS = new RegExp(`${INLINE_BULLET.source}|${DASH_BULLET.source}`, 'g');

/** The span without the white space at its ends; undefined when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

/** Lines of the text as spans, bullet markers left out; bullets run together on one line become lines of their own. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // a line wrapped by hand ("… to analyze traffic,\ntransit and crash data …"): a long line with no end
    // that the next line, starting in lower case, carries on
    for (let seg = pos; nl < text.length;) {
      const cur = text.slice(seg, nl).trimEnd();
      // (a Word list's second-level bullet, "o including …", is a line of its own)
      if (cur.trim().length < 40 || /[.!?:;]$/.test(cur) || !/^[ \t]*(?!o\s)[a-z]/.test(text.slice(nl + 1, nl + 41))) break;
      seg = nl + 1;
      nl = text.indexOf('\n', seg);
      if (nl < 0) nl = text.length;
    }
    let start = pos;
    const bullet = BULLET.exec(text.slice(pos, Math.min(nl, pos + 12)));
    if (bullet) start += bullet[0].length;
    // "• a • b • c" on one line: each part is a line (and a bullet) of its own
    const line = text.slice(start, nl);
    const split = (line.match(DASH_BULLET)?.length ?? 0) >= 2 ? DASH_BULLETS : INLINE_BULLET;
    split.lastIndex = 0;
    let from = start;
    let inline = false;
    for (let m = split.exec(line); m; m = split.exec(line)) {
      const span = trimSpan(text, from, start + m.index);
      if (span) out.push({ ...span, bullet: !!bullet || inline });
      from = start + m.index + m[0].length;
      inline = true;
    }
    const span = trimSpan(text, from, nl);
    if (span) out.push({ ...span, bullet: !!bullet || inline });
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
    if (m[0] === '.') {
      // the whole word before the dot: "approx." and "e.g." do not end a sentence
      const before = text.slice(Math.max(start, end - 16), end - 1);
      const word = /[A-Za-z.]+$/.exec(before)?.[0] ?? '';
      if (ABBREV.test(word) || /^[A-Z]$/.test(word)) continue;
    }
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

/**
 * Where an item begins on a line whose line breaks a scrape removed, its list marker gone: a duty's verb or a requirement's opening word in
 * capitals after another word ("… data engineering projects Support the development of …", "… SQL Strong knowledge of …"), or a
 * heading in capitals before its colon ("… on-site 2-3 times per week Responsibilities: Architect …").
 */
const ITEM_START =
  /(?<=[A-Za-z0-9)%’'”"])(?<!\b(?:of|and|or|the|an?|in|for|with|to|by|on|at|as|from|into|nearly|over|than|least|about|almost|around|approximately|including|your|our|their|its|is|are|be|have|has|strong|good|solid)) +(?=(?:(?:Develop|Build|Design|Create|Maintain|Manage|Support|Collaborate|Work|Partner|Lead|Own|Drive|Implement|Analy[sz]e|Ensure|Participate|Perform|Provide|Deliver|Define|Communicate|Monitor|Write|Conduct|Assist|Research|Translate|Evaluate|Optimi[sz]e|Automate|Deploy|Train|Stay|Help|Mine|Construct|Test|Prepare|Clean|Document|Review|Coordinate|Plan|Establish|Improve|Integrate|Migrate|Present|Mentor|Guide|Contribute|Architect|Investigate|Recommend|Extract|Validate|Tune|Track|Measure|Generate|Produce|Leverage|Utili[sz]e|Explore|Prototype|Troubleshoot|Resolve)s?|Identif(?:y|ies)|Appl(?:y|ies)|Working knowledge|(?:Technical|Prior|Previous|Professional|Relevant|Practical|Deep|Advanced|Extensive|In-depth|Thorough) (?:knowledge|experience|understanding|skills)|Self-(?:motivated|starter|directed)|Hands[- ]on|At least \d|Minimum (?:of )?\d|Exceptional|Experience|Strong|Proficiency|Proficient|Knowledge|Familiarity|Ability|Excellent|Solid|Proven|Demonstrated|Understanding|Bachelor['’]?s|Master['’]?s|Degree|BS|MS|PhD|\d+\+? years)\b|(?:[A-Z][\w/&'’-]*\s){0,3}[A-Z][\w/&'’-]*:(?:\s|$))/g;

/** A span of a line whose line breaks a scrape removed, cut where its items begin. */
export function itemsOf(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  ITEM_START.lastIndex = 0;
  const segment = text.slice(s.start, s.end);
  for (let m = ITEM_START.exec(segment); m; m = ITEM_START.exec(segment)) {
    const span = trimSpan(text, from, s.start + m.index);
    if (span) out.push(span);
    from = s.start + m.index;
  }
  const rest = trimSpan(text, from, s.end);
  if (rest) out.push(rest);
  return out;
}

export function sentences(text: string): Span[] {
  return lines(text).flatMap((l) => splitLine(text, l));
}
