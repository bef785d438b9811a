/**
 * Opt-in automatic analysis on job boards. With the boards' optional host permissions
 * granted (from the settings page, at the user's request), the page reader is
 * registered to run on those boards by itself; the toolbar badge then shows the
 * verdict without a click. Revoking the permissions unregisters it.
 */
import { browser } from 'wxt/browser';
import { BOARD_ORIGINS } from '../extract/adapters/origins';

export const AUTO_SCRIPT_ID = 'rolelens-auto';

export async function autoAnalysisAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...BOARD_ORIGINS] });
  } catch {
    return false;
  }
}

/** Register or unregister the page reader on the boards, to match the granted permissions. */
export async function syncAutoAnalysis(): Promise<boolean> {
  const allowed = await autoAnalysisAllowed();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] }).catch(() => []);
  if (allowed && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      { id: AUTO_SCRIPT_ID, matches: [...BOARD_ORIGINS], js: ['reader.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } else if (!allowed && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  }
  return allowed;
}

export async function requestAutoAnalysis(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [...BOARD_ORIGINS] });
  await syncAutoAnalysis();
  return granted;
}

export async function revokeAutoAnalysis(): Promise<void> {
  await browser.permissions.remove({ origins: [...BOARD_ORIGINS] });
  await syncAutoAnalysis();
}
