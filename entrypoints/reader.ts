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

// An unlisted script, not a declared content script: it runs only where the popup or
// side panel injects it (activeTab + scripting), and carries no framework runtime.
export default defineUnlistedScript({
  main() {
    const flag = '__rolelensContentScript';
    const g = globalThis as unknown as Record<string, boolean>;
    if (g[flag]) return;
    g[flag] = true;

    let roots: Element[] = [];
    let page: PageText | undefined;
    let stopWatching: (() => void) | undefined;

    const extract = () => {
      const x = extractPosting(document, location.href);
      roots = x.roots;
      page = undefined;
      return x.result;
    };
    const pageText = () => (page ??= new PageText(document, roots));

    const handlers: Handlers = {
      extract: () => {
        const result = extract();
        stopWatching ??= watchPosting(window, extract, (changed) => {
          clearHighlights(document);
          void browser.runtime.sendMessage(message('posting-changed', { result: changed })).catch(() => undefined);
        }, result);
        return result;
      },
      highlight: ({ spans, roles, css }) => drawHighlights(document, pageText(), spans, roles, css),
      reveal: ({ span, css }) => ({ found: reveal(document, pageText(), span, css) }),
      clear: () => {
        clearHighlights(document);
        return { cleared: true };
      },
      ping: () => ({ alive: true }),
    };

    browser.runtime.onMessage.addListener((msg: unknown) => dispatch(handlers, msg));
    // The side panel holds a port open while it shows this tab; when the panel
    // closes (or moves to another tab) every highlight goes with it.
    browser.runtime.onConnect.addListener((port) => {
      if (port.name === PANEL_PORT) port.onDisconnect.addListener(() => clearHighlights(document));
    });
  },
});
