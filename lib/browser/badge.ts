/** The toolbar badge: the verdict of the posting in a tab, as text (never colour alone). */
import { browser } from 'wxt/browser';
import { percent } from '../report/summary';
import type { Report } from '../types';
import { ROLE_NAMES, ROLE_SHORT } from '../types';

const COLOUR = { mle: '#8a5a00', ds: '#005b8f', de: '#00684b', hybrid: '#444c56' } as const;

export async function showVerdictBadge(tabId: number, report: Report | undefined): Promise<void> {
  if (!report || report.verdict === 'none') {
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: 'RoleLens: which data role is this?' });
    return;
  }
  const v = report.verdict;
  const text = v === 'hybrid' ? report.hybridOf!.map((r) => ROLE_SHORT[r][0]).join('+') : ROLE_SHORT[v];
  const title =
    v === 'hybrid'
      ? `RoleLens: a hybrid of ${report.hybridOf!.map((r) => ROLE_NAMES[r]).join(' and ')}`
      : `RoleLens: reads as ${ROLE_NAMES[v]} (${percent(report.scores[v])})`;
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOUR[v] });
  await browser.action.setTitle({ tabId, title });
}
