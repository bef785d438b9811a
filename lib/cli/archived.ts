/**
 * A page saved from a web archive's copy (the Wayback Machine, archive.today, Arquivo.pt and the
 * national archives that run the same software) is the captured site's page: it is read on the
 * address it was captured from, so a board's adapter reads it there, and without the archive's toolbar.
 */

/** The capture's time in an archive's address ("20250312094512", archive.today's "2025.03.12-094512"), then the captured address. */
const CAPTURE = /^\/(?:[\w-]+\/)*?(?:\d{14}|\d{4}\.\d\d\.\d\d-\d{6})(?:[a-z]{2}_)?\/+(?:(https?):\/+)?([\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#].*)?)$/i;

/**
 * The address an archive's copy was captured from: "https://web.archive.org/web/20250312094512/https://uk.linkedin.com/jobs/view/…"
 * → "https://uk.linkedin.com/jobs/view/…" (a captured address without its scheme is taken as https). Any other address as it is.
 */
export function capturedUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const u = new URL(url);
    const m = CAPTURE.exec(u.pathname + u.search + u.hash);
    return m ? new URL(`${m[1] ?? 'https'}://${m[2]}`).href : url;
  } catch {
    return url;
  }
}

/** The Wayback Machine's toolbar and its printed line ("The Wayback Machine - https://…"), which it adds to every copy. */
const TOOLBAR = '#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato';

/** Takes an archive's toolbar out of its copy of a page; returns whether there was one. */
export function dropArchiveToolbar(doc: Document): boolean {
  const bars = Array.from(doc.querySelectorAll(TOOLBAR));
  for (const bar of bars) bar.remove();
  return bars.length > 0;
}
