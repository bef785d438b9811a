/**
 * linkedom splits text at every character reference — `We&rsquo;re hiring` is three text
 * nodes — where a browser's parser makes one. The page reader measures text node by node (a
 * line of 24 characters reads as a sentence, one of 23 as a label), so the CLI read some
 * saved pages otherwise than the extension reads them live. The CLI merges adjacent text
 * nodes after parsing, as `Node.normalize()` does, so both read the same DOM.
 */
export function mergeTextNodes(doc: Document): void {
  doc.documentElement?.normalize();
}
