/**
 * Verdict chips on a board's search results: each result card whose posting is in the
 * history gets a small chip ("Reads as DE") appended to it, and nothing else on the page
 * changes. The chip lives in its own shadow root (the board's styles cannot reach it and
 * its text is set as text, never markup); `removeChips` takes every chip away.
 */
import type { HistoryItem } from '../storage/schema';
import { shortVerdict } from '../report/short-verdict';
import { ROLES } from '../types';
import { boardJobKey, type Board } from './job-id';

export const CHIP_ATTR = 'data-rolelens-chip';

const VERDICTS = new Set<string>([...ROLES, 'hybrid', 'none']);

/** History items by board job key, newest first wins; malformed items are skipped. */
export function historyByJob(history: unknown): Map<string, HistoryItem> {
  const out = new Map<string, HistoryItem>();
  if (!Array.isArray(history)) return out;
  for (const h of history as unknown[]) {
    if (!h || typeof h !== 'object') continue;
    const item = h as Partial<HistoryItem>;
    if (typeof item.url !== 'string' || typeof item.verdict !== 'string' || !VERDICTS.has(item.verdict)) continue;
    const key = boardJobKey(item.url);
    if (key && !out.has(key)) out.set(key, item as HistoryItem);
  }
  return out;
}

/** Result cards and the job each stands for. A card is the list item (or card box) around a link to a job. */
export function resultCards(doc: Document, board: Board): Map<Element, string> {
  const cards = new Map<Element, string>();
  const add = (card: Element | null, key: string | undefined) => {
    if (card && key && !cards.has(card) && !card.closest(`[${CHIP_ATTR}]`)) cards.set(card, key);
  };
  const base = doc.location?.href ?? 'https://www.' + (board === 'linkedin' ? 'linkedin.com' : 'indeed.com') + '/';
  if (board === 'linkedin') {
    for (const el of doc.querySelectorAll('[data-occludable-job-id], [data-job-id]')) {
      const id = el.getAttribute('data-occludable-job-id') || el.getAttribute('data-job-id');
      if (id && /^\d{5,}$/.test(id) && !el.parentElement?.closest('[data-occludable-job-id], [data-job-id]')) add(el, `linkedin:${id}`);
    }
    // the public (guest) results: cards named by their posting's URN
    for (const el of doc.querySelectorAll('[data-entity-urn*="jobPosting:"]')) {
      const id = /jobPosting:(\d{5,})/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1];
      if (id) add(el, `linkedin:${id}`);
    }
    // any other card: the list item around a link to a job (not the open posting's own links)
    for (const a of doc.querySelectorAll('a[href*="/jobs/view/"], a[href*="currentJobId="]')) {
      if (
        a.closest(
          '[data-occludable-job-id], [data-job-id], [data-entity-urn], .jobs-search__job-details--container, .scaffold-layout__detail, [componentkey^="JobDetails_"]',
        )
      )
        continue;
      add(a.closest('li') ?? a.parentElement, boardJobKey(a.getAttribute('href') ?? undefined, base));
    }
  } else {
    for (const el of doc.querySelectorAll('[data-jk]')) {
      const id = el.getAttribute('data-jk');
      if (id && /^[0-9a-f]{8,}$/i.test(id)) add(el.closest('li, .job_seen_beacon, .cardOutline') ?? el, `indeed:${id.toLowerCase()}`);
    }
  }
  return cards;
}

const CHIP_CSS = `
:host{all:initial;display:inline-block;margin:4px 0 0 0;vertical-align:middle}
.chip{display:inline-flex;align-items:center;gap:4px;font:600 12px/1.4 system-ui,sans-serif;border:2px solid;border-radius:999px;padding:1px 4px 1px 8px;background:#fff;color:#1b1b1b}
.chip[data-tone=mle]{border-color:#0063b1}
.chip[data-tone=ds]{border-color:#b35900;border-style:dashed}
.chip[data-tone=de]{border-color:#2e7d32;border-style:double;border-width:3px}
.chip[data-tone=hybrid]{border-color:#6a3d9a;border-style:dotted}
.chip[data-tone=none]{border-color:#666}
.mark{font-weight:400;opacity:.8}
button{all:unset;cursor:pointer;border-radius:999px;padding:0 5px;font:700 12px/1.4 system-ui,sans-serif;color:#333}
button:hover{background:#eee}
button:focus-visible{outline:2px solid #0063b1;outline-offset:1px}
@media (prefers-color-scheme:dark){.chip{background:#1e1e1e;color:#f2f2f2}button{color:#ddd}button:hover{background:#333}}
`;

function chipFor(doc: Document, item: HistoryItem, onHide: () => void): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(CHIP_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CHIP_CSS;
  const chip = doc.createElement('span');
  chip.className = 'chip';
  const words = shortVerdict(item);
  chip.dataset.tone = words.tone;
  chip.setAttribute('role', 'note');
  chip.setAttribute('aria-label', words.label);
  chip.title = words.label;
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = 'RoleLens';
  const text = doc.createElement('span');
  text.className = 'text';
  text.textContent = words.text;
  const hide = doc.createElement('button');
  hide.type = 'button';
  hide.textContent = '×';
  hide.setAttribute('aria-label', 'Hide RoleLens chips on this page');
  hide.title = 'Hide RoleLens chips on this page';
  hide.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation(); // the card's own click would open the job
    onHide();
  });
  chip.append(mark, text, hide);
  root.append(style, chip);
  host.dataset.text = words.text;
  return host;
}

/**
 * Give each card whose job is in `byKey` its chip (kept when unchanged, replaced when the
 * verdict changed) and take chips off cards that no longer have one. Returns the number shown.
 */
export function paintChips(doc: Document, board: Board, byKey: ReadonlyMap<string, HistoryItem>, onHide: () => void): number {
  let shown = 0;
  for (const [card, key] of resultCards(doc, board)) {
    const existing = [...card.children].find((c) => c.hasAttribute(CHIP_ATTR)) as HTMLElement | undefined;
    const item = byKey.get(key);
    if (!item) {
      existing?.remove();
      continue;
    }
    shown++;
    const text = shortVerdict(item).text;
    if (existing?.dataset.text === text) continue;
    existing?.remove();
    card.append(chipFor(doc, item, onHide));
  }
  return shown;
}

/** Take every chip off the page. */
export function removeChips(doc: Document): void {
  for (const el of doc.querySelectorAll(`[${CHIP_ATTR}]`)) el.remove();
}
