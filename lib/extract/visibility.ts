/**
 * Is an element shown to the person reading the page? In a browser tab the page has
 * layout, so RoleLens asks it (`checkVisibility`, computed style). A saved page read by
 * the CLI has none: there the same question is answered from attributes, inline style,
 * class names that mean "hidden" and the page's own `<style>` rules.
 */
import { ruleSelectors, validSelectors } from './style-rules';

/** Class names that mean "not shown" or "for screen readers only" on most sites and CSS frameworks. */
const HIDDEN_CLASS = /(?:^|\s)(?:sr[-_]only|visually-?hidden|screen-?reader-\w+|wb-inv|a11y-hidden|offscreen|d-none|(?:is-|u-)?hidden|hide)(?=\s|$)/i;
/** Tailwind's `hidden md:block`, Bootstrap's `d-none d-lg-block`: hidden on small screens only, shown on a desktop. */
const SHOWN_AT_BREAKPOINT = /(?:^|\s)(?:\w+:|d-\w\w-)(?:block|flex|grid|inline(?:-block)?|table|contents)(?=\s|$)/;
/**
 * `lg:hidden`, `d-lg-none` (the breakpoints sm to xl, not 2xl or xxl): shown on small screens
 * only. Without layout (a saved page) the page is read as a desktop shows it; in a tab, the
 * page's own layout says which copy is on screen.
 */
const HIDDEN_ON_DESKTOP = /(?:^|\s)(?:\w\w:hidden|d-\w\w-none)(?=\s|$)/;

