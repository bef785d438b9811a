/** Keep each posting analyzed from a page in the local history. */
import { browser } from 'wxt/browser';
import { message } from '../messages';
import { historyItem, recordHistory } from '../storage/history';
import { updateState } from '../storage/store';
import type { Posting, Report } from '../types';
import { localArea } from './storage-area';

/** Whether a posting belongs in the history at all (pages only; not pasted text, drafts, or text too short to judge). */
function keeps(posting: Posting, report: Report): boolean {
  if (posting.source === 'paste' || posting.source === 'draft') return false;
  return report.noneReason !== 'empty' && report.noneReason !== 'too-short';
}

/** Write a posting into the history, here (the service worker, or a fallback). */
export async function saveToHistory(posting: Posting, report: Report): Promise<boolean> {
  if (!keeps(posting, report)) return false;
  const r = await updateState(localArea(), (s) => recordHistory(s, historyItem(posting, report)));
  if (!r.ok) console.warn(`RoleLens could not save the history: ${r.error}`);
  return r.ok;
}

/**
 * From the popup or side panel: ask the service worker to keep the posting, so a popup closed
 * the moment its verdict shows still leaves the posting in history; written here if it can't.
 */
export async function recordAnalysis(posting: Posting, report: Report): Promise<void> {
  if (!keeps(posting, report)) return;
  const reply = (await browser.runtime.sendMessage(message('record-posting', { posting })).catch(() => undefined)) as { saved?: boolean } | undefined;
  if (!reply?.saved) await saveToHistory(posting, report);
}
