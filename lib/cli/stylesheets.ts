/**
 * A saved page's own stylesheets. A page saved "complete" links its CSS from a folder beside
 * it; a page saved as one file (MHTML) carries each sheet as a part. Without layout, the
 * reader learns what is hidden (a closed dialog, a mobile copy of the description, an
 * application form) from the page's `<style>` rules only, so the CLI adds each linked sheet
 * it can find to the parsed copy as a `<style>` element — never to the file, and never
 * fetched: a sheet on the network is left out.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** The CSS text of a linked sheet by its `href` as written, or undefined when it is not at hand. */
export type SheetSource = (href: string) => string | undefined;

/** At most this many linked sheets, and this much CSS in all, are added: a hostile page may link thousands. */
export const MAX_SHEETS = 50;
export const MAX_SHEET_CHARS = 4 * 1024 * 1024;

/** Adds the page's linked stylesheets that `source` has as `<style>` elements; returns how many. */
export function inlineStylesheets(doc: Document, source: SheetSource): number {
  let added = 0;
  let chars = 0;
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    if (added >= MAX_SHEETS) break;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    // an alternate sheet is not applied until the reader picks it
    if (!rel.includes('stylesheet') || rel.includes('alternate') || link.hasAttribute('disabled')) continue;
    const css = source(link.getAttribute('href')!.trim());
    if (css === undefined || chars + css.length > MAX_SHEET_CHARS) continue;
    chars += css.length;
    const style = doc.createElement('style');
    const media = link.getAttribute('media')?.trim();
    // a sheet for some screens only is read as its rules inside @media are: not as the page at rest
    style.textContent = media && !/^(all|screen)$/i.test(media) ? `@media ${media} {\n${css}\n}` : css;
    link.after(style);
    added++;
  }
  return added;
}

/**
 * Sheets saved beside a page: a relative `href` read from the page's own folder or below it
 * (Chrome and Firefox save them in "<page>_files/"). A URL, or a path that leaves the folder,
 * is not read.
 */
export function sheetsBeside(pageFile: string): SheetSource {
  const dir = resolve(dirname(pageFile));
  return (href) => {
    if (!href || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(href)) return undefined;
    let path: string;
    try {
      path = resolve(dir, decodeURIComponent(href.split(/[?#]/)[0]!));
    } catch {
      return undefined; // a malformed escape
    }
    if (!path.startsWith(dir + sep)) return undefined;
    try {
      const stat = statSync(path);
      return stat.isFile() && stat.size <= MAX_SHEET_CHARS ? readFileSync(path, 'utf8') : undefined;
    } catch {
      return undefined;
    }
  };
}

/** Sheets carried by an MHTML page, by address: an `href` is resolved on the page's own. */
export function sheetsFromParts(parts: ReadonlyMap<string, string>, pageUrl?: string): SheetSource {
  return (href) => {
    try {
      return parts.get(new URL(href, pageUrl).href) ?? parts.get(href);
    } catch {
      return parts.get(href);
    }
  };
}
