/** History of analyzed postings: record, search, export, clear. Pure functions on the stored state. */
import type { Posting, Report } from '../types';
import { OTHER_NAMES, ROLE_NAMES } from '../types';
import { HISTORY_CAP, type HistoryItem, type State } from './schema';

export function historyItem(posting: Posting, report: Report, at = Date.now()): HistoryItem {
  const item: HistoryItem = { source: posting.source, verdict: report.verdict, scores: report.scores, at };
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

export function searchHistory(history: readonly HistoryItem[], query: string): HistoryItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...history];
  return history.filter((h) => {
    // the reads-as role too: "data engineer" finds a Data Scientist posting that reads as DE
    const readsAs =
      h.verdict === 'hybrid'
        ? (h.hybridOf ?? []).map((r) => ROLE_NAMES[r]).join(' ')
        : h.verdict === 'none'
          ? h.readsAs
            ? OTHER_NAMES[h.readsAs]
            : ''
          : ROLE_NAMES[h.verdict];
    const hay = `${h.title ?? ''} ${h.company ?? ''} ${h.url ?? ''} ${h.verdict} ${readsAs}`.toLowerCase();
    return words.every((w) => hay.includes(w));
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
