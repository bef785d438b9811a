import { ashby, ashbyNote } from './ashby';
import { greenhouse, greenhouseNote } from './greenhouse';
import { indeed, indeedNote } from './indeed';
import { lever, leverNote } from './lever';
import { linkedin, linkedinNote } from './linkedin';
import { smartrecruiters, smartrecruitersNote } from './smartrecruiters';
import type { AdapterNote, SiteAdapter } from './types';
import { workday, workdayNote } from './workday';

export type { AdapterNote, SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, smartrecruiters];

/** Each adapter's note and last-checked date, by adapter name. */
export const ADAPTER_NOTES: Readonly<Record<string, AdapterNote>> = {
  linkedin: linkedinNote,
  indeed: indeedNote,
  greenhouse: greenhouseNote,
  lever: leverNote,
  workday: workdayNote,
  ashby: ashbyNote,
  smartrecruiters: smartrecruitersNote,
};

/** The adapter for a URL's host, if any. */
export function adapterFor(url: string | undefined): SiteAdapter | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return ADAPTERS.find((a) => a.hosts.some((h) => host === h || host.endsWith('.' + h)));
}
