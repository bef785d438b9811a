/** History of analyzed postings: record, search, export, clear. Pure functions on the stored state. */
import type { Posting, Report } from '../types';
import { OTHER_NAMES, ROLE_NAMES, ROLES } from '../types';
import { coreEntries } from '../draft/coverage';
import { HISTORY_CAP, HISTORY_LINE_CHARS, HISTORY_LINES, type HistoryItem, type HistoryLine, type State } from './schema';

const CORE_IDS = ROLES.flatMap((r) => coreEntries(r).map((e) => e.id));

/** The core responsibilities a report's evidence covers, in lexicon order. */
export function coveredCore(report: Report): string[] {
  const hit = new Set(report.evidence.flatMap((e) => e.hits.map((h) => h.entryId)));
  return CORE_IDS.filter((id) => hit.has(id));
}

/** The strongest evidence lines, one per entry, cut to a storable length (outside legal boilerplate). */
export function keyLines(report: Report, max = HISTORY_LINES): HistoryLine[] {
  const out: HistoryLine[] = [];
  const seen = new Set<string>();
  for (const e of [...report.evidence].sort((a, b) => b.strength - a.strength)) {
    if (out.length >= max) break;
    if (e.section === 'legal') continue;
    const entry = e.hits.find((h) => h.role === e.role)?.entryId ?? e.hits[0]?.entryId;
    if (!entry || seen.has(entry)) continue;
    seen.add(entry);
    const text = e.text.replace(/\s+/g, ' ').trim();
    out.push({ role: e.role, entry, text: text.length > HISTORY_LINE_CHARS ? `${text.slice(0, HISTORY_LINE_CHARS - 1)}…` : text });
  }
  return out;
}

export function historyItem(posting: Posting, report: Report, at = Date.now()): HistoryItem {
  const item: HistoryItem = { source: posting.source, verdict: report.verdict, scores: report.scores, at };
  if (report.verdict !== 'none' || report.noneReason === 'not-data-role') {
    item.covers = coveredCore(report);
    item.lines = keyLines(report);
  }
  if (posting.url) item.url = posting.url;
  if (posting.title) item.title = posting.title;
  if (posting.company) item.company = posting.company;
  if (report.hybridOf) item.hybridOf = report.hybridOf;
  if (report.readsAs) item.readsAs = report.readsAs;
  return item;
}

/** One entry per posting: the same URL is the same posting (a page whose heading keeps changing adds one entry, not one a change). */
const sameItem = (a: HistoryItem, b: HistoryItem) => (a.url || b.url ? a.url === b.url : a.title === b.title && a.company === b.company);

/** Add (or refresh) a posting, newest first; the oldest go when over the cap. */
export function recordHistory(state: State, item: HistoryItem, cap = HISTORY_CAP): State {
  const rest = state.history.filter((h) => !sameItem(h, item));
  return { ...state, history: [item, ...rest].slice(0, cap) };
}

/** Role names a search keeps whole: "data engineer" must be found as those words together, in one field. */
const ROLE_PHRASES = ['machine learning engineer', 'ml engineer', 'data scientist', 'data engineer'];

export function searchHistory(history: readonly HistoryItem[], query: string): HistoryItem[] {
  let rest = ` ${query.toLowerCase().replace(/\s+/g, ' ').trim()} `;
  const phrases: string[] = [];
  for (const p of ROLE_PHRASES) {
    while (rest.includes(` ${p} `)) {
      phrases.push(p);
      rest = rest.replace(` ${p} `, ' ');
    }
  }
  const words = rest.split(' ').filter(Boolean);
  if (!words.length && !phrases.length) return [...history];
  return history.filter((h) => {
    // the reads-as role too: "data engineer" finds a Data Scientist posting that reads as DE
    const readsAs =
      h.verdict === 'hybrid'
        ? (h.hybridOf ?? []).map((r) => ROLE_NAMES[r]).join(' / ')
        : h.verdict === 'none'
          ? h.readsAs
            ? OTHER_NAMES[h.readsAs]
            : ''
          : ROLE_NAMES[h.verdict];
    const fields = [h.title ?? '', h.company ?? '', h.url ?? '', `${h.verdict} ${readsAs}`].map((f) => f.toLowerCase().replace(/\s+/g, ' '));
    const hay = fields.join(' | ');
    return phrases.every((p) => fields.some((f) => f.includes(p))) && words.every((w) => hay.includes(w));
  });
}

export function clearHistory(state: State): State {
  return { ...state, history: [] };
}

export function historyJson(history: readonly HistoryItem[]): string {
  return JSON.stringify(
    history.map((h) => ({ ...h, date: new Date(h.at).toISOString() })),
    null,
    2,
  );
}

/** CSV with a header; cells quoted, and cells that start like a formula neutralised (CSV injection). */
export function historyCsv(history: readonly HistoryItem[]): string {
  const cell = (v: unknown): string => {
    let s = v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return `"${s.replace(/"/g, '""')}"`;
  };
  const rows = [['date', 'title', 'company', 'url', 'verdict', 'mle', 'ds', 'de', 'source'].join(',')];
  for (const h of history) {
    rows.push(
      [
        new Date(h.at).toISOString(),
        h.title,
        h.company,
        h.url,
        h.verdict === 'hybrid' ? `hybrid:${h.hybridOf?.join('+')}` : h.verdict === 'none' && h.readsAs ? `none:${h.readsAs}` : h.verdict,
        h.scores.mle,
        h.scores.ds,
        h.scores.de,
        h.source,
      ]
        .map(cell)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
