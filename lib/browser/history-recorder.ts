/** Keep each posting analysed from a page in the local history. */
import { historyItem, recordHistory } from '../storage/history';
import { loadState, saveState } from '../storage/store';
import type { Posting, Report } from '../types';
import { localArea } from './storage-area';

export async function recordAnalysis(posting: Posting, report: Report): Promise<void> {
  if (posting.source === 'paste' || posting.source === 'draft') return;
  if (report.noneReason === 'empty' || report.noneReason === 'too-short') return;
  const area = localArea();
  const loaded = await loadState(area);
  if (loaded.readOnly) return;
  const r = await saveState(area, recordHistory(loaded.state, historyItem(posting, report)));
  if (!r.ok) console.warn(`RoleLens could not save the history: ${r.error}`);
}
