/**
 * A posting in the data a page ships for its own scripts — `window.__appData = {…}`,
 * `<script id="__NEXT_DATA__" type="application/json">`, `window.__INITIAL_STATE__ = {…}` —
 * which is all a client-rendered career page (Ashby) holds until its scripts run: a saved
 * copy, a page whose scripts are blocked, a spinner that never ends. Read only when the page
 * shows no posting. The data is parsed as JSON, never run; HTML inside it is read by
 * `htmlToText` in an inert document. Bounded: scripts over MAX_SCRIPT characters and objects
 * past MAX_NODES are not read.
 */
import { oneLine } from './clean';
import { htmlToText } from './html-text';

export const MAX_SCRIPT = 3_000_000;
const MAX_NODES = 200_000;
/** A description shorter than this is a teaser, not the posting. */
const MIN_DESCRIPTION = 400;

const DESCRIPTION_KEY = /^(?:description(?:html|plain|plaintext|text)?|jobdescription(?:html)?|job_description|content|body(?:html)?)$/i;
const TITLE_KEY = /^(?:title|jobtitle|job_title|postingtitle|name)$/i;
const COMPANY_KEY = /^(?:organizationname|companyname|company_name|hiringorganization|organization|company|employer)$/i;

export interface PageDataPosting {
  title?: string;
  company?: string;
  /** The description as plain text. */
  text: string;
}

/** The JSON values the page's scripts carry (assignments to a name, or JSON script elements). */
export function pageData(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type === 'application/ld+json') continue; // read by json-ld.ts
    const code = script.textContent ?? '';
    if (code.length < MIN_DESCRIPTION || code.length > MAX_SCRIPT) continue;
    if (type === 'application/json') {
      const v = parse(code);
      if (v !== undefined) out.push(v);
      continue;
    }
    if (type && !/javascript|ecmascript|module/.test(type)) continue;
    // `window.__appData = {…}`, `self.__STATE__={…};`: the object literal after an assignment, when it is JSON;
    // the scan goes on after the object's end, so each character is scanned once (minified code nests assignments)
    const assignment = /[\w$\]'"]\s*=\s*(?=[{[])/g;
    for (let m = assignment.exec(code); m; m = assignment.exec(code)) {
      const start = m.index + m[0].length;
      const end = closing(code, start);
      if (end < 0) break;
      assignment.lastIndex = end + 1;
      if (end - start < MIN_DESCRIPTION) continue;
      const v = parse(code.slice(start, end + 1));
      if (v !== undefined) out.push(v);
    }
  }
  return out;
}

/**
 * The postings in a page's data: objects with a long description and a title. A page whose
 * data holds several (a list of jobs) shows no one posting: none is returned then.
 */
export function pageDataPostings(doc: Document): PageDataPosting[] {
  const found = new Map<string, PageDataPosting>();
  for (const root of pageData(doc)) {
    for (const obj of objects(root)) {
      let description: string | undefined;
      let title: string | undefined;
      let company: string | undefined;
      for (const [key, value] of Object.entries(obj)) {
        if (typeof value === 'string') {
          if (DESCRIPTION_KEY.test(key) && value.length >= MIN_DESCRIPTION && (!description || value.length > description.length)) description = value;
          else if (TITLE_KEY.test(key) && value.length <= 200 && !title) title = value;
          else if (COMPANY_KEY.test(key) && value.length <= 100) company = value;
        } else if (COMPANY_KEY.test(key) && value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
          company = (value as { name: string }).name;
        }
      }
      if (!description || !title) continue;
      const text = htmlToText(doc, description);
      // the same posting may sit in the data twice (a cache and the page's props)
      const key = text.slice(0, 200);
      if (!found.has(key)) found.set(key, { title: oneLine(title), company: oneLine(company), text });
    }
  }
  return found.size === 1 ? [...found.values()] : [];
}

/** Every object in a JSON value, iteratively (data may nest deeply), up to MAX_NODES values. */
function* objects(root: unknown): Generator<Record<string, unknown>> {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const obj = v as Record<string, unknown>;
    yield obj;
    for (const child of Object.values(obj)) if (child && typeof child === 'object') stack.push(child);
  }
}

/** The index of the bracket that closes the one at `start`, skipping strings; -1 when it never closes. */
function closing(code: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
