/**
 * A posting in the data a page ships for its own scripts — `window.__appData = {…}`,
 * `<script id="__NEXT_DATA__" type="application/json">`, `window.__INITIAL_STATE__ = {…}`,
 * `new US.Opportunity.CandidateOpportunityDetail({…})` —
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
/** Where a description split into parts sits: `details: [{name, value}, …]`, `sections: {…}`. */
const SECTIONS_KEY = /^(?:sections|details|descriptions|jobad|job_ad)$/i;
const PART_HEADING_KEY = /^(?:name|title|heading|label)$/i;
const PART_TEXT_KEY = /^(?:value|text|content|body|html|description(?:html)?)$/i;
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
    // `window.__appData = {…}`, `self.__STATE__={…};`, `new Opportunity.Detail({…})` (UKG): the object literal after an
    // assignment or as a call's argument, when it is JSON; the scan goes on after the object's end, so each character is
    // scanned once (minified code nests assignments)
    const assignment = /(?:[\w$\]'"]\s*=|\()\s*(?=[{[])/g;
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
  // the same in an element's data attribute, as a server renders it for its scripts: JSON (Inertia's `data-page="{&quot;props&quot;…"`,
  // `data-react-props`), or the description's HTML itself (`data-description="&lt;p&gt;…"`), titled by the page's h1
  // (the first 5,000 elements, walked: a hostile page may hold millions, and a descendant selector checks each one's ancestors)
  const stack: Element[] = doc.body ? [doc.body] : [];
  for (let n = 0; stack.length && n < 5000; n++) {
    const el = stack.pop()!;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    for (const a of Array.from(el.attributes)) {
      if (!a.name.startsWith('data-') || a.value.length < MIN_DESCRIPTION || a.value.length > MAX_SCRIPT) continue;
      const v = /^\s*[{[]/.test(a.value)
        ? parse(a.value)
        : /description|content|html|body/i.test(a.name) && a.value.includes('<')
          ? { description: a.value, title: doc.querySelector('h1')?.textContent }
          : undefined;
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
  const found: PageDataPosting[] = [];
  for (const root of pageData(doc)) {
    // (Nuxt's payload, `<script id="__NUXT_DATA__">[…, {"title": 7, "description": 8}, …, "Data Engineer", "<p>…"]`, flattens its
    // values into one array: a number in an object of it is the index of its value)
    const ref = (v: unknown): unknown => (Array.isArray(root) && typeof v === 'number' && typeof root[v] === 'string' ? root[v] : v);
    for (const obj of objects(root)) {
      let text = '';
      let title: string | undefined;
      let company: string | undefined;
      for (const [key, raw] of Object.entries(obj)) {
        const value = ref(raw);
        if (typeof value === 'string') {
          if (DESCRIPTION_KEY.test(key) && value.length >= MIN_DESCRIPTION && value.length > text.length) text = htmlToText(doc, value);
          else if (TITLE_KEY.test(key) && value.length <= 200 && !title) title = value;
          else if (COMPANY_KEY.test(key) && value.length <= 100) company = value;
        } else if (value && typeof value === 'object') {
          if (COMPANY_KEY.test(key) && typeof (value as { name?: unknown }).name === 'string') company = (value as { name: string }).name;
          else if (DESCRIPTION_KEY.test(key) || SECTIONS_KEY.test(key)) {
            const parts = [...new Set(partsOf(doc, value, 0))].join('\n\n');
            if (parts.length >= MIN_DESCRIPTION * 0.75 && parts.length > text.length) text = parts;
          }
        }
      }
      if (!text || !title) continue;
      found.push({ title: oneLine(title), company: oneLine(company), text });
    }
  }
  // the same posting may sit in the data twice (a cache and the page's props), and a part of it may look like
  // one of its own ({title: "Requirements", content: "…"}): one posting when the longest holds every other text
  // (the first of equals); a page of several stops at the first that it does not hold, in one pass
  const longest = found.reduce<PageDataPosting | undefined>((a, p) => (!a || p.text.length > a.text.length ? p : a), undefined);
  return longest && found.every((p) => longest.text.includes(p.text)) ? [longest] : [];
}

/**
 * A description the data splits into parts, as text: `{company: "<p>…", role: "<p>…"}`,
 * `[{name: "Requirements", value: "<ul>…"}]`, `{jobDescription: {title: "…", text: "…"}}`.
 * A heading keeps a line of its own; ids, dates and other short values are not parts.
 */
function partsOf(doc: Document, value: unknown, depth: number): string[] {
  if (typeof value === 'string') return value.length >= 40 || value.includes('<') ? [htmlToText(doc, value)] : [];
  if (!value || typeof value !== 'object' || depth > 3) return [];
  if (Array.isArray(value)) return value.flatMap((v) => partsOf(doc, v, depth + 1));
  const entries = Object.entries(value);
  const body = entries.find(([k, v]) => PART_TEXT_KEY.test(k) && typeof v === 'string')?.[1] as string | undefined;
  if (body === undefined) return entries.flatMap(([, v]) => partsOf(doc, v, depth + 1));
  const heading = entries.find(([k, v]) => PART_HEADING_KEY.test(k) && typeof v === 'string' && v.length <= 100)?.[1] as string | undefined;
  const text = htmlToText(doc, body);
  return text ? [heading ? `${oneLine(heading)}\n${text}` : text] : [];
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
