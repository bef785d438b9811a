/** Load a saved HTML fixture into a real DOM (happy-dom) with the URL it was saved from. Scripts never run. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

export function fixtureHtml(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

export function loadDocument(html: string, url = 'https://example.com/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  // (only where the page declares one: happy-dom's selector engine recurses, and a hostile page nests thousands deep)
  if (/shadowrootmode/i.test(html)) attachDeclarativeShadowRoots(doc);
  return doc;
}

/**
 * The page as a CSS-module or utility-class build leaves it: every class and id name replaced by a meaningless one (and the
 * selectors of its own <style> alike), so that only the page's tags, structure and words are left to read it by. (A link or
 * a tab's aria-controls that points at an id keeps the old name, as no build would leave it: pages read by those are not
 * read this way.)
 */
export function hashNames(html: string): string {
  const names = new Map<string, string>();
  const hash = (name: string) => names.get(name) ?? (names.set(name, `x${names.size.toString(36)}q`), names.get(name)!);
  const selectors = (css: string) =>
    css.replace(/([^{}]+)\{/g, (_m, list: string) => list.replace(/([.#])(-?[_a-zA-Z][\w-]*)/g, (_x, mark: string, name: string) => mark + hash(name)) + '{');
  return html
    .replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/gi, (_m, open: string, css: string, close: string) => open + selectors(css) + close)
    .replace(
      /\s(class|id)=(["'])(.*?)\2/gis,
      (_m, attr: string, q: string, value: string) => ` ${attr}=${q}${value.split(/\s+/).filter(Boolean).map(hash).join(' ')}${q}`,
    );
}

export function loadFixture(name: string, url?: string): Document {
  return loadDocument(fixtureHtml(name), url);
}

/** Attaches each `<template shadowrootmode>` to its host as a shadow root, as a browser's parser does (happy-dom leaves it a template). */
function attachDeclarativeShadowRoots(doc: Document): void {
  for (const template of Array.from(doc.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const root = host.attachShadow({ mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open' });
    root.append(...Array.from((template.content ?? template).childNodes));
    template.remove();
  }
}
