/** Small text helpers shared by the extraction sources. */

/** Collapse whitespace in a one-line field (title, company, location). */
export function oneLine(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.replace(/\s+/g, ' ').trim();
  return s.length > 0 ? s.slice(0, 300) : undefined;
}

/** Text of the first element matching one of the selectors, in order. */
export function firstText(root: ParentNode, selectors: readonly string[]): string | undefined {
  for (const sel of selectors) {
    let el: Element | null = null;
    try {
      el = root.querySelector(sel);
    } catch {
      continue; // a selector this DOM cannot parse: skip it, never fail extraction
    }
    const text = oneLine(el?.getAttribute('content') ?? (el?.tagName === 'IMG' ? el.getAttribute('alt') : el?.textContent));
    if (text) return text;
  }
  return undefined;
}

/** The first element matching one of the selectors, in order. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // skip selectors the DOM implementation cannot parse
    }
  }
  return undefined;
}
