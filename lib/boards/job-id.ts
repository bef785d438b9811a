/**
 * Which job on which board a URL points at, so a result card on a search page can be
 * matched with the posting the history holds for it: LinkedIn `/jobs/view/<id>` and
 * `?currentJobId=<id>`, Indeed `?jk=<id>` and `?vjk=<id>`.
 */
import { INDEED_HOSTS, LINKEDIN_HOSTS } from '../extract/adapters/hosts';

export type Board = 'linkedin' | 'indeed';

/** The hosts the two boards' adapters serve: one list, so chips and the page reader never disagree on a board. */
export const BOARD_HOSTS: Readonly<Record<Board, readonly string[]>> = { linkedin: LINKEDIN_HOSTS, indeed: INDEED_HOSTS };

/** The board a host belongs to. */
export function boardOf(host: string): Board | undefined {
  const h = host.toLowerCase();
  return (Object.keys(BOARD_HOSTS) as Board[]).find((b) => BOARD_HOSTS[b].some((d) => h === d || h.endsWith('.' + d)));
}

/** "linkedin:3900000001": one key per job, whichever page or pane showed it. */
export function boardJobKey(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url, base);
  } catch {
    return undefined;
  }
  const board = boardOf(u.hostname);
  if (board === 'linkedin') {
    const id = u.searchParams.get('currentJobId') ?? /\/jobs\/view\/(?:[^/?#]*-)?(\d{5,})(?:[/?#]|$)/.exec(u.pathname + '/')?.[1];
    return id && /^\d{5,}$/.test(id) ? `linkedin:${id}` : undefined;
  }
  if (board === 'indeed') {
    const id = u.searchParams.get('vjk') ?? u.searchParams.get('jk');
    return id && /^[0-9a-f]{8,}$/i.test(id) ? `indeed:${id.toLowerCase()}` : undefined;
  }
  return undefined;
}
