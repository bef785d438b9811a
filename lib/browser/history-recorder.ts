/** Keep each posting analyzed from a page in the local history. */
import { historyItem, recordHistory } from '../storage/history';
import { updateState } from '../storage/store';
import type { Posting, Report } from '../types';
import { localArea } from './storage-area';

export async function recordAnalysis(posting: Posting, report: Report): Promise<void> {
  if (posting.source === 'paste' || posting.source === 'draft') return;
  if (report.noneReason === 'empty' || report.noneReason === 'too-short') return;
  const r = await updateState(localArea(), (s) => recordHistory(s, historyItem(posting, report)));
  if (!r.ok) console.warn(`RoleLens could not save the history: ${r.error}`);
}
