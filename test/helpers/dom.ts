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
  return window.document as unknown as Document;
}

export function loadFixture(name: string, url?: string): Document {
  return loadDocument(fixtureHtml(name), url);
}
