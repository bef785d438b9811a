/**
 * Opt-in automatic analysis on job boards. With the boards' optional host permissions
 * granted (from the settings page, at the user's request), the page reader is
 * registered to run on those boards by itself; the toolbar badge then shows the
 * verdict without a click. Revoking the permissions unregisters it.
 */
import { browser } from 'wxt/browser';
import { BOARD_HOSTS } from '../boards/job-id';
import { BOARD_ORIGINS } from '../extract/adapters/origins';

export const AUTO_SCRIPT_ID = 'rolelens-auto';
export const CHIPS_SCRIPT_ID = 'rolelens-chips';

/** The boards whose search results get verdict chips (LinkedIn's and Indeed's hosts among the granted origins). */
export const CHIP_ORIGINS: readonly string[] = (Object.values(BOARD_HOSTS) as string[][]).flat().map((h) => `https://*.${h}/*`);

export async function autoAnalysisAllowed(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [...BOARD_ORIGINS] });
  } catch {
    return false;
  }
}

/** Register or unregister the page reader on the boards (and the result chips on LinkedIn and Indeed), to match the granted permissions. */
export async function syncAutoAnalysis(): Promise<boolean> {
  const allowed = await autoAnalysisAllowed();
  const ids = [AUTO_SCRIPT_ID, CHIPS_SCRIPT_ID];
  const registered = new Set((await browser.scripting.getRegisteredContentScripts({ ids }).catch(() => [])).map((s) => s.id));
  if (allowed) {
    const missing = [
      { id: AUTO_SCRIPT_ID, matches: [...BOARD_ORIGINS], js: ['reader.js'], runAt: 'document_idle' as const, persistAcrossSessions: true },
      { id: CHIPS_SCRIPT_ID, matches: [...CHIP_ORIGINS], js: ['chips.js'], runAt: 'document_idle' as const, persistAcrossSessions: true },
    ].filter((s) => !registered.has(s.id));
    if (missing.length) await browser.scripting.registerContentScripts(missing);
  } else if (registered.size > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [...registered] });
  }
  return allowed;
}

export async function requestAutoAnalysis(): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [...BOARD_ORIGINS] });
  await syncAutoAnalysis();
  return granted;
}

/** Remove the boards' access (and so the scripts); false when the browser keeps it (e.g. access an administrator or the build requires). */
export async function revokeAutoAnalysis(): Promise<boolean> {
  const removed = await browser.permissions.remove({ origins: [...BOARD_ORIGINS] }).catch(() => false);
  await syncAutoAnalysis();
  return removed;
}
