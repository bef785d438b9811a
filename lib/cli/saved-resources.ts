/**
 * A saved page's own resources: its stylesheets and the pages of its frames. A page saved
 * "complete" keeps them in a folder beside it; a page saved as one file (MHTML) carries each
 * as a part. They are read from there only — never fetched, and never from outside the page's
 * folder.
 * - Stylesheets: without layout, the reader learns what is hidden (a closed dialog, a quick
 *   view of another job) from the page's `<style>` rules, so each linked sheet at hand is added
 *   to the parsed copy as a `<style>` element (never to the file).
 * - Frames: many career sites show the posting in a frame from their applicant-tracking system
 *   (an embedded job board); where the page itself shows none, its frames are read, as the
 *   extension reads a frame's document in a tab.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/**
 * The text of a resource by its reference as a page writes it (a stylesheet's `href`, a
 * frame's `src`), with the path or address it was found at; undefined when it is not at hand.
 * `from` is where the referring page was found (a frame's own `at`), else the top page.
 */
export type ResourceSource = (ref: string, from?: string) => { text: string; at: string } | undefined;

/** At most this many linked sheets, and this much CSS in all, are added: a hostile page may link thousands. */
export const MAX_SHEETS = 50;
export const MAX_SHEET_CHARS = 4 * 1024 * 1024;
/** At most this many frames of a page are read in all, each at most this long. */
export const MAX_FRAMES = 10;
export const MAX_FRAME_CHARS = 8 * 1024 * 1024;

/** Adds the page's linked stylesheets that `source` has as `<style>` elements; returns how many. */
export function inlineStylesheets(doc: Document, source: ResourceSource, from?: string): number {
  let added = 0;
  let chars = 0;
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    if (added >= MAX_SHEETS) break;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    // an alternate sheet is not applied until the reader picks it
    if (!rel.includes('stylesheet') || rel.includes('alternate') || link.hasAttribute('disabled')) continue;
    const css = source(link.getAttribute('href')!.trim(), from)?.text;
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

/** The pages of the document's frames that `source` has, in page order (at most `max`). */
export function framePages(doc: Document, source: ResourceSource, from?: string, max = MAX_FRAMES): { html: string; at: string }[] {
  const out: { html: string; at: string }[] = [];
  for (const frame of doc.querySelectorAll('iframe[src], frame[src]')) {
    if (out.length >= max) break;
    const page = source(frame.getAttribute('src')!.trim(), from);
    if (page && page.text.length <= MAX_FRAME_CHARS) out.push({ html: page.text, at: page.at });
  }
  return out;
}

/**
 * Resources saved beside a page: a relative reference read from the page's own folder or below
 * it (Chrome and Firefox save them in "<page>_files/"), resolved on the referring page's file.
 * A URL, or a path that leaves the top page's folder, is not read.
 */
export function resourcesBeside(pageFile: string): ResourceSource {
  const top = dirname(resolve(pageFile));
  return (ref, from) => {
    if (!ref || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(ref)) return undefined;
    let path: string;
    try {
      path = resolve(from ? dirname(from) : top, decodeURIComponent(ref.split(/[?#]/)[0]!));
    } catch {
      return undefined; // a malformed escape
    }
    if (!path.startsWith(top + sep)) return undefined;
    try {
      const stat = statSync(path);
      return stat.isFile() && stat.size <= MAX_FRAME_CHARS ? { text: readFileSync(path, 'utf8'), at: path } : undefined;
    } catch {
      return undefined;
    }
  };
}

/**
 * Resources an MHTML page carries, by address (Content-Location) or by `cid:` (Content-ID, as
 * Chrome writes a frame's `src`): a relative reference is resolved on `base`.
 */
export function resourcesFromParts(parts: ReadonlyMap<string, string>, base?: string): ResourceSource {
  return (ref, from) => {
    let at = ref;
    try {
      at = new URL(ref, from ?? base).href;
    } catch {
      // not a URL: looked up as written
    }
    const text = parts.get(at) ?? parts.get(ref);
    return text === undefined ? undefined : { text, at: parts.has(at) ? at : ref };
  };
}