/** Declarations that hide an element or keep it for screen readers only. */
export function hidingStyle(css: string): boolean {
  return (
    /(?:^|[;{\s])display\s*:\s*none/i.test(css) ||
    /(?:^|[;{\s])visibility\s*:\s*(?:hidden|collapse)/i.test(css) ||
    /clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%/i.test(css) ||
    (/position\s*:\s*absolute/i.test(css) && /(?:^|[;\s])width\s*:\s*1px/i.test(css) && /(?:^|[;\s])height\s*:\s*1px/i.test(css))
  );
}

/**
 * Hidden by what the markup itself says: attributes, inline style, class names, a closed
 * `<details>`. `ariaHidden: false` reads what is only hidden from screen readers — a page
 * that opens a sign-in modal marks its `<main>` aria-hidden while it stays on screen.
 */
export function hiddenByMarkup(el: Element, ariaHidden = true): boolean {
  if (el.hasAttribute('hidden') || (ariaHidden && el.getAttribute('aria-hidden') === 'true')) return true;
  // inline style: the common cases only (this runs in the small first script; page rules use hidingStyle)
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden|clip\s*:\s*rect\(\s*0/i.test(style)) return true;
  const cls = el.getAttribute('class');
  if (cls && HIDDEN_CLASS.test(cls) && !SHOWN_AT_BREAKPOINT.test(cls)) return true;
  // the content of a closed <details> is not rendered, only its <summary>
  const parent = el.parentElement;
  return !!parent && parent.tagName === 'DETAILS' && !parent.hasAttribute('open') && el.tagName !== 'SUMMARY';
}

type Laid = Element & { checkVisibility?: (o?: Record<string, boolean>) => boolean };

/**
 * Whether the document has layout to ask (a browser tab), not a parsed file: happy-dom and
 * linkedom have no layout engine, so every box measures 0 there.
 */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement as Laid | null;
  return typeof root?.checkVisibility === 'function' && typeof root.getBoundingClientRect === 'function' && root.getBoundingClientRect().width > 0;
}

/**
 * Selectors of the page's `<style>` rules that hide what they match, for documents
 * without layout. Rules inside `@media` blocks are left out: they apply to some screens only.
 */
export function hidingSelectors(doc: Document): string[] {
  return ruleSelectors(doc, hidingStyle);
}

/**
 * The marks of scroll-reveal libraries (WOW.js, ScrollReveal, AOS, a theme's "reveal"), which keep a block invisible —
 * `visibility: hidden`, its place on the page kept — until the reader scrolls to it: it is part of the page, shown or not yet.
 */
const REVEAL = '.wow,.reveal,.load-hidden,[data-aos],[data-sr-id],[data-wow-delay]';

/** Whether a scroll-reveal library marks the element or one of its nearest ancestors (a few: a hostile page nests thousands deep). */
function revealing(el: Element): boolean {
  let e: Element | null = el;
  for (let up = 0; e && up < 12; up++, e = e.parentElement) if (e.matches(REVEAL)) return true;
  return false;
}

/**
 * Hidden by its markup otherwise than by its visibility: what `hiddenByMarkup` reads, but for an inline `visibility:
 * hidden` (written out apart: `hiddenByMarkup` runs in the small first script, which has no room for a switch), and a
 * class hidden on a desktop.
 */
function hiddenOtherwise(el: Element): boolean {
  const style = el.getAttribute('style') ?? '';
  const cls = el.getAttribute('class') ?? '';
  const parent = el.parentElement;
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    /display\s*:\s*none|clip\s*:\s*rect\(\s*0/i.test(style) ||
    (HIDDEN_CLASS.test(cls) && !SHOWN_AT_BREAKPOINT.test(cls)) ||
    HIDDEN_ON_DESKTOP.test(cls) ||
    (!!parent && parent.tagName === 'DETAILS' && !parent.hasAttribute('open') && el.tagName !== 'SUMMARY')
  );
}

/**
 * What a modal library hides from screen readers while its dialog is open: the rest of the page, still on screen behind
 * it. react-modal, MUI and Headless UI mark the siblings of the dialog and of its ancestors `aria-hidden` — often the
 * whole app, the posting in it — so a job-alert or sign-in dialog over a posting left nothing to read.
 */
export function behindModal(doc: Document): Set<Element> {
  const out = new Set<Element>();
  for (const dialog of Array.from(doc.querySelectorAll('[aria-modal="true"],dialog[open]')).slice(0, 5)) {
    // (a few levels up: a hostile page nests thousands deep)
    for (let a: Element | null = dialog, up = 0; a?.parentElement && a !== doc.body && up < 30; a = a.parentElement, up++)
      for (const s of Array.from(a.parentElement.children).slice(0, 200)) if (s !== a && s.getAttribute('aria-hidden') === 'true') out.add(s);
  }
  return out;
}

/**
 * `hiddenByMarkup` for one page; with `unveil`, what a modal dialog hides from screen readers behind it is hidden only as
 * it would be otherwise (read where the dialog shows no posting: a dialog that holds one is what the reader looks at).
 */
function markupOf(doc: Document, unveil: boolean): (el: Element) => boolean {
  const behind = unveil ? behindModal(doc) : new Set<Element>();
  return behind.size ? (el) => hiddenByMarkup(el, !behind.has(el)) : hiddenByMarkup;
}

/**
 * What the markup hides, for reading a page's text: as `hiddenByMarkup` says, but a block a scroll-reveal library keeps
 * invisible is read, and so, with `unveil`, is the page behind an open modal dialog. Undefined (`hiddenByMarkup` itself)
 * where neither applies.
 */
export function markupHiddenOf(doc: Document, unveil = false): ((el: Element) => boolean) | undefined {
  const markup = markupOf(doc, unveil);
  const reveals = !!doc.querySelector(REVEAL);
  if (!reveals && markup === hiddenByMarkup) return undefined;
  return (el) => markup(el) && !(reveals && revealing(el) && !hiddenOtherwise(el));
}

/**
 * A predicate "is this element hidden?" for one document: layout where the page has it,
 * else markup and the page's own hiding rules (with `unveil`, the page behind an open modal dialog is not hidden by it).
 */
export function hiddenTest(doc: Document, unveil = false): (el: Element) => boolean {
  const markup = markupOf(doc, unveil);
  // (a scroll-reveal block is let through only where the page has a mark, and only when it would otherwise be hidden)
  const reveals = !!doc.querySelector(REVEAL);
  if (hasLayout(doc)) {
    const opts = { checkVisibilityCSS: true, visibilityProperty: true, contentVisibilityAuto: false };
    // (the same without `visibilityProperty`, whose older name is `checkVisibilityCSS`: laid out, visible or not)
    const laidOut = { contentVisibilityAuto: false };
    // (a `display: contents` wrapper has no box of its own, so it never "checks visible", though its children show:
    // SvelteKit wraps every page in one)
    const view = doc.defaultView;
    const boxless = (el: Element) => view?.getComputedStyle(el).display === 'contents';
    return (el) =>
      (markup(el) || ((el as Laid).checkVisibility?.(opts) === false && !boxless(el))) &&
      !(reveals && revealing(el) && !hiddenOtherwise(el) && ((el as Laid).checkVisibility?.(laidOut) !== false || boxless(el)));
  }
  const joined = validSelectors(doc, hidingSelectors(doc)).join(',');
  // (for a block a scroll-reveal library keeps invisible, only the rules that hide otherwise than by visibility)
  const revealRules = reveals
    ? validSelectors(
        doc,
        ruleSelectors(doc, (css) => hidingStyle(css.replace(/visibility\s*:\s*(?:hidden|collapse)/gi, ''))),
      ).join(',')
    : '';
  const hidden = (el: Element): boolean => {
    const cls = el.getAttribute('class') ?? '';
    // a page's rule that hides `.d-none` does not hide `d-none d-lg-block` on a desktop: its @media rule shows it
    if (markup(el) || HIDDEN_ON_DESKTOP.test(cls)) return true;
    try {
      return !!joined && !SHOWN_AT_BREAKPOINT.test(cls) && el.matches(joined);
    } catch {
      return false;
    }
  };
  return (el) => {
    if (!hidden(el)) return false;
    if (!reveals || !revealing(el) || hiddenOtherwise(el)) return true;
    try {
      return !!revealRules && el.matches(revealRules);
    } catch {
      return true;
    }
  };
}
