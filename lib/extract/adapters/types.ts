/** A job board's page structure, kept as data so a broken selector is a one-line fix. */
export interface SiteAdapter {
  /** Short site name; the posting's source becomes `adapter:<name>`. */
  name: string;
  /** Hostnames the adapter serves (the host or any subdomain of it). */
  hosts: readonly string[];
  /** Selectors tried in order; the first that matches with text wins. */
  title: readonly string[];
  /** When no title selector matches: the tab title reads "Title | Company | …". */
  tabTitle?: boolean;
  company: readonly string[];
  location: readonly string[];
  /** The element(s) that hold the description: every match of every selector, outermost only, in page order. */
  description: readonly string[];
  /** Parts inside the description to leave out ("show more" buttons, similar jobs). */
  exclude?: readonly string[];
}

/**
 * Where an adapter's selectors come from, kept beside them in the adapter's file but
 * as its own export, so the content script bundle carries the selectors only.
 */
export interface AdapterNote {
  /** What the selectors were learned from. */
  note: string;
  /** When the selectors were last checked against the site's public markup. */
  checked: string;
}
