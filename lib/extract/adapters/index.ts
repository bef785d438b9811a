import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartrecruiters } from './smartrecruiters';
import type { SiteAdapter } from './types';
import { workday } from './workday';

export type { SiteAdapter } from './types';

export const ADAPTERS: readonly SiteAdapter[] = [linkedin, indeed, greenhouse, lever, workday, ashby, smartrecruiters];

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
