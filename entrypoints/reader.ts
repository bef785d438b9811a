/**
 * The page reader (the content script), injected on request (activeTab + scripting).
 * Extracts the posting, watches for
 * single-page navigation, and draws or clears highlights. No NLP here.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPosting } from '@/lib/extract';
import { watchPosting } from '@/lib/extract/watch';
import { clearHighlights, drawHighlights, PageText, reveal } from '@/lib/highlight';
import { dispatch, message, PANEL_PORT, type Handlers } from '@/lib/messages';
import type { ExtractResult } from '@/lib/types';

// An unlisted script, not a declared content script: it runs only where the popup or
// side panel injects it (activeTab + scripting), and carries no framework runtime.
export default defineUnlistedScript({
  main() {
    const flag = '__rolelens';
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[flag]) return;
    g[flag] = true;

    let roots: Element[] = [];
    let page: PageText | undefined;
    let stopWatching: (() => void) | undefined;
    // the document highlights go in: the posting's own (a same-origin frame's, maybe)
    let doc = document;
    const clear = () => clearHighlights(doc);

    const extract = () => {
      const x = extractPosting(document, location.href);
      clear();
      roots = x.roots;
      doc = roots[0]?.ownerDocument ?? document;
      page = undefined;
      return x.result;
    };
    const pageText = () => (page ??= new PageText(doc, roots));

    const report = (result: ExtractResult) => void browser.runtime.sendMessage(message('posting-changed', { result })).catch(() => undefined);
    const watch = (result: ExtractResult) => {
      stopWatching ??= watchPosting(
        window,
        extract,
        report,
        result,
      );
    };

    const handlers: Handlers = {
      extract: () => {
        const result = extract();
        watch(result);
        return result;
      },
      highlight: ({ spans, roles, css }) => drawHighlights(doc, pageText(), spans, roles, css),
      reveal: ({ span, css }) => ({ found: reveal(doc, pageText(), span, css) }),
      clear: () => {
        clear();
        return { cleared: true };
      },
      ping: () => ({ alive: true }),
    };

    browser.runtime.onMessage.addListener((msg: unknown) => dispatch(handlers, msg));

    // tell the extension what is here from the start (the toolbar badge), then follow changes
    const first = extract();
    report(first);
    watch(first);
    // The side panel holds a port open while it shows this tab; when the panel
    // closes (or moves to another tab) every highlight goes with it.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name === PANEL_PORT) port.onDisconnect.addListener(clear);
    });
  },
});
