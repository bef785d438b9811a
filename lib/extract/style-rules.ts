/**
 * A page's own `<style>` rules, read without layout (a saved page in the CLI): which selectors
 * carry a declaration RoleLens cares about (hiding an element, showing its line breaks). One
 * linear pass over each sheet, keeping at most `MAX_RULES` rules: a hostile page may carry
 * megabytes of CSS, and a framework's sheet thousands of rules before the page's own.
 */

/** At most this many of a page's rules that RoleLens wants are kept (every rule is scanned once: linear in the CSS). */
export const MAX_RULES = 2000;

/** CSS without its comments, in one pass (a sheet of unclosed comments costs no more than its length). */
export function withoutComments(css: string): string {
  let out = '';
  for (let i = 0; i < css.length;) {
    const start = css.indexOf('/*', i);
    if (start < 0) return out + css.slice(i);
    out += css.slice(i, start);
    const end = css.indexOf('*/', start + 2);
    if (end < 0) break;
    i = end + 2;
  }
  return out;
}

/**
 * Selectors of the page's `<style>` rules whose declarations pass `wanted`; rules inside `@media`
 * blocks only with `media` (they apply to some screens only). States and pseudo-elements
 * (`:hover`, `::before`) say nothing about an element at rest and are left out.
 */
export function ruleSelectors(doc: Document, wanted: (declarations: string) => boolean, media = false): string[] {
  const out: string[] = [];
  let rules = 0;
  for (const style of doc.querySelectorAll('style')) {
    const css = withoutComments(style.textContent ?? '');
    let depth = 0;
    let start = 0;
    let selector = '';
    let inMedia = 0;
    for (let i = 0; i < css.length && rules < MAX_RULES; i++) {
      const ch = css[i];
      if (ch === '{') {
        const head = css.slice(start, i).trim();
        depth++;
        if (head.startsWith('@')) {
          if (inMedia === 0) inMedia = depth;
        } else selector = head;
        start = i + 1;
      } else if (ch === '}') {
        if (selector && (media || inMedia === 0) && wanted(css.slice(start, i))) {
          rules++;
          for (const s of selector.split(',')) {
            const sel = s.trim();
            if (sel && !/:(?:hover|focus|active|before|after|not|checked|target|visited|placeholder|-)|::/.test(sel)) out.push(sel);
          }
        }
        selector = '';
        if (depth === inMedia) inMedia = 0;
        depth = Math.max(0, depth - 1);
        start = i + 1;
      } else if (ch === ';' && depth === 0) start = i + 1;
    }
  }
  return out;
}

/** The selectors this DOM can match (a browser's CSS may hold syntax a saved-page parser does not). */
export function validSelectors(doc: Document, selectors: readonly string[]): string[] {
  return selectors.filter((s) => {
    try {
      doc.documentElement.matches(s);
      return true;
    } catch {
      return false;
    }
  });
}
