/**
 * The page reader (the content script), injected on request (activeTab + scripting).
 * Extracts the posting, watches for
 * single-page navigation, and draws or clears highlights. No NLP here.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { GenericReader } from '@/lib/extract/generic';
import { adapterFor } from '@/lib/extract/adapters';
import { needsGeneric, readPosting } from '@/lib/extract/read';
import { postingKey, watchPosting } from '@/lib/extract/watch';
import { clearHighlights, drawHighlights, PageText, reveal } from '@/lib/highlight';
import { listener, message, PANEL_PORT, type Handlers, type ProtocolMap } from '@/lib/messages';
import type { ExtractResult } from '@/lib/types';

// An unlisted script, not a declared content script: it runs only where the popup or
// side panel injects it (activeTab + scripting), and carries no framework runtime.
export default defineUnlistedScript({
  main() {
    // Injected again (the popup found no live reader — e.g. an older one orphaned by an
    // extension update): retire the previous instance so only one listens and watches.
    // `generic.js`, injected after this script when adapters and JSON-LD find nothing (or only a short JSON-LD description), sets __rolelensGeneric
    const g = globalThis as unknown as { __rolelens?: () => void; __rolelensGeneric?: GenericReader };
    try {
      g.__rolelens?.();
    } catch {
      // an orphaned instance may fail to unhook: it cannot receive messages anyway
    }

    let roots: Element[] = [];
    let page: PageText | undefined;
    // the document highlights go in: the posting's own (a same-origin frame's, maybe)
    let doc = document;
    // what the side panel last asked to paint, so a re-render of the page can be painted again
    let painted: ProtocolMap['highlight']['request'] | undefined;
    let shownKey: string | undefined;
    const clear = () => {
      painted = undefined;
      clearHighlights(doc);
    };
    const pageText = () => (page ??= new PageText(doc, roots));

    const extract = () => {
      const x = readPosting(document, location.href, { generic: g.__rolelensGeneric });
      // any re-read supersedes the reading made on arrival
      arrival = undefined;
      const key = postingKey(x.result);
      const same = key === shownKey;
      shownKey = key;
      if (!same) clear(); // another posting: its panel paints it afresh
      roots = x.roots;
      doc = roots[0]?.ownerDocument ?? document;
      page = undefined;
      // the same posting re-rendered (a ticking clock, a framework's re-render): its text nodes
      // may be new, so the highlights are drawn again on them
      if (same && painted) drawHighlights(doc, pageText(), painted.spans, painted.roles, painted.css);
      last = x.result;
      return x.result;
    };
    let last: ExtractResult | undefined;
    const report = (result: ExtractResult) => void browser.runtime.sendMessage(message('posting-changed', { result })).catch(() => undefined);

    // read the page once on arrival (the toolbar badge hears of it); the request that follows
    // an injection gets that reading instead of a second one
    let arrival: ExtractResult | undefined;
    arrival = extract();
    report(arrival);

    // Follow the page's changes only while someone needs them: on a job board (single-page
    // navigation between postings, and the toolbar badge), or while a side panel shows this
    // tab. Elsewhere the reader reads on request and costs the page nothing in between.
    const onBoard = adapterFor(location.href) !== undefined;
    let panels = 0;
    let stopWatching: (() => void) | undefined;
    const watch = (on: boolean) => {
      if (on) stopWatching ??= watchPosting(window, extract, report, last ?? extract());
      else {
        stopWatching?.();
        stopWatching = undefined;
      }
    };
    watch(onBoard);

    const handlers: Handlers = {
      extract: () => {
        // the arrival reading stands unless the generic reader has arrived since
        const result = arrival && !(needsGeneric(arrival) && g.__rolelensGeneric) ? arrival : extract();
        arrival = undefined;
        return result;
      },
      highlight: (request) => {
        painted = request;
        return drawHighlights(doc, pageText(), request.spans, request.roles, request.css);
      },
      reveal: ({ span, css }) => ({ found: reveal(doc, pageText(), span, css) }),
      clear: () => {
        clear();
        return { cleared: true };
      },
      ping: () => ({ alive: true }),
    };

    const onMessage = listener(handlers);
    browser.runtime.onMessage.addListener(onMessage);

    // The side panel holds a port open while it shows this tab; when the panel
    // closes (or moves to another tab) every highlight goes with it.
    const onConnect = (port: Browser.runtime.Port) => {
      if (port.name !== PANEL_PORT) return;
      panels++;
      watch(true);
      port.onDisconnect.addListener(() => {
        panels--;
        clear();
        if (panels <= 0 && !onBoard) watch(false);
      });
    };
    browser.runtime.onConnect.addListener(onConnect);
    g.__rolelens = () => {
      watch(false);
      clear();
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onConnect.removeListener(onConnect);
    };
  },
});
