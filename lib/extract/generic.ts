/**
 * The generic reader: the posting a person sees on any career page that no site adapter
 * knows and that carries no JSON-LD.
 *
 * 1. One linear walk over the rendered page splits its text into units (the runs of text
 *    between block boundaries and `<br>`s) and gives each element the mass of
 *    sentence-like units below it, and the "junk" of link text and short fragments.
 *    Hidden elements, navigation, cookie banners and lists of repeated cards (search
 *    results, "similar jobs", filter pills) add no mass.
 * 2. The element with the most mass net of junk is the core of the description; the run of
 *    its contentful sibling blocks (an intro before, "Benefits" or "Interview process"
 *    after) joins it.
 * 3. The text is accepted only when it reads like a posting — in English by its cues
 *    (duties, requirements, applying), in another language by its shape and a few
 *    multilingual cues, so a French posting is read and then called "not English".
 * 4. The title is the job's name, picked from the headings before the description and the
 *    page title.
 */
import { detectEnglish } from '../nlp/language';
import type { Posting } from '../types';
import { capText, isLeaf, oneLine } from './clean';
import { BLOCK, SKIP, textMap } from './offsets';
import { companyOf, employerSaid } from './employer';
import { keepLineBreaks, showsLineBreaks } from './line-breaks';
import { pageDataPostings } from './page-data';
import { behindModal, hasLayout, hiddenByMarkup, hiddenTest, markupHiddenOf } from './visibility';
import { pickTitle, SEPARATORS, shortJobNonLatin, titleScore, withoutReference, type TitleCandidate } from './title';

const HEADING = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A page's first-level heading, an h1 or one drawn with divs (a form builder's title). */
const H1 = 'h1,[role="heading"][aria-level="1"]';

/** Always left out, whatever their size: navigation and consent banners. */
const HARD_NOISE =
  /(?:^|[\s_-])(?:cookie\w*|consent|gdpr|onetrust|cc-banner|cmplz|didomi|osano|truste|iubenda|termly|klaro|borlabs|usercentrics|breadcrumbs?|skip-link|navbar|nav-bar|menu)(?=[\s_-]|$)/i;
/** Left out when they hold a small part of the page (a `nav-v2` class on <body> must not hide the page). */
const SOFT_NOISE =
  /(?:^|[\s_-])(?:\w*nav|navigation|footer|header|ftr|hdr|masthead|sidebar|side-bar|related|similar|recommend(?:ed|ations)?|share|sharing|social|comments?|newsletter|subscribe|signup|job[-_]?alerts?|sign-up|login|modal|popup|promo|upsell|upgrade|ads?|banner|toolbar|pagination|pager|filters?|facets?|preheader|preamble|postamble|byline|author|date|intercom|tawk|crisp|tidio|olark|zopim|freshchat|drift|hubspot|launcher|live-?chat|chat-?widget|back-?to-?top|ai-(?:summary|generated|insights?)|match(?:ing)?-(?:box|score|card)|\w*meta-?data|(?:entry|post|article)-meta)(?=[\s_-]|$)/i;
/** A post's author: its byline's name. */
const AUTHOR =
  '[itemprop="author"], [rel="author"], [class*="author" i], [class*="username" i], [class*="user-name" i], [class*="display-name" i], [data-testid*="user" i], a[href^="/profile/"]';
const JOB_HEADER = /(?:job|posting|position|vacancy|title)[\w-]*header|header[\w-]*(?:job|posting|title)/i;
const NOISE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'HEADER', 'FORM', 'DIALOG', 'MARQUEE']);
// (and a marquee's scrolling words, "We're hiring · We're hiring ·", which say nothing of the job)
const NOISE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'alert',
  'menu',
  'menubar',
  'toolbar',
  'marquee',
]);

/** A unit of at least this many characters (not link text) and words reads as a sentence or bullet, not a label. */
const SENTENCE = 24;
const SENTENCE_WORDS = 4;
/** One unit never counts for more than this (a wall of text must not outweigh a page of structure). */
const UNIT_CAP = 1500;

interface Box {
  el: Element;
  parent: number;
  kids: number[];
  /** Sentence-like text below (chars). */
  good: number;
  /** Link text, short fragments and card text below (chars). */
  junk: number;
  /** All visible text below (chars), before noise is taken out. */
  raw: number;
  links: number;
  headings: number;
  /** 0 none, 1 soft (depends on size), 2 hard. */
  noise: 0 | 1 | 2;
  card: boolean;
  /** Left-out parts below: cards (a list of other jobs) or an application form, with the heading over them. */
  leftOut?: boolean;
  /** An application form (not one around the whole page). */
  form?: boolean;
  /** The last box inside it: boxes are in document order, so those inside a box are the ones after it up to this one. */
  last: number;
}

/** A block pinned over the page by its inline style, as an overlay or a dialog is drawn without a dialog's role. */
const PINNED = '[style*="position:fixed" i],[style*="position: fixed" i]';

/** A browser extension's resources, as its injected UI loads them ("chrome-extension://…/logo.svg"). */
const EXTENSION_RESOURCE = ['src', 'href', 'style', 'srcset'].map((a) => `[${a}*="-extension://"]`).join(',');
const extensionRoots = new WeakMap<Document, Set<Element>>();

/**
 * The blocks a browser extension put on the page (a job seeker's copilot panel, "Your match: 78%", "Keywords in this job"):
 * children of <body> or <html> holding the extension's own resources. Looked up once a document.
 */
function extensionUi(el: Element): boolean {
  const doc = el.ownerDocument;
  let roots = extensionRoots.get(doc);
  if (!roots) {
    roots = new Set();
    for (const r of Array.from(doc.querySelectorAll(EXTENSION_RESOURCE))) {
      let top: Element = r;
      while (top.parentElement && top.parentElement !== doc.body && top.parentElement !== doc.documentElement) top = top.parentElement;
      if (top.parentElement && top !== doc.body) roots.add(top);
    }
    extensionRoots.set(doc, roots);
  }
  return roots.has(el);
}

function noiseOf(el: Element): 0 | 1 | 2 {
  // (a browser extension's panel, whatever its classes; kept where it holds most of the page's prose, as a page's own root is)
  if (extensionUi(el)) return 2;
  const role = el.getAttribute('role');
  // (names written in camelCase are words too: an e-mail template's "templateFooter", "siteHeader")
  // ("JobAdContent", "job-ad": the job's advertisement, the posting itself, is no ad)
  const words = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/job[\s_-]?ad/gi, 'job');
  // (a heading is never furniture by its class: Docusaurus's "anchorWithStickyNavbar" is an anchor clear of the navbar)
  if (el.tagName === 'NAV' || role === 'navigation' || (HARD_NOISE.test(words) && !HEADING.has(el.tagName))) return 2;
  // (but an HTML5 section's own header, "<section><header><h2>What you'll do</h2></header>", is its heading, and an article's
  // header is the job's header, read as the job's header is — its intro kept; and an aside, or
  // an article's own footer, headed as a section of the posting — "What we're looking for", "How to apply" — is that section)
  if (
    (NOISE_TAGS.has(el.tagName) &&
      !(el.tagName === 'HEADER' && (onlyHeading(el) || !!el.parentElement?.closest('article'))) &&
      !(el.tagName === 'ASIDE' && headedAsSection(el)) &&
      !(el.tagName === 'FOOTER' && !!el.parentElement?.closest('article') && headedAsSection(el))) ||
    (role && NOISE_ROLES.has(role)) ||
    // (and a block pinned over the page by its own style, as a dialog is: a cookie notice or a chat greeting with no class to name it)
    el.matches(PINNED)
  )
    return 1;
  // a class that names a page part; a heading, or the job's own header ("job-header"), is not one; nor is a lede in paragraphs
  // ("<p class="preamble">", "<div class="preamble"><p>", as Sitevision and Episerver sites mark the lines under the h1; a
  // preamble of other blocks, a chat export's channel and topic over its messages, is one)
  if (
    SOFT_NOISE.test(words) &&
    !HEADING.has(el.tagName) &&
    !JOB_HEADER.test(words) &&
    !onlyHeading(el) &&
    !(/preamble/i.test(words) && [el, ...Array.from(el.children)].some((e) => e.tagName === 'P'))
  )
    return 1;
  return trail(el) || shareBar(el) ? 2 : 0;
}

/**
 * A bar of links to share the job, by its words, whatever its classes: "Share this job LinkedIn Email", "Share: LinkedIn X Email";
 * and a bar of the job's controls alone, one of them to apply or to be sent jobs like it ("Apply now Share Email me jobs like this"; not "Print
 * this job · Save" in the job's header, which tells a header from the text beside it).
 */
function shareBar(el: Element): boolean {
  const kids = Array.from(el.children);
  if (kids.length < 2 || kids.length > 10 || kids.some((k) => k.childElementCount > 2)) return false;
  const links = kids.filter((k) => k.tagName === 'A' || k.tagName === 'BUTTON');
  const rest = besideControls(el, links).trim();
  return (
    links.length >= 2 &&
    links.every((a) => a.textContent!.trim().length <= 24) &&
    ((kids.length > 2 && /^share\b[^.]{0,25}$/i.test(rest)) ||
      (!rest && links.length === kids.length && links.some((a) => /^\s*(?:apply|email me)\b|jobs like this/i.test(a.textContent!))))
  );
}

/** A trail of links by its shape, whatever its classes: "Home › Vacancies › Data Analyst", "Careers / Jobs / Data Scientist". */
function trail(el: Element): boolean {
  // (links side by side, each a leaf or nearly: looked at without reading a deep block's text)
  const kids = Array.from(el.children);
  if (kids.length < 2 || kids.length > 12 || kids.some((k) => !/^(?:A|SPAN|B|STRONG|EM|I|SMALL)$/.test(k.tagName) || k.childElementCount > 1)) return false;
  const text = el.textContent!;
  if (text.length > 160) return false;
  const parts = text.trim().split(/\s*[›»>]\s*|\s+\/\s+/);
  const links = el.querySelectorAll('a').length;
  return parts.length >= 3 && links >= parts.length - 1 && parts.every((p) => p && p.split(/\s+/).length <= 6);
}

/** A block headed as a section of a posting ("What we're looking for", "How to apply"). */
function headedAsSection(el: Element): boolean {
  const h = firstHeading(el);
  return SECTION_HEADING.test(h) || /^how to apply\b/i.test(h);
}

/** A block whose text is one heading's ("notion-header-block", Bootstrap's "card-header" around it on lines of its own): a section heading, not a page's header. */
function onlyHeading(el: Element): boolean {
  const h = el.querySelector('h1,h2,h3,h4,h5,h6');
  return !!h && h.textContent!.trim() === el.textContent!.trim();
}

/**
 * A heading in fact: not a site builder's paragraph set in a lesser heading's style (a sentence of eight words or more, or a
 * line of twelve that is no job's name; a page's h1 is its title, however long: "Senior Business Intelligence Analyst, Full Time, …").
 */
function headingBox(el: Element): boolean {
  if (el.getAttribute('role') === 'heading') return true;
  if (!HEADING.has(el.tagName)) return false;
  const text = leadText(el).trim();
  const words = text.split(/\s+/).length;
  // (an h1 is the page's heading, but for a post's whole text set in one: Instagram's caption)
  if (el.tagName === 'H1') return words < 30;
  return /[.!?]$/.test(text) ? words < 8 : words < 12 || titleScore(text) >= 3;
}

/** An element's text up to a few hundred characters, found in a bounded number of steps (a hostile page nests headings thousands deep). */
function leadText(el: Element): string {
  let text = '';
  const stack: Node[] = [el];
  for (let steps = 0; stack.length && steps < 60 && text.length < 300; steps++) {
    const n = stack.pop()!;
    if (n.nodeType === 3) text += (n as Text).data;
    else {
      const kids: Node[] = [];
      for (let c = n.firstChild; c && kids.length < 60; c = c.nextSibling) kids.push(c);
      stack.push(...kids.reverse());
    }
  }
  return stack.length ? text + ' …' : text;
}

/** The text of a block's first leaf, down its first children (a site builder's heading drawn as a <div>: "<div class="features-title">"). */
function leadLine(el: Element): string {
  let e = el;
  for (let depth = 0; e.firstElementChild && depth < 12; depth++) e = e.firstElementChild;
  return e === el ? '' : (oneLine(e.textContent) ?? '');
}

interface Walk {
  boxes: Box[];
  hidden: Set<Element>;
}

/** One pass over the page, iterative (a page may nest thousands of levels), linear in its size. */
function walk(root: Element, isHidden: (el: Element) => boolean): Walk {
  const boxes: Box[] = [];
  const hidden = new Set<Element>();
  const newBox = (el: Element, parent: number): number => {
    boxes.push({
      el,
      parent,
      kids: [],
      good: 0,
      junk: 0,
      raw: 0,
      links: 0,
      headings: headingBox(el) ? 1 : 0,
      noise: noiseOf(el),
      card: false,
      last: boxes.length,
    });
    if (parent >= 0) boxes[parent]!.kids.push(boxes.length - 1);
    return boxes.length - 1;
  };
  // the run of text being read: its length, its link text, and the block it belongs to
  let unit = 0;
  let unitLinks = 0;
  let unitWords = 0;
  /** Its characters of Chinese, Japanese or Korean, each worth about three of a spaced script's in text ("全国50拠点の物流倉庫…"). */
  let unitCJK = 0;
  let owner = newBox(root, -1);
  const flush = (): void => {
    if (unit > 0) {
      const b = boxes[owner]!;
      const plain = unit - unitLinks;
      b.raw += unit;
      b.links += unitLinks;
      // (twelve characters of Chinese, Japanese or Korean or more say a sentence's worth: "1. 建立銷售預測與價格彈性模型";
      // not a breadcrumb's or a fact's few: "当前位置：首页 > …", "职位类别： 数据科学家")
      if (plain + (unitCJK >= 12 ? unitCJK : 0) >= SENTENCE && unitWords >= SENTENCE_WORDS && !b.headings) {
        b.good += Math.min(plain + 2 * unitCJK, UNIT_CAP);
        b.junk += unitLinks;
      } else b.junk += unit;
    }
    unit = 0;
    unitLinks = 0;
    unitWords = 0;
    unitCJK = 0;
  };

  // an explicit stack (no recursion): a node, the box it belongs to, whether it sits in a link;
  // `block` frames mark where a block element ends and its enclosing block owns the text again
  type Frame = { node: Node; box: number; prevOwner: number; link: boolean; block: boolean };
  const stack: Frame[] = [];
  const enterChildren = (node: Node, box: number, link: boolean): void => {
    const kids: Node[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    const shadow = (node as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) for (let c = shadow.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, box, prevOwner: -1, link, block: false });
  };
  enterChildren(root, owner, false);
  while (stack.length) {
    const f = stack.pop()!;
    // the marker pushed before a block's children: the block ends here
    if (f.block) {
      flush();
      owner = f.prevOwner;
      continue;
    }
    const node = f.node;
    if (node.nodeType === 3) {
      const data = (node as Text).data.replace(/[\s\u00a0]+/g, ' ');
      const trimmed = data.trim();
      if (!trimmed) continue;
      const n = trimmed.length + (unit > 0 && data[0] === ' ' ? 1 : 0);
      unit += n;
      // each text node starts a word (adjacent <span>s are separate labels, not one word)
      // words are spaced; in Chinese, Japanese and Korean two characters say about as much as a word
      for (let i = 0; i < trimmed.length; i++) {
        const c = trimmed.charCodeAt(i);
        if (c === 32) unitWords++;
        else if ((c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) {
          unitWords += 0.5;
          if (!f.link) unitCJK++;
        }
      }
      unitWords++;
      if (f.link) unitLinks += n;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    // (and a heading's furniture, which no reader reads as its words: a permalink mark, a wiki's "[edit]"; and a text box
    // to fill in, whatever the page put in it: a cover letter's template, a job's embed code)
    if (isHidden(el) || headingFurniture(el) || fillIn(el, tag)) {
      hidden.add(el);
      continue;
    }
    if (tag === 'BR' || tag === 'HR') {
      flush();
      continue;
    }
    const box = newBox(el, f.box);
    // (a heading wrapped in a link to its own anchor, as Kirby and heading-autolink plugins write it, is words, not a link)
    const link = f.link || (tag === 'A' && !ownAnchor(el));
    // (and a <span> laid out as a paragraph between blocks, with no words beside it: MDX's "<span data-as="p">" in Mintlify)
    if (BLOCK.has(tag) || boxes[box]!.headings || (tag === 'SPAN' && paragraphSpan(el))) {
      flush();
      stack.push({ node: el, box, prevOwner: owner, link, block: true });
      owner = box;
    }
    enterChildren(el, box, link);
  }
  flush();
  for (let i = boxes.length - 1; i > 0; i--) {
    const p = boxes[boxes[i]!.parent]!;
    if (boxes[i]!.last > p.last) p.last = boxes[i]!.last;
  }
  return { boxes, hidden };
}

/** A text box to fill in: one the reader can type in, not a read-only or disabled one that shows the page's own text (`SKIP`). */
function fillIn(el: Element, tag: string): boolean {
  return tag === 'TEXTAREA' && !el.hasAttribute('readonly') && !el.hasAttribute('disabled');
}

/** A form field to fill in, a label's: an input (not a checkbox or radio button), a select, or a text box to fill in. */
function isField(el: Element | null): boolean {
  return !!el && (el.matches('input:not([type="checkbox"]):not([type="radio"]),select') || fillIn(el, el.tagName.toUpperCase()));
}

/** Words of a block's own before one of its blocks: text, or inline elements with text (blocks before it are other blocks). */
function textBefore(el: Element, block: Element): boolean {
  for (let n = el.firstChild; n && !n.contains(block); n = n.nextSibling)
    if ((n.nodeType === 3 || (n.nodeType === 1 && !BLOCK.has((n as Element).tagName))) && /\p{L}/u.test(n.textContent ?? '')) return true;
  return false;
}

/** A <span> laid out as a paragraph: blocks (and no words) beside it, none inline ("<span data-as="p">" between an h2 and a list, in Mintlify's MDX). */
function paragraphSpan(el: Element): boolean {
  const beside = [el.previousElementSibling, el.nextElementSibling];
  return beside.some(Boolean) && beside.every((s) => !s || BLOCK.has(s.tagName)) && !inText(el);
}

/** The kind of a block, as repeated cards and sibling sections share it: its tag and class. */
function kindOf(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}`;
}

/** An element inside running text: words right before or after it ("… proud of to <a>jobs@…</a>. Happy to answer …"). */
function inText(el: Element): boolean {
  return [el.previousSibling, el.nextSibling].some((n) => n?.nodeType === 3 && /\p{L}/u.test(n.nodeValue!));
}

/** A block's family: its tag and first class, and its first heading's tag and class. */
function family(el: Element): string {
  const h = el.querySelector('h1,h2,h3,h4,h5,h6');
  return `${el.tagName}.${/\S*/.exec(el.getAttribute('class')?.trim() ?? '')![0]} ${h ? kindOf(h) : ''}`;
}

/** Children of one parent that repeat one shape and each read as a card (a link or heading with little text). */
function markCards(boxes: Box[], p: Box): void {
  if (p.kids.length < 3) return;
  // links inside a sentence ("pipelines in <a>Airflow</a>, <a>dbt</a> and <a>Snowflake</a>") are words of it, not cards
  // (a translated page's words are in <font> elements)
  for (let n = p.el.firstChild; n; n = n.nextSibling) if ((n.nodeType === 3 || n.nodeName.toUpperCase() === 'FONT') && /\p{L}/u.test(n.textContent!)) return;
  const groups = new Map<string, number[]>();
  for (const k of p.kids) {
    const key = kindOf(boxes[k]!.el);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(k);
  }
  for (const g of groups.values()) {
    if (g.length < 3) continue;
    let cards = 0;
    let linked = 0;
    for (const k of g) {
      const b = boxes[k]!;
      const text = b.raw || 1;
      if (text >= 700) continue;
      // (a heading's permalink, "#", "¶" or a zero-width space, is no link to another page's card)
      if (b.links > 2 || b.el.tagName === 'A') linked++;
      // a link that names a job heads a job's card, whatever the length of its snippet
      if (
        b.links / text >= 0.2 ||
        (b.headings > 0 && b.links > 2) ||
        b.el.tagName === 'A' ||
        (b.links > 0 && isJobTitle(oneLine(b.el.querySelector('a')?.textContent) ?? ''))
      )
        cards++;
    }
    // link-heavy cards, or a long feed of short items that each link somewhere (archives, news)
    // (not a long block beside them: a page's content among its skip link, header and footer, all plain <div>s — nor a short
    // one that holds twice the text of all the others: a short posting with a few links among them)
    if ((cards >= 3 && cards >= 0.6 * g.length) || (g.length >= 5 && linked >= 0.8 * g.length)) {
      const all = g.reduce((n, k) => n + boxes[k]!.raw, 0);
      for (const k of g) if (boxes[k]!.raw < 700 && boxes[k]!.raw <= 2 * (all - boxes[k]!.raw)) boxes[k]!.card = true;
    }
  }
}

/** What a cookie notice says. */
const COOKIE_NOTICE =
  /\b(?:(?:(?:web)?site|we|app) uses?|use of|accept(?: all)?|allow(?: all)?|by (?:continuing|using|clicking)\b[^.]{0,60}) cookies\b|\bcookies? (?:policy|settings|preferences)\b/i;

/** Totals below each element, with noise and cards taken out (children come after parents in `boxes`). */
function aggregate(boxes: Box[]): void {
  // raw text first: soft noise is judged by its share of the page
  for (let i = boxes.length - 1; i > 0; i--) {
    const b = boxes[i]!;
    const p = boxes[b.parent]!;
    p.raw += b.raw;
    p.links += b.links;
    p.headings += b.headings;
  }
  // a cookie notice by its words and its button, whatever its names: "This website uses cookies … Got it!"
  // (a few blocks at most: no deep chain is read again at each level)
  boxes.forEach((b, i) => {
    if (b.raw > 40 && b.raw < 600 && b.last - i < 20 && b.el.querySelector('button,a') && COOKIE_NOTICE.test(b.el.textContent!)) b.noise = 2;
  });
  const page = boxes[0]!.raw || 1;
  for (let i = boxes.length - 1; i >= 0; i--) {
    const b = boxes[i]!;
    // an application form (not a form around the whole page, as ASP.NET draws one, with the job's h1 inside)
    if (b.el.tagName === 'FORM' && applicationForm(b.el) && !b.el.querySelector(H1)) b.form = true;
    markCards(boxes, b);
    for (const k of b.kids) {
      const kid = boxes[k]!;
      if (isNoise(kid, page)) continue;
      if (kid.card || kid.form || kid.leftOut) b.leftOut = true;
      if (kid.card || kid.form) b.junk += kid.raw;
      else {
        b.good += kid.good;
        b.junk += kid.junk;
      }
    }
  }
}

function isNoise(b: Box, page: number): boolean {
  // (a class naming furniture on a box that holds most of the page's prose names the page's layout: Quarto's "page-navbar")
  return (b.noise === 2 && !(b.raw >= 0.5 * page && b.good > 2 * b.junk)) || (b.noise === 1 && b.raw < 0.4 * page);
}

/** Worth joining the description as a sibling block: mostly sentences, not links or labels. */
function contentful(b: Box, page: number): boolean {
  return !b.card && !isNoise(b, page) && b.good >= 40 && b.good >= 1.5 * b.junk;
}

function linkHeavy(b: Box): boolean {
  return b.raw > 0 && b.links / b.raw >= 0.5;
}

/** Controls and nothing else ("Apply now", "Share", "Email me jobs like this"); not a line that points to a link ("Documents: <a>…</a>"). */
function controlBar(b: Box): boolean {
  return b.links >= 0.9 * b.raw && controls(b.el).length > 1;
}

/** A list of items that are not links (benefits, skills): never a page's metadata or navigation. */
function isList(b: Box): boolean {
  return (b.el.tagName === 'UL' || b.el.tagName === 'OL') && !b.card && !linkHeavy(b);
}

/** The job's header: its name beside an "Apply" control, with a line or two about the job (level, location). */
function jobHeader(b: Box): boolean {
  return b.good < 300 && isJobTitle(firstHeading(b.el)) && controls(b.el).some(saysApply);
}

/** The links and buttons inside. */
const controls = (el: Element): Element[] => [...el.querySelectorAll('a,button')];
/** A control that says "Apply". */
const saysApply = (c: Element): boolean => APPLY.test(c.textContent ?? '');

/** What a block says beside its controls' words. */
const besideControls = (el: Element, bar: Element[]): string => bar.reduce((t, c) => t.replace(c.textContent ?? '', ''), el.textContent ?? '');

/** Words about applying beside an "Apply" button: "No resume required", "Please mention you found this job on Jobicy". */
const ABOUT_APPLYING = /\bappl|\bcv\b|cover letter|r[eé]sum[eé]|\b(?:found|saw) (?:this|the) (?:job|ad|posting|listing)\b/i;

/** A box over an "Apply" button (a control or few) whose few words say only how to apply: "Apply in under 5 minutes. No resume required." */
function applyNote(el: Element): boolean {
  const bar = controls(el);
  if (!bar.length || bar.length > 4 || !bar.some(saysApply)) return false;
  const said = besideControls(el, bar);
  return said.trim().split(/\s+/).length <= 20 && ABOUT_APPLYING.test(said);
}

/** An application form beside the posting (name, e-mail, CV, a self-identification survey): fields to fill, not the job. */
function applicationForm(el: Element): boolean {
  return el.querySelectorAll('input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="search"]),select,textarea').length >= 2;
}

/** Elements not to read from: noise, cards, and everything inside them. */
function excludedBoxes(boxes: Box[], page: number): Uint8Array {
  const excluded = new Uint8Array(boxes.length);
  for (let i = 1; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (excluded[b.parent] || isNoise(b, page) || b.card || b.form) excluded[i] = 1;
  }
  return excluded;
}

/**
 * Candidate cores of a description, best first: elements with the most sentence mass net
 * of junk, none inside another (ties go to the deeper element: the same text with less around it);
 * with `within`, the ones inside that element.
 */
function candidates(boxes: Box[], excluded: Uint8Array, most: number, within?: Element): number[] {
  // (inside a box by its range of boxes, not by climbing from each: a page may nest thousands of levels)
  const w = within ? boxes.findIndex((b) => b.el === within) : -1;
  const inside = (i: number): boolean => !within || (w >= 0 ? i > w && i <= boxes[w]!.last : boxes[i]!.el !== within && within.contains(boxes[i]!.el));
  const order: number[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const b = boxes[i]!;
    if (!excluded[i] && b.good > 0 && b.good > b.junk && inside(i)) order.push(i);
  }
  order.sort((a, b) => boxes[b]!.good - boxes[b]!.junk - (boxes[a]!.good - boxes[a]!.junk) || b - a);
  const picked: number[] = [];
  const net = (i: number) => boxes[i]!.good - boxes[i]!.junk;
  /** Whether a block with sentences stands after this one among its siblings. */
  const later = (c: number) => boxes[boxes[c]!.parent]!.kids.some((s) => s > c && !excluded[s] && boxes[s]!.good >= 40);
  /** The child of a block that holds all of its text but a sentence's worth; from the page's body, also one that holds 85% with none after it. */
  const inner = (p: number, body: boolean) =>
    boxes[p]!.kids.find((c) => !excluded[c] && (net(c) >= net(p) - SENTENCE - 8 || (body && net(c) >= 0.85 * net(p) && !later(c))));
  for (let i of order) {
    if (picked.length >= most) break;
    if (picked.some((p) => (p < i ? i <= boxes[p]!.last : p <= boxes[i]!.last))) continue;
    // the whole page wins by a line of text outside its one wrapper, a chat bubble's "We are here! Chat with us": the wrapper
    // (and down through wrappers as long as the rest is no more than that); or by a block before it, a site's promotion, "Our
    // new office in Leeds opens in March. …" — not by one after it, which may be the employer's "About …"
    if (i === 0) for (let k = inner(i, true); k !== undefined; k = inner(i, false)) i = k;
    picked.push(i);
  }
  return picked;
}

/** Sections that follow a posting on a career site but are not part of it (and a board's AI-written summary before it); "similar jobs" in the languages career pages are most often in too. */
const NOT_THE_POSTING =
  /^(?:(?:life|working|work|a day) at\b|hear from\b|meet (?:the|our|your)\b|testimonials$|(?:our )?(?:culture|values|story|offices?|people|locations)$|contact us$|activity$|(?:\d+ )?(?:comments?|replies)$|(?:opening |office |business )?hours$|(?:latest )?(?:news|stories|blog|press|events)\b|(?:similar|related|other|more|recommended|recent)(?: open| current| available)? (?:jobs|roles|positions|openings|vacancies|opportunities)|(?:ähnliche|weitere) (?:jobs|stellen(?:angebote)?)$|offres (?:similaires|d['’]emploi similaires)$|(?:ofertas|empleos|vagas) (?:similares|relacionad[ao]s)$|(?:vergelijkbare|soortgelijke) vacatures$|offerte (?:simili|di lavoro simili)$|podobne oferty|liknande jobb$|lignende job(?:s)?$|(?:all |our |current )?open (?:roles|positions|jobs)$|current (?:openings|vacancies|opportunities)$|explore (?:more |all |similar |other )?(?:jobs|roles|careers)|(?:other )?jobs you (?:may|might)|(?:recently |previously )?viewed (?:jobs|roles|positions)|people also|you (?:might|may) also|you (?:might|may) (?:like|be interested)|(?:others|people|candidates) (?:who )?(?:also )?(?:viewed|applied)|also viewed|recommended for you|jobs for you|more like this|similar to this|(?:get |set up |create )?(?:job )?alerts?\b|(?:get|receive|send me) (?:new |similar )?jobs\b.{0,30}\bby e-?mail|(?:join )?(?:our )?talent (?:community|network|pool)|stay in touch|sign up\b|subscribe\b|newsletter|what you need to know about (?!us\b|(?:the|this|our) (?:role|job|position|team|company))|(?:supplemental|(?:pre-?)?screening|employer) questions|questionnaire|(?:salary|pay|compensation) (?:insights|estimates?|trends|data)\b|.{0,40}\b(?:ai[- ]generated|generated by ai)\b|faqs?\b|frequently asked|unlock\b|upgrade\b|be careful\b|stay safe\b|(?:don['’]t|do not) see (?:the |a )?(?:right |your )?(?:role|job|position|opening)|can['’]t find (?:the |a )?(?:right )?(?:role|job|position)|safety tips\b|beware of\b|(?:scam|fraud) (?:alert|warning|notice)|report (?:this )?(?:job|ad|listing)\b|.{0,40}\b(?:(?:also|too) (?:hiring|wanted)|(?:hiring|wanted) (?:too|as well))\b)/i;

const INLINE_LABEL = new Set(['B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'LABEL']);
/** Elements that run inline with their neighbours: those labels, links, controls and images. */
const INLINE = new Set([...INLINE_LABEL, 'A', 'BUTTON', 'IMG', 'SMALL', 'CODE']);

/** An apply control's text ("Apply now", "Easy apply", "Start your application"). */
const APPLY = /^\s*(?:(?:easy |quick )?apply\b|(?:start|begin|submit) (?:your |an )?application\b)/i;

/** A line that reads as an item of a posting: a bullet, or a requirement ("3+ years …", "Experience with …", "A degree in …"). */
const ITEM_LINE =
  /^(?:[•·▪‣◦●○■□◆*–-]\s|(?:\d+\+? years|(?:strong |solid |proven |hands-on |substantial )?(?:experience|proficiency|knowledge|familiarity|understanding|expertise) (?:with|in|of)|(?:a )?(?:bachelor|master|ph\.?d|degree))\b)/i;

/** A block of one paragraph's text: a <p>, or a page builder's wrappers around one (no list, table or second paragraph). */
function oneText(el: Element): boolean {
  return !el.querySelector('ul,ol,table,dl,section') && el.querySelectorAll('p,li,h1,h2,h3,h4,h5,h6').length <= 1;
}

/** Headings of sections that belong in a posting. */
// (and what a posting in another language offers: "To oferujemy", "Wir bieten", "Ofrecemos", "Vantagens")
const JOINABLE =
  /about|benefit|perk|offer|oferujemy|ofrecemos|oferecemos|bieten|offrons|offriamo|erbjuder|tarjoamme|nabízíme|vantagens|avantages|vorteile|beneficios|interest|interview|process|look(?:ing)? for|\bplus\b|must|nice to|bonus|stack|technolog|tools|team|salary|compensation|pay|location|apply|how to|hiring|equal|diversity|inclusion|who we are|what we do|why|\byou|role|responsib|requir|qualif|skill|experience|mission|overview|summary|description|duties|tasks|profile|position|job|opportunit|company|us\b/i;

/** Two or more short labels side by side and nothing else: "<span>3 days ago</span><span>Full-time</span>" (under a heading of their own: "<h3>Labels</h3>"). */
function labelStrip(el: Element): boolean {
  // (not under a section's heading: "Required skills" over "Python - 5 years" are the posting's)
  const kids = Array.from(el.children).filter((k, i) => i || !HEADING.has(k.tagName) || SECTION_HEADING.test(oneLine(k.textContent) ?? ''));
  if (kids.length < 2 || kids.length > 8) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  // (each a leaf, or text beside an icon: "<span><i class="icon-location"></i>Toronto</span>", or a label and its value:
  // "<span><b>City:</b> Almaty</span>")
  return kids.every((k) => {
    const line = oneLine(k.textContent) ?? '';
    return (
      INLINE_LABEL.has(k.tagName) &&
      (isLeaf(k) ||
        Array.from(k.children).every((c) => !c.childElementCount && !c.textContent!.trim()) ||
        (k.childElementCount === 1 && isLeaf(k.firstElementChild!) && /:$/.test(k.firstElementChild!.textContent!.trim()) && LABELLED.test(line))) &&
      line.split(' ').length <= 6
    );
  });
}

/** Two or more links and nothing else but the bars or dots between them ("Home | Careers", "Privacy · Terms"). */
function barOfLinks(el: Element): boolean {
  const links = el.querySelectorAll('a');
  if (links.length < 2 || links.length > 12) return false;
  let rest = el.textContent ?? '';
  for (const a of Array.from(links)) rest = rest.replace(a.textContent ?? '', '');
  return /^[\s|·•/\-–]*$/.test(rest);
}

/** A link on its own line at the very end of the text, after a block ("View company profile", "Visit company page"): a way off the page, not the posting's (an address to write to is); or a copyright line. */
function trailingLink(root: Element, skip: (el: Element) => boolean): Element | undefined {
  let el: Element | null = root;
  for (let i = 0; i < 12 && el && el.tagName !== 'A'; i++) {
    // the site's copyright line ("© Kestrel Labs Ltd"), on a page with no footer to hold it
    // (or after the site's notices: "Federally insured by NCUA. Equal Housing Lender. © 2026 Prairie State Credit Union")
    // (or the firm's registration: "Kittiwake Robotics Ltd · Registered in England and Wales No. 11223344", "Company number 2366991")
    if (
      el !== root &&
      /(?:^|[.!]\s)\s*(?:©|copyright\b)|\bregistered (?:in [\w ]{3,30} (?:no\.?|number)|office\b)|\bcompany (?:no\.?|number|registration)\s*:?\s*\d/i.test(
        el.textContent!,
      ) &&
      el.textContent!.length < 200
    )
      return el;
    // (or the site's links again, set apart by bars: "<center><a>Home</a> | <a>Careers</a></center>" under the last rule of a flat page)
    if (el !== root && barOfLinks(el)) return el;
    let n: ChildNode | null = el.lastChild;
    // (past what is left out, and what shows no words: a widget's empty frame or icon after the page's last line)
    for (let j = 0; n && j < 50 && (n.nodeType === 8 || !n.textContent?.trim() || (n.nodeType === 1 && skip(n as Element))); j++) n = n.previousSibling;
    if (n?.nodeType !== 1) return undefined;
    el = n as Element;
  }
  const text = oneLine(el?.textContent) ?? '';
  const words = text.split(' ').length;
  const before = el?.previousElementSibling;
  return el?.tagName === 'A' &&
    text &&
    // (or a longer one to the employer's other jobs: "View all 23 jobs at Quillfeather Insurance")
    (words <= 5 ||
      (words <= 10 &&
        /^(?:view|see|browse|show|explore)\s+(?:all\s+)?(?:\d+\s+)?(?:open\s+|other\s+|more\s+)?(?:jobs|roles|positions|openings|vacancies)\b/i.test(text))) &&
    !/@|https?:|www\./i.test(text) &&
    !/^(?:mailto|tel):/i.test(el.getAttribute('href') ?? '') &&
    // after a block, or alone in a block of its own ("<p><a>Jetzt bewerben</a></p>" after the contact lines)
    (before ? BLOCK.has(before.tagName) : el !== root && el.parentElement !== root && oneLine(el.parentElement?.textContent) === text) &&
    !(el.previousSibling?.nodeType === 3 && el.previousSibling.nodeValue?.trim())
    ? el
    : undefined;
}

/**
 * A hero before the description that holds the job's name and an intro of two sentences or more
 * ("Data Scientist, Growth" over "Pebble helps two million people save … You will lead that work."):
 * its parts that are not the intro go to `drop`, and it is kept.
 */
function heroIntro(b: Box, drop: Set<Element>): boolean {
  if (b.good < 100 || b.good > 1500 || !isJobTitle(firstHeading(b.el))) return false;
  let root = b.el;
  for (let i = 0; i < 8 && root.children.length === 1; i++) root = root.children[0]!;
  const kids = Array.from(root.children);
  // (two sentences, or one long one: "We're looking for a data engineer to build the platform that forecasts …")
  const intro = kids.filter((k) => {
    const t = oneLine(k.textContent) ?? '';
    return !HEADING.has(k.tagName) && !k.querySelector('h1,h2,a,button') && (/[.!?]\s+\S.*[.!?]$/.test(t) || (/[.!?]$/.test(t) && t.split(' ').length >= 15));
  });
  if (!intro.length || kids.length > 8) return false;
  for (const k of kids) if (!intro.includes(k)) drop.add(k);
  return true;
}

/** An employer's equal-opportunity statement, which closes a posting. */
const EQUAL_OPPORTUNITY = /\bequal (?:employment )?opportunit/i;

/** A sentence's end inside a text: a full stop, question or exclamation mark before a space or the end (or Chinese and Japanese ones, which need no space). */
const ENDS_SENTENCE = /[.!?](?:\s|$)|[。！？]/;

/** What sets a header's labels apart on one line: "Lisbon · Permanent", "Location: … | Job ID: …". */
const LABELS_APART = /\s[·|•]\s/;

/** One line of labels set apart by dots or bars ("Lisbon or remote in Europe · Permanent"), no sentence. */
function dottedLabels(b: Box): boolean {
  if (b.good >= 200) return false;
  const line = oneLine(b.el.textContent) ?? '';
  // (or labels with their values: "Location: Grand Rapids, MI | Category: Information Technology | Job ID: 10873")
  const parts = line.split(LABELS_APART);
  const labelled = parts.length > 1 && parts.every((p) => /^[\p{L}][\p{L} /&#-]{1,24}:\s*\S.{0,40}$/u.test(p));
  return line.length < 120 && parts.length > 1 && (labelled || !/[.!?:](?:\s|$)/.test(line));
}

/** A block's heading, or the line of a block that is only text (or one inline element of text: "<div><span class="title">…</span></div>"). */
const jobLine = (el: Element): string => {
  const only = el.children.length === 1 ? el.children[0]! : undefined;
  const text = isLeaf(el) || (only && INLINE_LABEL.has(only.tagName) && isLeaf(only) && only.textContent?.trim() === el.textContent?.trim());
  return firstHeading(el) || (text ? (oneLine(el.textContent) ?? '') : '');
};

/** A careers page's hero: a block with the page's h1 that names no job ("Grow with us", "Kariéra"). */
const hero = (el: Element): boolean => !!el.querySelector('h1') && !isJobTitle(firstHeading(el));

/** The job's name over its labels, no sentence ("<h2>Machine Learning Engineer</h2>", "Job no: 512347", "Location: Southbank campus"). */
function namesTheJob(b: Box): boolean {
  const heading = jobLine(b.el);
  return b.good < 200 && isJobTitle(heading) && !ENDS_SENTENCE.test((b.el.textContent ?? '').replace(heading, ''));
}

/** A block of the job's header that still reads as text: a line of labels, the job's name over its facts. */
function headerLike(b: Box): boolean {
  // (a heading's name: a line alone that reads as a job's may be the posting's first line, "3+ years of software development experience")
  return (
    dottedLabels(b) ||
    labelStrip(b.el) ||
    factTable(b.el) ||
    (b.el.querySelector('li') ? b.good < 200 && labelList(b.el) : (b.good < 200 && !!firstHeading(b.el) && namesTheJob(b)) || (b.raw <= 600 && facts(b.el)))
  );
}

/** A table of three or more of the job's facts, each row a label cell and its value ("<th>Closing date</th><td>Noon 16 December 2026</td>"). */
function factTable(el: Element): boolean {
  const rows = el.tagName === 'TABLE' ? Array.from(el.querySelectorAll('tr')) : [];
  return (
    rows.length > 2 &&
    rows.every((r) => {
      const [l, v] = Array.from(r.children);
      const label = oneLine(l?.textContent) ?? '';
      return r.children.length === 2 && (l!.tagName === 'TH' || label.endsWith(':')) && label.split(' ').length <= 4 && (v!.textContent ?? '').length < 200;
    })
  );
}

/** A list of three or more labelled facts and nothing else ("<li><span>Location:</span> Sydney CBD</li>", "Salary: …", "Reference: …"). */
function labelList(el: Element): boolean {
  const lines = shortLines(el);
  return lines.length > 2 && lines.every((l) => LABELLED.test(l) && l.split(' ').length <= 7 && !/[.!?]$/.test(l));
}

/** A field of the job's facts: a label over a short value, no sentence ("<p>Location</p><p>Hartford, CT</p>"). */
function field(el: Element): boolean {
  // (a heading's furniture is no value: "<h2><span>Responsibilities</span><span class="mw-editsection">[edit]</span></h2>")
  const kids = ownParts(el);
  if (kids.length !== 2) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  const [l, v] = kids.map((c) => oneLine(c.textContent) ?? '');
  return !!l && !!v && l.split(' ').length <= 4 && v.split(' ').length <= 10 && v.length <= 100 && !ENDS_SENTENCE.test(l + ' ' + v);
}

/**
 * The job's facts as fields side by side, each a label beside its value, no sentence ("<div><label>Job type</label><span>Graduate
 * Job</span></div>", "Salary", "Location"): three or more, all fields but one perhaps longer.
 */
function fieldList(el: Element): boolean {
  const kids = Array.from(el.children);
  return kids.length >= 3 && kids.length <= 20 && kids.filter(field).length >= kids.length - 1 && !ENDS_SENTENCE.test(el.textContent ?? '');
}

/** A field of the job's facts before its description, which is its header's: not one that names the skills asked for ("Required skills" over "Python SQL AWS Spark"). */
const factField = (el: Element): boolean => field(el) && !/skill|require|qualif|technolog|stack|tools/i.test(el.firstElementChild!.textContent!);

/** A label and its value on one line: "Location: Plano, Texas", "Work type: Permanent". */
const LABELLED = /^[^:]{2,30}:\s*\S/;

/** The lines of a block's first 600 characters, trimmed, blank ones left out. */
const shortLines = (el: Element): string[] =>
  textMap(el, { maxChars: 600 })
    .text.split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Job facts set out as lines, not a table: three or more short lines with no sentence, duty
 * or section heading, two of them labelled ("<li><b>Location:</b> Plano, Texas</li>") or
 * terms of employment ("Full-time", "€70,000 / year"), or one an "Apply" (a sidebar: "Team" over "Data Science", then "Apply").
 */
function facts(el: Element): boolean {
  const lines = shortLines(el);
  let labels = 0;
  for (const l of lines) {
    if (APPLY.test(l)) labels += 2;
    // (a firm's name ends in its legal form's full stop, not a sentence's: "Prairie Grain Logistics Ltd.")
    // (a pay line runs longer: "$45.00 to $55.00 hourly (to be negotiated) / 37.5 hours per week")
    else if (
      l.split(' ').length > (LABELLED.test(l) ? 12 : /[$€£]\s?\d/.test(l) ? 16 : 7) ||
      (/[.!?]$/.test(l) && !/\b(?:ltd|inc|co|corp|llc|plc|s\.a|b\.v|n\.v)\.$/i.test(l))
    )
      return false;
    // a label first ("Work type: Permanent" is no duty), or over its value in a cell of its own ("Position Type:")
    else if (LABELLED.test(l) || (/:$/.test(l) && !SECTION_HEADING.test(l))) labels++;
    else if (DUTY_VERB.test(l) || ITEM_LINE.test(l) || SECTION_HEADING.test(l)) return false;
    else if (/^(?:full|part)[- ]time$|^(?:permanent|contract|temporary|remote|hybrid|on-?site)\b|[$€£]\s?\d/i.test(l)) labels++;
  }
  return lines.length > 2 && labels > 1;
}

/** A heading that names a job rather than a section of the posting. */
function isJobTitle(text: string): boolean {
  // "Data Scientist, Product Analytics Responsibilities": a section of the job's posting; "As a Data Engineer you will:", a lead-in
  // (or a short line with a job's noun in another script: "机器学习工程师")
  return (
    (titleScore(text) >= 3 || shortJobNonLatin(text)) &&
    !SECTION_HEADING.test(text) &&
    !/\b(?:responsibilities|requirements|qualifications|duties)\s*:?$|:\s*$/i.test(text)
  );
}

function firstHeading(el: Element): string {
  const h = el.querySelector('h1,h2,h3,h4,h5,h6,[role="heading"],strong,b');
  // (without a docs site's permalink mark: "#What you'll do" in GitBook, "The work¶" in MkDocs and Sphinx)
  return (h?.textContent ?? '').replace(/\s+/g, ' ').trim().replace(PERMALINK_MARK, '');
}

/** A date alone: "Thursday, November 26th, 2026", "26 Nov 2026". */
const DATE_LINE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}$/i;

/** A heading's permalink mark: "#" before it (GitBook), "¶", "§" or "🔗" after it (MkDocs, Sphinx, Docusaurus). */
const PERMALINK_MARK = /^[#§]\s*(?=\p{L})|\s*[¶§🔗]$/u;
/** A link to the heading it stands in, shown as a mark ("#", "¶") or an icon alone (Nextra, Mintlify): a docs site's, not the heading's words. */
function permalink(a: Element): boolean {
  if (a.tagName !== 'A' || !(a.getAttribute('href') ?? '').startsWith('#')) return false;
  const mark = (a.textContent ?? '').replace(/[\s\u200b]+/g, '');
  return /^[#¶§🔗]$/u.test(mark) || (!mark && !!a.closest('h1,h2,h3,h4,h5,h6'));
}
/** A link inside a heading to that heading's own anchor: "<h2 id="x"><a href="#x">What you will do</a></h2>". */
function ownAnchor(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (href.length < 2 || href[0] !== '#') return false;
  // (the heading a level or two up: not a search up a hostile page's thousands of levels for each link)
  let h = a.parentElement;
  for (let up = 0; h && up < 2 && !HEADING.has(h.tagName); up++) h = h.parentElement;
  return !!h && HEADING.has(h.tagName) && (h.id === href.slice(1) || a.id === href.slice(1));
}
/** A heading's furniture: its permalink mark, or a wiki's link to edit the section ("[edit]", MediaWiki's "mw-editsection"). */
const headingFurniture = (el: Element): boolean => permalink(el) || (el.tagName === 'SPAN' && el.classList.contains('mw-editsection'));
/** An element's children but for a heading's furniture ("<h2><span>Responsibilities</span><span class="mw-editsection">[edit]</span></h2>" has one). */
const ownParts = (el: Element): Element[] => Array.from(el.children).filter((c) => !headingFurniture(c));

interface Region {
  roots: number[];
  /** Children inside the roots that are not part of the posting (trailing labels, "Other jobs", "Life at …"). */
  drop: Element[];
  /** The element around a run of blocks, whose left-out header and footer still say "posting" ("Full-time", "Apply"). */
  around?: Element;
}

/**
 * A candidate widened to its description: up through wrappers, then the run of contentful
 * siblings. Blocks after the description that hold no sentences (FAQ questions, metadata,
 * "Apply"), link lists anywhere ("← All positions", "Other jobs"), and sections that are
 * about the company rather than the job ("Life at …") are left out.
 */
function widen(boxes: Box[], excluded: Uint8Array, start: number, page: number, within?: Element): Region {
  let node = start;
  const drop = new Set<Element>();
  /** The page's first h1, and whether it names the job: looked up once (a page may hold thousands of blocks before its description). */
  let h1: Element | null | undefined;
  let h1Job = false;
  /** Whether a block stands above the page's h1 (with `job`, an h1 that names the job). */
  const above = (el: Element, job = false): boolean => {
    if (h1 === undefined) {
      h1 = el.ownerDocument.querySelector('h1');
      h1Job = !!h1 && isJobTitle(oneLine(h1.textContent) ?? '');
    }
    return !!h1 && (!job || h1Job) && !el.contains(h1) && !!(el.compareDocumentPosition(h1) & 4);
  };
  /** Whether a child block is not part of the posting, by where it stands: before, between or after the contentful blocks. */
  const notPosting = (k: number, where: 'before' | 'between' | 'after', next: number | undefined, prose: Set<string>): boolean => {
    const b = boxes[k]!;
    if (linkHeavy(b) || applicationForm(b.el)) return true;
    // a sign-up: an e-mail field and a line or two about it ("Get new jobs for this search by email")
    if (b.good < 300 && b.el.querySelector('input[type="email"]')) return true;
    // a list of other jobs or an application form, left out, and the heading over it ("1,204 data jobs", "Submit your application")
    if (b.leftOut && b.good === 0) return true;
    // a label in the description's own flow ("<b>Responsibilities:</b>", "<b>Shift:</b> 1st"): the text it labels is read, so it is
    if (INLINE_LABEL.has(b.el.tagName) && /:\s*$/.test(b.el.textContent ?? '')) return false;
    // before the description: the page's header (its h1, and lines of labels such as
    // "Helsinki · Full-time"), shown apart as the title; a section heading stays
    // (before it too, a section that is none of the posting: a video of the team, "Meet the Search team", over its transcript)
    if (where === 'before' && NOT_THE_POSTING.test(firstHeading(b.el))) return true;
    if (where === 'before') {
      const tag = b.el.tagName;
      if (b.el.matches(H1) || b.el.querySelector(H1)) return true;
      // the job's name in a lesser heading, and a table or list of labels (reference, salary, closing date)
      // (or its labels in a lesser heading: "<h3>Denver, CO · Corporate Office</h3>")
      // (or the employer's name, marked as such: "<h2 class="employer-name">Southern Cross Energy</h2>"; or a date alone, a day's
      // divider in a channel's archive: "Thursday, November 26th, 2026")
      if (HEADING.has(tag))
        return (
          isJobTitle(oneLine(b.el.textContent) ?? '') ||
          dottedLabels(b) ||
          // (or marked as the company's, on it or on its one element: "<h2 class="ee-offer-company"><span class="js-company-name">…")
          [b.el, b.el.childElementCount === 1 ? b.el.firstElementChild : null].some((e) =>
            /(?:company|employer)(?:[-_]?name|\s|$)/i.test(e?.getAttribute('class') ?? ''),
          ) ||
          DATE_LINE.test(oneLine(b.el.textContent) ?? '')
        );
      // the employer's name on a line of its own, marked as such ("<p class="job-org">Bundesamt für Statistik BFS</p>")
      if (
        b.good < 120 &&
        !/[.!?]$/.test(oneLine(b.el.textContent) ?? '') &&
        /(?:^|[\s_-])(?:company|employer|org|organi[sz]ation|agency)(?:[-_]?name)?(?:$|\s)/i.test(b.el.getAttribute('class') ?? '')
      )
        return true;
      // the job's name over a line of labels ("Amsterdam · Hybrid · 40 hours"), no sentence: the page's header
      // (or a bare line that names it: "<div class="_9ata">Data Scientist, Product Analytics</div>")
      if (namesTheJob(b)) return true;
      // a table or list of labels, though its values read as words ("£50,952 to £57,349 a year", "Full time, Flexible working")
      if (tag === 'TABLE' || tag === 'DL' || facts(b.el) || fieldList(b.el)) return true;
      // a heading over such a table or list and nothing else ("Job Information": Organisation, Research Field, Country)
      if (b.good < 200 && b.el.querySelector('table,dl') && !ENDS_SENTENCE.test(b.el.textContent ?? '') && !SECTION_HEADING.test(firstHeading(b.el)))
        return true;
      // a strip of chips ("3 days ago", "Full-time", "No degree mentioned"): short labels side by side, no text of its own
      if (labelStrip(b.el)) return true;
      // one line of labels set apart by dots or bars ("Lisbon or remote in Europe · Permanent"), no sentence: the header's
      if (dottedLabels(b)) return true;
      // a block above the page's h1 that names the job (the employer's or agency's name over the job's, a company card: "Ledgerlight (W25)
      // AI bookkeeping for small accounting firms"): the page's header
      if (b.good < 200 && above(b.el, true)) return true;
      // a section's heading written as a paragraph ("<p>Responsibilities:</p>" over its list) is the posting's
      if (b.good > 0 || SECTION_HEADING.test(oneLine(b.el.textContent) ?? '')) return false;
      // (or above the page's h1, whatever it says)
      if (above(b.el)) return true;
      // a header block: labels around a heading that names the job ("Senior Data Scientist / New York / Apply")
      return (b.headings === 0 && !b.el.querySelector('strong,b')) || isJobTitle(jobLine(b.el));
    }
    if (NOT_THE_POSTING.test(firstHeading(b.el))) return true;
    // after it, a list of short items is still the posting's ("Benefits": "401(k) match", "Dental"), and so is the line that heads it;
    // and so are short lines of the description's own kind ("<p>Job Type: Full-time</p>" after its paragraphs), and their headings
    // (a paragraph of its kind with a link inside a sentence, "Email a CV … to <a>jobs@…</a>.", is one still)
    if (where !== 'after' || contentful(b, page) || isList(b) || (prose.has(kindOf(b.el)) && (!b.links || (b.good > 0 && !linkHeavy(b))))) return false;
    // a short section of the posting's own ("What we offer": one line of benefits in a list)
    const heading = firstHeading(b.el);
    if (heading && JOINABLE.test(heading) && b.el.querySelector('li') && !linkHeavy(b)) return false;
    // (a heading's furniture, a wiki's "[edit]", is none of its parts)
    const short = ownParts(b.el).length <= 1 && (oneLine(b.el.textContent) ?? '').split(' ').length <= 6;
    // (or over a subsection's heading: "Benefits" over "Health benefits" over its list)
    return !(
      next !== undefined &&
      short &&
      (isList(boxes[next]!) ||
        (HEADING.has(b.el.tagName) && prose.has(kindOf(boxes[next]!.el)) && !linkHeavy(boxes[next]!)) ||
        (HEADING.has(b.el.tagName) && HEADING.has(boxes[next]!.el.tagName) && JOINABLE.test(b.el.textContent ?? '')))
    );
  };
  /** Where each child stands against the contentful ones: computed once a level, so a parent with thousands of children stays linear. */
  const places = (kids: number[], isContent: (k: number) => boolean): ('before' | 'between' | 'after')[] => {
    // a line of labels counts as text ("Menlo Park, CA • Seattle, WA • New York, NY + 4 more") but is the header's, before the description;
    // so is a short block above the h1 that names the job
    const first = kids.findIndex((k) => isContent(k) && !headerLike(boxes[k]!) && !(boxes[k]!.good < 200 && above(boxes[k]!.el, true)));
    let last = -1;
    for (let j = kids.length - 1; j >= 0 && last < 0; j--) if (isContent(kids[j]!)) last = j;
    return kids.map((_, i) => (first < 0 || i < first ? 'before' : i > last ? 'after' : 'between'));
  };
  /**
   * Whether a contentful sibling is more of the same posting: a block of the same kind (tag
   * and class), plain markup, a section whose heading belongs in a posting ("Benefits",
   * "Interview process"), or an intro before it. A differently styled block after it with
   * another heading ("Employer questions", a fraud notice) is another part of the page.
   */
  /** The job's header a block opens with, at most four levels down (its name over its labels): left out. */
  const openingHeader = (main: number, isContent: (k: number) => boolean): void => {
    for (let cur = main, depth = 0; depth < 4; depth++) {
      const ks = boxes[cur]!.kids.filter((k) => !excluded[k] && !drop.has(boxes[k]!.el));
      const where = places(ks, isContent);
      ks.forEach((k, i) => {
        if (where[i] === 'before' && ks.length > 1 && (headerLike(boxes[k]!) || namesTheJob(boxes[k]!) || jobHeader(boxes[k]!) || factField(boxes[k]!.el)))
          drop.add(boxes[k]!.el);
      });
      const next = ks.find((k, i) => where[i] !== 'before');
      if (next === undefined) break;
      cur = next;
    }
  };
  const joins = (k: number, core: number, before: boolean, sections: Set<number>): boolean => {
    const b = boxes[k]!;
    // before it, a careers page's hero ("Grow with us") where the posting opens with a heading that names the job
    if (before && hero(b.el) && isJobTitle(firstHeading(boxes[core]!.el))) return false;
    // after it, a block headed by a job's name is another job (recommendations with no heading of their own);
    // a post with its own author, after a post with one, is another post (a forum's replies)
    // (or its own time, after a post with one: a comment under a post, "maya.codes Sharing with my team! 6d")
    if (
      !before &&
      (isJobTitle(firstHeading(b.el)) ||
        (b.el.querySelector(AUTHOR) && boxes[core]!.el.querySelector(AUTHOR)) ||
        (b.el.querySelector('time') && boxes[core]!.el.querySelector('time')))
    )
      return false;
    // after it, a column that holds another part of the page under a later heading ("About Lingvo AI", then "Similar jobs"): a sidebar
    if (
      !before &&
      Array.from(b.el.querySelectorAll('h2,h3,h4,h5,h6'))
        .slice(1, 20)
        .some((h) => NOT_THE_POSTING.test(oneLine(h.textContent) ?? ''))
    )
      return false;
    // a company card after it: no sentence, a link to the company's page or jobs, and no "About …" section's heading
    // ("Tallis Pay", "Fintech · London · 150 employees", "See 12 open jobs")
    if (
      !before &&
      b.links &&
      /(?:^|[\s_-])(?:company|employer)(?:[\s_-]|$)/i.test(b.el.getAttribute('class') ?? '') &&
      !/^about\b/i.test(firstHeading(b.el)) &&
      !shortLines(b.el).some((l) => /[.!?]$/.test(l))
    )
      return false;
    if (!contentful(b, page)) return true;
    const cls = b.el.getAttribute('class');
    if (!cls || kindOf(b.el) === kindOf(boxes[core]!.el)) return true;
    const heading = firstHeading(b.el);
    // (or a section of the same family, its first class the core's: "job-section job-profile" beside "job-section job-description")
    if (heading) return (JOINABLE.test(heading) || family(b.el) === family(boxes[core]!.el)) && !NOT_THE_POSTING.test(heading);
    // with no heading of its own: an intro, a block in a posting's section, or a duty or requirement of the posting
    // ("• Apply modern data science techniques …;" in a page builder's block of another class)
    // (but for a box over an "Apply" button that says only how to apply, before the description: "Apply in under 5 minutes. No resume required.")
    if (before && applyNote(b.el)) return false;
    // (or one that opens with a posting's section heading drawn as a plain block: a site builder's "features-title", "What you'll build")
    if (before || sections.has(k) || SECTION_HEADING.test(leadLine(b.el))) return true;
    // a bar with an "Apply" button is the posting's when it says more than how to apply ("Apply in 2 minutes — no cover letter needed")
    // (a bar has a control or two: a block of many is not one, and is not read control by control)
    const bar = controls(b.el);
    // (or closes the posting with its equal-opportunity statement: "Tallow is an equal opportunity employer. We look forward to your application!")
    if (bar.length < 5 && bar.some(saysApply)) {
      const said = besideControls(b.el, bar);
      return !ABOUT_APPLYING.test(said) || EQUAL_OPPORTUNITY.test(said);
    }
    const line = oneLine(b.el.textContent) ?? '';
    // or the posting's closing words in a block of their own ("Spotify is an equal opportunity employer. You are welcome …")
    return DUTY_VERB.test(line) || ITEM_LINE.test(line) || (!b.links && EQUAL_OPPORTUNITY.test(line));
  };
  /**
   * Blocks under a sibling that is only a heading of a posting's section: a page builder
   * (Notion, Wix) lays a posting out as flat blocks, "Benefits" then the blocks it heads.
   */
  const inSections = (kids: number[]): Set<number> => {
    const out = new Set<number>();
    let open = false;
    for (const k of kids) {
      const el = boxes[k]!.el;
      const text = (oneLine(el.textContent) ?? '').replace(PERMALINK_MARK, '');
      const joinable = JOINABLE.test(text) && !NOT_THE_POSTING.test(text);
      if (text && firstHeading(el) === text) open = joinable;
      // a short line styled as a heading (a published document's bold span) opens a section but closes none:
      // no sentence, label, bullet, list or control
      else if (
        !open &&
        joinable &&
        text.split(' ').length <= 8 &&
        !/[.!?]$|:(?!\s*$)|^[•·▪‣◦●○■□◆–-]/.test(text) &&
        !/^(?:A|BUTTON)$/.test(el.tagName) &&
        !Array.from(el.querySelectorAll('li,a,button,br')).some((x) => !permalink(x))
      )
        open = true;
      else if (open) out.add(k);
    }
    return out;
  };
  /** The blocks among `kids` that are not part of the posting beside `anchor` (the block the region grows from). */
  /** The kinds of block the description's paragraphs are (a <p> with no class): text, never a heading or a section of blocks. */
  const proseKinds = (kids: number[]): Set<string> =>
    new Set(kids.filter((k) => contentful(boxes[k]!, page) && !boxes[k]!.headings && oneText(boxes[k]!.el)).map((k) => kindOf(boxes[k]!.el)));
  const outside = (kids: number[], anchor: number, isContent: (k: number) => boolean): Set<number> => {
    const at = kids.indexOf(anchor);
    const where = places(kids, isContent);
    const sections = inSections(kids);
    const prose = proseKinds(kids);
    // a flat section of questions the page adds after the posting ("Supplemental Questions" over them): its heading and all up to the next
    let other = false;
    // (and another job after it on a flat page of several, its heading of the same kind as the job's: "<h2>Tasting Room Associate</h2>"
    // after "<h2>Data Analyst</h2>", its text and all after it)
    const jobHeads = kids.map((k) => boxes[k]!.el).map((el) => (jobHeading(el) ? el.tagName : ''));
    const anotherJob = jobHeads.findIndex((tag, i) => i > at && tag && jobHeads.slice(0, at + 1).includes(tag));
    return new Set(
      kids.filter((k, i) => {
        if (anotherJob > 0 && i >= anotherJob) return true;
        const el = boxes[k]!.el;
        const t = HEADING.has(el.tagName) && i > at && (oneLine(el.textContent) ?? '');
        if (t !== false) other = /question/i.test(t) && NOT_THE_POSTING.test(t);
        // a hero over the posting: the job's name, a label and "Apply" around an intro of sentences, which is the posting's
        if (i < at && k !== anchor && !other && heroIntro(boxes[k]!, drop)) return false;
        // (a block inside running text is the text's: "… to <a>jobs@…</a>. Happy to answer …")
        return (
          k !== anchor &&
          !inText(el) &&
          (other || notPosting(k, where[i]!, kids[i + 1], prose) || (i < at && jobHeader(boxes[k]!)) || !joins(k, anchor, i < at, sections))
        );
      }),
    );
  };
  /**
   * A posting laid out as a run of short sections, each a heading over a line or a short list ("Education: Master's degree",
   * "Tasks", "Benefits", as Canada's Job Bank shows one): three or more of a posting's headings, no links or cards among them.
   */
  const sectioned = (keep: number[]): boolean => {
    let heads = 0;
    for (const k of keep) {
      const b = boxes[k]!;
      if (b.card || linkHeavy(b)) return false;
      const h = HEADING.has(b.el.tagName) ? (oneLine(b.el.textContent) ?? '') : '';
      if (h && JOINABLE.test(h) && !NOT_THE_POSTING.test(h)) heads++;
    }
    return heads >= 3;
  };
  for (let level = 0; level < 4; level++) {
    const parent = boxes[node]!.parent;
    if (parent <= 0) break; // never widen to the whole page
    if (within && !within.contains(boxes[parent]!.el)) break; // nor beyond the part of the page the address points to
    const p = boxes[parent]!;
    const kids = p.kids.filter((k) => !excluded[k]);
    const isContent = (k: number) => k === node || contentful(boxes[k]!, page);
    const out = outside(kids, node, isContent);
    const keep = kids.filter((k) => !out.has(k));
    const good = keep.filter(isContent);
    const isGood = new Set(good);
    const kept = new Set(keep);
    const other = keep.filter((k) => !isGood.has(k)).reduce((s, k) => s + boxes[k]!.raw, 0);
    if (other <= 0.15 * p.good || (good.length === 1 && sectioned(keep))) {
      // a wrapper, or a parent whose other children are a few labels (title, location), or the posting's other sections
      for (const k of kids) if (!kept.has(k)) drop.add(boxes[k]!.el);
      node = parent;
      continue;
    }
    // a run of contentful blocks (intro, duties, "Interview process") beside labels or cards
    if (good.length > 1) return { roots: keep, drop: [...drop], around: p.el };
    break;
  }
  // (blocks named apart, "<div id="header">", "<div id="content">", "<div id="application">", are not of one kind)
  const kindOfRun = (el: Element) => kindOf(el) + el.id.replace(/\d+/g, '');
  // the same rules inside the chosen element: through single wrappers to where its blocks split, six splits deep
  // (a page builder's wrappers — Squarespace's content-wrapper, content, layout, row, column — count for none)
  let inside = node;
  for (let level = 0, wrappers = 0; level < 6 && wrappers < 64; level++) {
    let kids = boxes[inside]!.kids.filter((k) => !excluded[k] && !drop.has(boxes[k]!.el));
    // a description written as lines of its own, text and <br>s, more than in its blocks: a block that opens it and reads as
    // its header is left out ("<div class="props"><span><b>City:</b> Almaty</span>…</div>"), not taken for its main part
    const el = boxes[inside]!.el;
    if (boxes[inside]!.raw > 2 * kids.reduce((n, k) => n + boxes[k]!.raw, 0) + SENTENCE) {
      const opening = kids.filter((k) => !textBefore(el, boxes[k]!.el) && headerLike(boxes[k]!));
      for (const k of opening) drop.add(boxes[k]!.el);
      kids = kids.filter((k) => !opening.includes(k));
    }
    // a single wrapper (a table's <tbody>) is passed through, whatever its weight of left-out cards
    if (kids.length === 1 && !/^(?:UL|OL|DL)$/.test(boxes[inside]!.el.tagName)) {
      inside = kids[0]!;
      level--;
      wrappers++;
      continue;
    }
    // a list, or a run of blocks of one kind, is the description's own text: never pruned
    const kind = kids.length ? kindOfRun(boxes[kids[0]!]!.el) : '';
    if (/^(?:UL|OL|DL)$/.test(boxes[inside]!.el.tagName)) break;
    if (kids.length > 1 && kids.every((k) => kindOfRun(boxes[k]!.el) === kind)) {
      // ...but for the job's header before it ("<div class="field">Job Title</div>", "Location", "Req ID")
      // and a bar of links after it ("Apply now", "Share", "Email me jobs like this")
      if (INLINE_LABEL.has(boxes[kids[0]!]!.el.tagName) || !kids.some((k) => contentful(boxes[k]!, page))) break;
      const where = places(kids, (k) => contentful(boxes[k]!, page));
      const lead = kids.findIndex((k) => !field(boxes[k]!.el));
      // (after the last block with content, what the page adds: a bar of links; in a run of sections, not of paragraphs,
      // a card of facts or a line of alumni)
      const sectionRun = proseKinds(kids).size === 0;
      kids.forEach((k, i) => {
        if (
          (i < lead && (lead > 1 || LABELLED.test(oneLine(boxes[k]!.el.textContent) ?? ''))) ||
          // (or a link alone before it, the way back: "<p><a href="/">← Ostrava Labs</a></p>")
          (where[i] === 'before' && (headerLike(boxes[k]!) || linkHeavy(boxes[k]!))) ||
          (where[i] === 'after' && (controlBar(boxes[k]!) || (sectionRun && notPosting(k, 'after', kids[i + 1], new Set()))))
        )
          drop.add(boxes[k]!.el);
      });
      // (and the first block of a run of rows may open with the job's header, its heading naming the job: a Sitefinity row's
      // column, its h1 over its facts)
      const open = kids.find((k, i) => where[i] !== 'before' && !drop.has(boxes[k]!.el));
      if (open !== undefined && !sectionRun && isJobTitle(firstHeading(boxes[open]!.el))) openingHeader(open, (k) => contentful(boxes[k]!, page));
      // (a careers page's hero, its h1 naming no job, before a block that opens with the job's heading: the page's, and the heading the title)
      const opens = kids.findIndex((k) => isJobTitle(firstHeading(boxes[k]!.el)));
      if (opens > 0 && kids.slice(0, opens).every((k) => hero(boxes[k]!.el))) {
        for (const k of kids.slice(0, opens)) drop.add(boxes[k]!.el);
        const h = boxes[kids[opens]!]!.el.querySelector('h1,h2,h3,h4');
        if (h && (oneLine(boxes[kids[opens]!]!.el.textContent) ?? '').startsWith(oneLine(h.textContent) ?? ' ')) drop.add(h);
      }
      break;
    }
    const isContent = (k: number) => contentful(boxes[k]!, page);
    // the main block: the one holding the core the region grew from, else the one with most sentences;
    // other contentful blocks stay only if they join it
    const core = boxes[start]!.el;
    const main =
      kids.find((k) => boxes[k]!.el.contains(core)) ??
      kids.reduce((m, k) => (NOT_THE_POSTING.test(firstHeading(boxes[k]!.el)) ? m : m < 0 || boxes[k]!.good > boxes[m]!.good ? k : m), -1);
    const out = outside(kids, main, isContent);
    // a label after the posting that heads what is left out ("Next job" over another posting) goes with it
    const at = kids.indexOf(main);
    // (not a section of the posting's own: "What we offer" over cards, each a heading and a line)
    const section = (k: number, heading = firstHeading(boxes[k]!.el)) =>
      ownParts(boxes[k]!.el).length > 1 && JOINABLE.test(heading) && !NOT_THE_POSTING.test(heading);
    kids.forEach((k, i) => i > at && !isContent(k) && !section(k) && out.has(kids[i + 1]!) && isContent(kids[i + 1]!) && out.add(k));
    // never leave out every block that has content
    const kept = kids.filter((k) => !out.has(k));
    if (!kept.some(isContent)) break;
    for (const k of out) drop.add(boxes[k]!.el);
    // (a heading before the main block over nothing but blocks left out is left out with them: "<h2>Job Title</h2>" over the
    // job's name, a job board's field)
    const heading = (k: number) => HEADING.has(boxes[k]!.el.tagName);
    kids.forEach((k, i) => {
      if (i >= at || out.has(k) || !heading(k)) return;
      const end = kids.findIndex((u, j) => j > i && heading(u));
      if (end > i + 1 && kids.slice(i + 1, end).every((u) => out.has(u))) drop.add(boxes[k]!.el);
    });
    if (kept.length !== 1) {
      // the job's facts before the main block ("Duty Station: ADDIS ABABA", "Posting Period: …", a label over its value — but for the skills it asks for) are its header's
      // (and a list of them, each label over its value, "<li>Position Type:<br>Classified</li>"; and a block marked as the
      // title that holds the job's name and its reference, no sentence: "<table class="title"><td>Data Analyst</td><td>JobID: 7712</td>")
      for (const k of kept.slice(0, Math.max(0, kept.indexOf(main)))) {
        const b = boxes[k]!;
        const titled =
          /title/i.test(b.el.getAttribute('class') ?? '') &&
          b.good < 200 &&
          isJobTitle(shortLines(b.el)[0] ?? '') &&
          !ENDS_SENTENCE.test(b.el.textContent ?? '');
        if (headerLike(b) || factField(b.el) || (b.good < 200 && b.raw <= 600 && (facts(b.el) || fieldList(b.el))) || titled) drop.add(b.el);
      }
      // where the blocks split, the main one may still open with the job's header (its name over its labels): left out, the rest kept
      if (kept.includes(main)) openingHeader(main, isContent);
      break;
    }
    inside = kept[0]!;
  }
  return { roots: [node], drop: [...drop] };
}

// ── is it a posting? ────────────────────────────────────────────────────────

/** English cues that a text is a job posting; the first group names duties or requirements. */
const DUTY_CUES: readonly RegExp[] = [
  /responsibilit/i,
  /requirement/i,
  /qualification/i,
  /\bwhat you.{0,4}(?:will |.ll )?(?:be )?(?:do|doing|bring|need|work on|working on)\b/i,
  /\b(?:what|who) we.{0,4}(?:are |.re )?looking for\b/i,
  // "5 years of relevant experience", "3+ years doing forecasting"
  /\byears?(?: of)? (?:\w+ )?(?:professional |relevant |industry |hands-on )?experience|\b\d+\+\s*years?\b/i,
  /\b(?:experience|proficiency|familiarity|expertise|knowledge) (?:with|in|using|of)\b/i,
  /\b(?:degree|bachelor|master|ph\.?d)/i,
  // "You will", "You'll be", "You'd build" (a short post's word for it)
  /\byou(?: will|'ll|’ll|'d|’d)(?:\s+(?:be\s+)?\w+|\s*:)/i,
  // "You have", "You probably bring"
  /\byou (?:\w+ly |should |must )?(?:have|bring|know)\b|\byou (?:should|must) be\b/i,
  // the same in a list under "You": "Have built production data pipelines", "Have 3+ years of …"; a post's "You've shipped …"
  /(?:^(?:[•·\-–*]\s*)?have|\byou['’]ve) (?:built|shipped|worked|led|run|written|designed|deployed|managed|maintained|used|taught|published|trained|developed|owned|scaled|operated|a (?:track record|background|degree)|(?:at least )?\d+\+? years)\b/im,
  /\b(?:skills|skill\(s\)|must have|nice to have|preferred)(?![\w(])/i,
  /\b(?:about|in) (?:the|this) (?:role|position|job)\b/i,
  /\bresponsible for\b|\b(?:main|key|primary|essential|job) duties\b|\bduties (?:include|are)\b/i,
  // a posting's labelled fields: "Job Title: …", "Position: …", "Job Type: Contract", "Job description:"
  /^(?:job|position|role)(?: (?:title|type|description|summary|purpose|details))?\s*(?::|\s[-–]\s)/im,
  // a recruiter's sections ("The role:", "About you:") and the person they describe
  /^(?:the role|about you|your profile|the person|person specification|key skills|who you are|what the (?:job|role) involves)\s*:?\s*$|\b(?:ideal|successful) candidate\b/im,
];
const FIELD_LINE =
  /^(?:job |position )?(?:title|location|duration|contract|visa|pay(?: rate)?|rate|salary|description|client|role|type|start date|work (?:type|location)|clearance(?: type| required)?|category|citizenship(?: required)?|telecommute|shift|travel(?: required)?|positions available)\s*(?::|\s[-–•]\s)/gim;
/** A staffing agency's form: three or more of its fields in the first 50,000 characters. */
const agencyFields = (text: string): boolean => ((text.length > 50_000 ? text.slice(0, 50_000) : text).match(FIELD_LINE) ?? []).length >= 3;
/**
 * An employer that says whom it is hiring ("… is seeking a Data Scientist to …", "we have an opening"):
 * a posting's structure when it has no headings or list. Stricter than the cue of the same words below,
 * which also takes "we are hiring" with no one named.
 */
const SEEKS =
  /\b(?:(?:is|are|we['’]re|currently) (?:looking for|seeking|searching for|hiring|recruiting)|seeks|we need|i need|i['’]m looking for|i am looking for) (?:an?|our (?:first|second|third|next|new)|someone|(?:two|three|several|experienced|talented|motivated) \w+)\b|\bhave an opening\b/i;
const OTHER_CUES: readonly RegExp[] = [
  // first: the word "apply", which an apply control beside the text stands in for
  /\bappl(?:y|ication|icants?)\b/i,
  /\b(?:benefits|salary|stipend|compensation|pay range|equity|paid time off|pto|401\(?k\)?|holiday|pension)\b/i,
  /\b(?:(?:we are|we.re) (?:looking|hiring|seeking)|(?:is|are) (?:looking for|seeking) an?|we need an?)\b/i,
  /\bvacanc(?:y|ies)\b/i,
  // a pay range: "£60,000 - £70,000 a year", "$45–55 per hour"
  /[£$€]\s?\d[\d,.]*k?\s*(?:-|–|to)\s*[£$€]?\s?\d[\d,.]*k?\s*(?:a|an|per|\/)\s*(?:year|annum|hour|yr|hr|month|day)\b/i,
  /\b(?:join|joining) (?:our|the|us)\b/i,
  /\b(?:full[- ]time|part[- ]time|permanent|contract|remote|hybrid|on-?site)\b/i,
  /\bequal (?:opportunity|employment)\b/i,
  /\b(?:cv|resume|résumé|cover letter|interview)/i,
];
/** A line that heads a section of a posting ("Responsibilities", "What you'll bring", "Your profile"; a terse one, "The job", "You", "You've:"). */
const SECTION_HEADING =
  /^(?:(?:key|main|core|your|the|our|job|role|position|primary|essential|minimum|preferred|basic|additional|required|desired|general)\s+)*(?:responsibilities|requirements|qualifications|duties|tasks|skills|profile|mission|role|job|you|job description|description|what you(?:['’]?ll| will|['’]?d)?(?: be)? (?:do(?:ing)?|build(?:ing)?|work(?:ing)? on|own(?:ing)?)|what you(?:['’]?ll| will)? bring|(?:what|who) we(?:['’]re)? look(?:ing)? for|what we offer|we offer|benefits|perks|who you are|what the (?:job|role) involves|about you|about the (?:role|job|position|team)|in this role(?: you will)?|you(?: (?:probably|ideally|already|likely|might|may|should|must))?(?: have| will| are|['’]ve|['’]ll)|nice to have|must have|bonus points|skills and experience|experience|the opportunity)\s*:?$/i;
/** Duty bullets start with a verb. */
// (bullets drawn as arrows too, as a social post draws them: "→ build the evaluation pipeline …")
const DUTY_VERB =
  /^(?:(?:[•·\-–*→➜▸►]|\d{1,2}[.)])\s*)?(?:you(?:'ll|’ll| will)? )?(?:build|design|develop|maintain|own|write|work|create|implement|lead|manage|support|drive|collaborate|partner|analy[sz]e|deploy|train|run|define|deliver|ensure|monitor|automate|improve|optimi[sz]e|model|keep|help|architect|research|conduct|perform|provide|participate|contribute|identify|translate|communicate|present|mentor|prototype|estimate|evaluate|test|integrate|review|document|operate|turn|scale|ship|plan|coordinate|oversee|establish|apply|use|prepare|assist|handle|set up|take|troubleshoot|debug|investigate|explore|curate|clean|ingest|transform|migrate|refactor|forecast|measure|advise|assess|validate|visuali[sz]e|extract|tune|serve)(?:s|es|ed|d|ing)?\b/i;

/** A word that names a section of a posting, inside a short line of the posting's own wording. */
const SECTION_WORD =
  /\b(?:responsibilit|requirement|qualificat|duties|skills|experience|education|benefits|perks|compensation|salary|profile|summary|overview|what you|who you|what we|about (?:the (?:role|job|position)|you)\b|offer|looking for|must.haves?|nice.to.have|bonus points|day in the life|recruitment process|hiring process|how to apply)/i;

/** Structure that postings have and other pages rarely do: section headings, or a list of duties. */
function postingStructure(lines: string[]): { headings: number; duties: number } {
  let headings = 0;
  let loose = 0;
  let duties = 0;
  for (const line of lines) {
    const words = line.split(/\s+/).length;
    // "Requirements" on its own line, or leading a paragraph: "Requirements: 3+ years of …"
    const colon = line.indexOf(':');
    const head = colon > 0 && colon < 60 ? line.slice(0, colon) : line;
    if ((words <= 8 || head !== line) && SECTION_HEADING.test(head)) headings++;
    else if (words <= 6 && !/[.,;]$/.test(line) && SECTION_WORD.test(line)) loose++;
    // a heading asked as a question: "What will you do?", "Who are you?", "What do we offer?"
    else if (words <= 7 && /^(?:what|who|why|how)\b.*\b(?:you|we|us)\b.*\?$/i.test(line)) loose++;
    // or a lead-in that speaks to the reader over a list: "As a Senior Data Scientist, you will:", "We'd love you to have:"
    else if (words <= 10 && /\byou(?:['’]ll| will| to have| have| bring| need)\s*:$/i.test(line)) loose++;
    else if (words >= 3 && DUTY_VERB.test(line)) duties++;
  }
  // headings worded in the posting's own way ("Essential Duties and Responsibilities", "Benefits & perks"): two say "sections"
  return { headings: headings + (loose >= 2 ? 1 : 0), duties };
}

/**
 * What a course's, a bootcamp's, a career guide's, a conference's call for speakers or a request for proposals says and a posting does not
 * (three of them; no corpus posting has more than two).
 */
const OTHER_PAGE =
  /\bcall for (?:speakers|papers|proposals|talks)\b|\bsubmit (?:a|your) (?:talk|proposal|abstract|session)|\bspeakers?['’]? (?:dinner|ticket|mentoring)|\bfirst-time speakers\b|\bsessionize\b|\bin this (?:article|guide)\b|\bhow to become an? |\bfrequently asked questions\b|\bwhat does an? [\w ]{3,40} do\?|\bmedian (?:salary|pay)\b|\bbureau of labor\b|\bjob-ready\b|\bentry requirements\b|\(\d+ credits\)|\bwhat you(?:'ll| will) (?:study|learn)\b|\bprospectus\b|\btuition\b|\bfees \((?:uk|eu|home|international)\)|\bielts\b|\bcourse (?:overview|structure|content)\b|\bapply for this course\b|\bcapstone\b|\bcurriculum\b(?! vitae)|\bbootcamp\b|\b(?:next )?cohort (?:starts?|begins?)\b|\bhow (?:do i|to) enrol|\badmissions (?:team|process|requirements)\b|\brequest for (?:proposals?|quotations?|qualifications)\b|\b(?:proposals?|questions|bids?) (?:are )?due\b|\blate (?:proposals|bids|submissions) will not\b|\bbid portal\b|\bsolicitation (?:document|number|no\b)/gi;

/** A page's heading that names how an employer hires, not a job. */
const HIRING_PROCESS =
  /^(?:how we (?:hire|recruit|interview)|(?:our |the )?(?:hiring|interview(?:ing)?|recruitment|recruiting|application|selection) process(?:es)?|what to expect when you apply|(?:hiring|interviewing) at \S.{0,40})$/i;

/** A link's words that open a map of the job's place. */
const MAP_LINK =
  /^(?:(?:view|show|see|open)(?: (?:on|in))?(?: the)? map|(?:查看)?地图|地図(?:を?(?:見る|表示))?|지도\s?보기|voir (?:la |sur la )?carte|(?:karte|auf der karte) (?:anzeigen|ansehen)|ver (?:en el )?mapa|bekijk (?:op )?(?:de )?kaart)$/i;

/** Cues of postings in the other languages career pages are written in. */
const FOREIGN_CUES =
  /\b(?:poste|profil|missions?|compétences|expérience|candidature|postuler|cdi|aufgaben|anforderungen|bewerbung|erfahrung|kenntnisse|wir bieten|requisitos|experiencia|responsabilidades|funciones|ofrecemos|qué harás|buscamos|vacante|postula(?:r|ción)|postúlate|vereisten|ervaring|solliciteer|sollicit(?:eren|atie)|functie(?:omschrijving|-eisen)?|wat ga je doen|wat vragen wij|wat bieden wij|wij bieden|arbeidsvoorwaarden|werkzaamheden|requisiti|esperienza|candidati|cosa farai|chi cerchiamo|offriamo|erfarenhet|ansök(?:an|er)?|anställning(?:en|sform)?|behörighet|meriterande|vi erbjuder|kvalifikationer|arbetsuppgifter|wymagania|doświadczenie|obowiązki|oferujemy|experiência|vaga|o que você vai fazer|o que esperamos|benefícios|candidate-se|diferencial|sorumluluklar|gereksinimler|nitelik\w*|deneyim\w*|tecrübe\w*|başvuru|(?:arbejds)?opgaver|arbeidsoppgaver|erfaring|kvalifikasjoner|ansøgning\w*|søknad\w*|tehtävät|vaatimukset|kokemus(?:ta)?|osaaminen|tarjoamme|hakemus|požadavky|požadujeme|náplň práce|co vás čeká|nabízíme|zkušenost[ií]?|požiadavky|ponúkame|skúsenosti|feladatok|elvárások|tapasztalat|jelentkezés|cerințe|responsabilități|oferim|persyaratan|kualifikasi|pengalaman|tanggung ?jawab|kelayakan|penerangan kerja|faedah|keperluan jawatan|mô tả công việc|yêu cầu|quyền lợi|kinh nghiệm|tuyển dụng|opis (?:posla|delovnega mesta)|uvjeti|uslovi|nudimo|iskustv\w*|pričakujemo|izkušnj\w*|reikalavimai|patirt\w*|siūlome|atsakomyb\w*|darbo pobūdis|pienākumi|prasības|pieredz\w*|piedāvājam|tööülesanded|nõuded|kogemus\w*|pakume|kandideeri\w*|funcions|requisits|oferim|experiència|candidatura|helstu verkefni|\w*hæfniskröfur|reynsla|umsókn\w*|fríðindi|sótt er um)\b/giu;

/** The same in Russian, Ukrainian, Bulgarian, Arabic, Persian, Hebrew, Greek, Thai and Hindi, whose letters `\b` does not see as a word's. */
const NON_LATIN_CUES =
  /обязанности|требования|условия|опыт работы|мы предлагаем|вакансия|обов[’'ʼ]язки|вимоги|досвід|изисквания|отговорности|предлагаме|кандидатствай|المسؤوليات|المتطلبات|المؤهلات|الخبرة|الوظيفة|تقديم|דרישות|תיאור המשרה|ניסיון|תפקיד|αρμοδιότητες|απαιτήσεις|προσόντα|εμπειρία|หน้าที่|ความรับผิดชอบ|คุณสมบัติ|สวัสดิการ|ประสบการณ์|วิธีการสมัคร|شرح شغل|سابقه کار|مهارت|مزایا|مسئولیت|जिम्मेदारि|योग्यता|अनुभव|आवेदन|भर्ती|वेतन|पारिश्रमिक|მოვალეობ|მოთხოვნ|გამოცდილ|ანაზღაურ/gi;

/** The same in Japanese, Chinese (simplified and traditional) and Korean, which have no spaces for `\b` to find. */
const CJK_CUES =
  /工作內容|條件要求|工作經歷|學歷要求|工作待遇|福利制度|應徵|經驗|仕事内容|業務内容|職務内容|必須|歓迎|応募|募集|求める人物|求めて|こんなことやります|経験|雇用形態|給与|经验|岗位职责|任职要求|职位描述|工作内容|岗位要求|薪资|자격\s?요건|주요\s?업무|우대\s?사항|담당\s?업무|지원\s?방법|근무\s?조건|복리\s?후생|혜택|채용\s?절차|전형\s?절차|경험이|경력/g;

/**
 * An article or blog post rather than a posting: at least two signs of one (a publication
 * time, an author, a reading time). `og:type=article` alone is no sign: CMSs set it on every page.
 */
function looksLikeArticle(doc: Document): boolean {
  let signs = 0;
  if (doc.querySelector('meta[property="article:published_time"],article time[datetime],.byline time,[itemprop="datePublished"]')) signs++;
  if (doc.querySelector('[itemprop="author"],[rel="author"],.byline,.author,meta[name="author"]')) signs++;
  const text = doc.body?.textContent?.slice(0, 50_000) ?? '';
  if (/\b\d+\s*min(?:ute)?s? read\b/i.test(text)) signs++;
  // (a byline by its words, whatever its class: "By Hannah Cole · Updated November 2, 2026")
  if (/\b[Bb]y [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2} ?[·•|]/.test(text)) signs++;
  return signs >= 2;
}

export interface PostingCheck {
  posting: boolean;
  english: boolean;
  /** Distinct duty or requirement cues, and all cues. */
  duties: number;
  cues: number;
}

/**
 * Does this text read as a job posting? In English: cues of duties and requirements, and
 * the structure of a posting (section headings, a list of duties, labelled fields, prose
 * that speaks to its reader, an employer saying whom it seeks); an article needs a list of
 * duties and more cues. `applyControl`: an application form or "Apply" button beside the
 * text. In another language: its length and a few cue words.
 */
export function readsAsPosting(text: string, article = false, applyControl = false): PostingCheck {
  const english = detectEnglish(text).english;
  if (!english) {
    const sample = text.slice(0, 50_000);
    const found = new Set((sample.match(FOREIGN_CUES) ?? []).map((w) => w.toLowerCase()));
    const cjk = sample.match(CJK_CUES) ?? [];
    for (const w of [...cjk, ...(sample.match(NON_LATIN_CUES) ?? [])]) found.add(w.toLowerCase());
    // a character of Chinese, Japanese or Korean says about as much as a word
    return { posting: text.length >= (cjk.length ? 150 : 300) && found.size >= 2, english, duties: 0, cues: found.size };
  }
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  // a staffing agency's form: "Title: …", "Location: …", "Duration: 8 Months", "Visa: Any", "Description:"
  const fields = agencyFields(sample) ? 1 : 0;
  let duties = fields + DUTY_CUES.reduce((n, re) => n + (re.test(sample) ? 1 : 0), 0);
  // an application form or an "Apply" button beside the text says "apply" as plainly as the word (OTHER_CUES[0])
  let cues = duties + (applyControl ? 1 : 0) + OTHER_CUES.reduce((n, re, i) => n + ((i > 0 || !applyControl) && re.test(sample) ? 1 : 0), 0);
  const shape = postingStructure(
    sample
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 400),
  );
  const list = shape.duties >= 3;
  // two of a posting's section headings ("The role", "About you") are a cue of their own
  if (shape.headings >= 2) {
    duties++;
    cues++;
  }
  // a posting written as prose, with no headings or list, speaks to its reader about the job
  // ("you will … you will … you have …") and says how to apply
  const prose =
    (sample.match(/\byou(?: will|'ll|’ll) \w+/gi)?.length ?? 0) >= 2 &&
    /\byou (?:have|bring|know)\b|\byou (?:will|should|must) (?:have|hold|bring|possess)\b|\b(?:ideal|successful) candidate\b/i.test(sample) &&
    // (or says where to write: "Send a short note and your rate to jobs@ostravalabs.example")
    /\b(?:apply|cv|resume|résumé)\b|\b(?:send|e-?mail|write|reach out)\b[^.\n]{0,80}?\b(?:to|at)\s+[\w.+-]+@[\w-]+\.\w/i.test(sample);
  const seeks = SEEKS.test(sample);
  // "IT Consulting Services Inc seeks Data Scientist for …"
  const seeksNamed = /\bseeks [A-Z]\w+ [A-Z]/.test(sample);
  const posting = article
    ? ((list || shape.headings >= 2) && duties >= 3 && cues >= 5) || (prose && duties >= 2 && cues >= 5)
    : ((list || shape.headings >= 1 || prose || seeks || seeksNamed || fields > 0) && duties >= 2 && cues >= 3) ||
      (duties >= 4 && cues >= 8 && text.length >= 1000) ||
      // a short post that says whom it hires and what they would do: "We're hiring our first ML engineer … You'd own … apply: …"
      // (or lists it, a duty a line: "We need someone to: → compress … → build … → ship …")
      (seeks && duties >= 1 && (cues >= 5 || (list && cues >= 3)));
  // a course's page ("Entry requirements", "Machine Learning (30 credits)", "IELTS 6.5"), a request for proposals ("Proposals due",
  // "Late proposals will not be accepted": the work is a firm's, not a job) or a person's CV ("Curriculum Vitae",
  // "Senior Data Engineer — Brightpay (2023–present)") lists duties and requirements too, and is no posting
  const course = new Set(sample.match(OTHER_PAGE)?.map((w) => w.toLowerCase())).size >= 3;
  const resume =
    /curriculum vitae|\bmy (?:cv|r[eé]sum[eé])\b/i.test(sample) &&
    (sample.match(/\b(?:19|20)\d\d\s*[–-]\s*(?:present|now|(?:19|20)\d\d)\b/gi)?.length ?? 0) >= 2;
  return { posting: text.length >= 200 && posting && !course && !resume, english, duties, cues };
}

// ── the title ───────────────────────────────────────────────────────────────

const JOB_TITLE_MARK = /(?:job|posting|position|vacancy|opening|role|req)[-_]?(?:title|name|header|heading)/i;
const TITLE_MARK = /title/i;
/** A field label naming the job's title ("Job Title:", "Position title"), with the value when it follows on the same line. */
// (or "Position:" alone, as a department's page of the 1990s writes it: "<B>Position:</B> Research Data Scientist")
// (and the occupation's label in a Japanese, Korean or Chinese table: "職種", "모집직종", "职位名称")
const TITLE_LABEL =
  /^(?:(?:job|position|posting|vacancy|role)\s*(?:title|name)\s*:?|(?:position|role)\s*:|(?:募集)?職種(?:名)?|모집\s?직종|职位名称)\s*(?:\s(\S.{1,150}))?$/i;

/** The page's own heading: left out with a block that reads as page furniture (a "…-banner" class), it may still name the job. */
function pageHeading(el: Element): boolean {
  return el.tagName === 'H1';
}

/**
 * A heading that is the site's logo, not the job's name: "<h1 class="logo"><a href="/">Hydroinformatics Lab Wiki</a></h1>"
 * (a wiki's or an old theme's header) — marked as the logo, or nothing but a link home.
 */
function siteName(el: Element): boolean {
  if (/\blogo/i.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return true;
  const links = el.querySelectorAll('a[href]');
  const href = links.length === 1 ? links[0]!.getAttribute('href')!.trim() : undefined;
  return !!href && /^(?:\/|\.\/|(?:https?:)?\/\/[^/?#]+\/?)$/.test(href) && oneLine(links[0]!.textContent) === oneLine(el.textContent);
}

/** A consent banner's heading. */
const CONSENT_HEADING =
  /\b(?:uses? cookies|cookie (?:consent|settings|preferences|policy|notice)|manage (?:cookie )?consent|we value your privacy|privacy (?:choices|options|settings|preference))\b|^(?:cookies?|(?:your )?privacy)$/i;

/**
 * Headings and title-marked elements before the description, and the page's titles. `shown`: rendered; `leftOut`: noise or cards;
 * `header`: blocks of the region left out of its text (the job's header).
 */
function titleCandidates(doc: Document, first: Element, shown: Set<Element>, leftOut: Set<Element>, header = new Set<Element>()): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const seen = new Set<Element>();
  /** The outermost left-out element holding `el` (or `el` itself), if any. */
  const leftOutBy = (el: Element): Element | undefined => {
    let outer: Element | undefined;
    for (let e: Element | null = el; e; e = e.parentElement) if (leftOut.has(e)) outer = e;
    return outer;
  };
  // a <header>, or a block named one ("mat-card-header": a card's header, left out as page furniture, holds the job's name)
  const headerOf = (el: Element) => el.tagName === 'HEADER' || /header|banner|hero/i.test(el.getAttribute('class') ?? '');
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  // the parts of the page's titles ("Data Engineer (Python) | Python.org"), each one job's name or the site's
  const titled = new Set(
    [doc.title, og ?? '']
      .flatMap((t) => t.split(SEPARATORS))
      .map((t) => oneLine(t)?.toLowerCase())
      .filter(Boolean),
  );
  const consider = (el: Element, bonus: number): void => {
    if (seen.has(el) || !shown.has(el) || siteName(el)) return;
    // left out with a header: a detail pane's own header may still name the job, at a cost;
    // left out otherwise, never
    const outer = leftOutBy(el);
    if (outer && !headerOf(outer) && !pageHeading(el)) return;
    const cost = outer ? 1 : 0;
    seen.add(el);
    // (a heading split into a block a letter for animation, "<div class="char">M</div><div class="char">a</div>…", is read whole)
    // (without its permalink mark: "Data Engineer¶")
    const read = textMap(el, { maxChars: 400, exclude: permalink }).text;
    const lines = read.split('\n');
    // (nor the subtitle set inside the heading, under the job's name: Semantic UI's "<div class="sub header">Remote (Europe) · Full-time</div>")
    const rest = lines.length > 1 ? lines.slice(1).join(' ').trim() : '';
    // (or the employer and the place on lines of their own, under the job's name the page's title gives alone: a job board's
    // "Data Engineer (Python)<br><span>Tidewater Grain Cooperative</span> <span>Remote, Iowa, United States</span>")
    const sub =
      !!rest &&
      titleScore(lines[0]!.trim()) >= 3 &&
      (LABELS_APART.test(rest) ||
        /^(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract)\b/i.test(rest) ||
        titled.has(oneLine(lines[0])?.toLowerCase()));
    const text = oneLine(sub ? lines[0] : lines.length > 3 && lines.filter((l) => l.trim().length <= 2).length * 2 > lines.length ? el.textContent : read);
    // (never a consent banner's heading, whatever its tag or class: "We value your privacy", "This website uses cookies")
    if (text && !CONSENT_HEADING.test(text)) out.push({ text, bonus: bonus - cost, whole: true });
  };
  // headings and title-marked elements before the description (and the description's first heading)
  const selector = 'h1,h2,h3,[role="heading"],[itemprop="title"],[class*="title" i],[id*="title" i],[data-testid*="title" i],[data-automation*="title" i]';
  // a posting inside a web component's shadow root has its heading there too
  const shadows = new Set<ParentNode>();
  const scope = first.getRootNode() as ParentNode;
  if (scope !== doc) shadows.add(scope);
  for (const el of [first, ...Array.from(first.children)]) if (el.shadowRoot) shadows.add(el.shadowRoot);
  const inShadow = [...shadows].flatMap((s) => Array.from(s.querySelectorAll(selector)));
  const marked = [...Array.from(doc.querySelectorAll(selector)), ...inShadow];
  const before = marked.filter((el) => {
    if (!(inShadow.includes(el) || el.compareDocumentPosition(first) & 4 || first.contains(el))) return false;
    // a heading in a left-out card (another job of a list inside the region) is never the job's: nor does it count among the nearest
    const outer = leftOutBy(el);
    return !outer || headerOf(outer) || pageHeading(el);
  });
  // the nearer a heading before the description stands to it, the likelier it names the job (a tie goes to it);
  // a wrapper marked "title" around the job's title and more ("job-title-wrap": the title, then the location) gives way to the title
  // (of those inside the text read, its first four: a long description's headings must not crowd out the title above them)
  // (the heading of a posting's own <summary>, left out of its text as the job's header, stands before it: "<summary><h2>Data Scientist</h2>…")
  // (or one that names a job and opens the region, left out as its header: a detail pane's "job-detail__title" over its text)
  const top = oneLine(first.textContent)?.slice(0, 400) ?? '';
  const ownHeader = before
    .filter(
      (el) =>
        first.contains(el) &&
        (el.closest('summary') || (top.startsWith(oneLine(el.textContent) ?? ' ') && isJobTitle(oneLine(el.textContent) ?? ''))) &&
        [...header].some((h) => h.contains(el)),
    )
    .at(-1);
  const inside = new Set(before.filter((el) => first.contains(el) && el !== ownHeader).slice(4));
  const near = before.filter((el) => !inside.has(el)).slice(-12);
  const textOf = (el: Element) => oneLine(el.textContent) ?? '';
  for (const [i, el] of near.entries()) {
    if (before.some((inner) => inner !== el && el.contains(inner) && textOf(inner) && textOf(inner) !== textOf(el))) continue;
    const attrs = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-automation') ?? ''}`;
    // a heading drawn with divs (role="heading" aria-level="2") ranks as its level's h-element
    const level = el.getAttribute('role') === 'heading' && !HEADING.has(el.tagName) ? `H${el.getAttribute('aria-level') ?? 2}` : el.tagName;
    let bonus = level === 'H1' ? 2 : level === 'H2' ? 1 : 0;
    if (el.getAttribute('itemprop') === 'title' || JOB_TITLE_MARK.test(attrs)) bonus += 2;
    else if (TITLE_MARK.test(attrs) && !/subtitle/i.test(attrs)) bonus += 1;
    if (first.contains(el) && el !== ownHeader) bonus -= 1;
    else bonus += i / 100;
    consider(el, bonus);
  }
  // a "Job title:" field, as older career systems lay a posting out: the value beside the label
  let fields = 0;
  for (const el of Array.from(doc.querySelectorAll('td,th,dt,label,strong,b,span,div,p'))) {
    if (fields >= 3) break;
    let own = '';
    // (a translated page wraps each text in <font> elements: their text is the element's own)
    for (let n = el.firstChild; n; n = n.nextSibling)
      if (n.nodeType === 3) own += n.nodeValue;
      else if (n.nodeName.toUpperCase() === 'FONT' && isLeaf(n as Element)) own += n.textContent;
    const label = TITLE_LABEL.exec(own.replace(/\s+/g, ' ').trim());
    if (!label || leftOutBy(el)) continue;
    // (or in the next cell: "<td><b>Position Title:</b></td><td>…</td>")
    // (or in the text right after it: "<B>Position:</B> Research Data Scientist<BR>")
    const after = el.nextSibling?.nodeType === 3 && el.nextSibling.nodeValue?.trim() ? el.nextSibling : (el.nextElementSibling ?? el.nextSibling);
    // (or beside the wrappers around the label: "<td><b>Position Title:</b></td><td>…</td>", and Knack's
    // "<div class="kn-detail-label"><span><span>Job Title</span></span></div><div class="kn-detail-body">…</div>")
    let box = el;
    for (let up = 0; up < 4 && box.parentElement?.childElementCount === 1 && oneLine(box.parentElement.textContent) === oneLine(box.textContent); up++)
      box = box.parentElement;
    const value = label[1] || oneLine(after?.textContent) || (box === el ? el.parentElement : box)?.nextElementSibling?.textContent;
    const text = oneLine(value);
    // ("Position:" alone says less than "Job title:": a job's name, short, no sentence, where no h1 names the job)
    const bare = !/title|name/i.test(own);
    if (!text || (bare && (text.split(' ').length > 8 || /[.:!?]$/.test(text) || isJobTitle(oneLine(doc.querySelector('h1')?.textContent) ?? '')))) continue;
    // (and ranks below an element marked as the job's title)
    if (titleScore(text) > 0 || shortJobNonLatin(text)) {
      out.push({ text, bonus: bare ? 1 : 3 });
      fields++;
    }
  }
  // the job's name alone in a block of the header, marked as nothing ("<div class="position">Data Engineer</div>")
  // (or in bold in a line left out as the header's: "👋 We're hiring a <b>Data Engineer</b> at <b>Stillwater Energy</b> (Lyon or remote)")
  for (const el of header) {
    const line = isLeaf(el) ? (oneLine(el.textContent) ?? '') : jobLine(el);
    if (isJobTitle(line)) out.push({ text: line, bonus: -1 });
  }
  if (og) out.push({ text: og, bonus: 0.5, page: true });
  if (doc.title) out.push({ text: doc.title, bonus: 0.5, page: true });
  return out;
}

/** The element the address's fragment names, when it holds a sizeable part of the page's text (a section, not an anchor). */
function pointedAt(doc: Document, url: string | undefined): Element | undefined {
  const id = /#([^#?]+)$/.exec(url ?? '')?.[1];
  if (!id) return undefined;
  let name = id;
  try {
    name = decodeURIComponent(id);
  } catch {
    // a malformed escape: the fragment as written
  }
  const el = doc.getElementById(name);
  // (or a heading that names a job among others of its kind on a flat page: Jekyll and Hugo give every heading an id,
  // "/join/#phd-student-in-coastal-monitoring")
  if (el && pointedSection(el)) return el;
  return el && el !== doc.body && (el.textContent ?? '').length >= 200 ? el : undefined;
}

/** A heading (h1–h6) that names a job: an opening's on a flat page of several. */
function jobHeading(el: Element): boolean {
  return HEADING.has(el.tagName) && isJobTitle(oneLine(el.textContent) ?? '');
}

/**
 * The section a pointed heading opens on a flat page of several openings, each a heading of the same kind over its
 * blocks: the blocks beside it that are not its section (those before it, and those from the next job's heading on).
 */
function pointedSection(heading: Element): { around: Element; outside: Element[] } | undefined {
  const around = heading.parentElement;
  if (!around || !jobHeading(heading)) return undefined;
  const kids = Array.from(around.children);
  const jobs = kids.filter((k) => k.tagName === heading.tagName && jobHeading(k));
  if (jobs.length < 2 || kids.length > 400) return undefined;
  const at = kids.indexOf(heading);
  const next = kids.findIndex((k, i) => i > at && jobs.includes(k));
  return { around, outside: kids.filter((_, i) => i < at || (next > 0 && i >= next)) };
}

/** A page of several postings in `<details>`, each named by its summary, with one open: the one the reader opened. */
function openedPosting(doc: Document): Element | undefined {
  const open = doc.querySelectorAll('details[open]');
  const el = open.length === 1 ? open[0]! : undefined;
  const names = (d: Element) => isJobTitle(firstHeading(d.querySelector('summary') ?? d) || (oneLine(d.querySelector('summary')?.textContent) ?? ''));
  return el && names(el) && Array.from(el.parentElement?.children ?? []).some((d) => d !== el && d.tagName === 'DETAILS' && names(d)) ? el : undefined;
}

/**
 * A bullet drawn in a block of its own (Notion, page builders) on the line of its item, as a
 * list shows it: "•\nBuild pipelines" → "• Build pipelines"; a line of zero-width spaces (a page
 * builder's empty paragraph) is blank. The text keeps its length, so offsets on the page still hold.
 */
export function bulletsOnTheirLines(text: string): string {
  return text.replace(/^([•·▪‣◦●○■□◆–-][ \t]*)\n(?=\S)/gm, '$1 ').replace(/^[\u200b\u200c\u200d\ufeff]+$/gm, (z) => ' '.repeat(z.length));
}

// ── the reader ──────────────────────────────────────────────────────────────

export interface GenericResult {
  posting: Posting;
  roots: Element[];
}

export type GenericReader = (doc: Document, url: string | undefined, maxChars: number) => GenericResult | undefined;

/** The posting a person sees on a career page no adapter knows, or `undefined` when the page shows none. */
export const readGeneric: GenericReader = (doc, url, maxChars) => {
  // (a live page changes between reads: another extension's panel may have come since the last)
  extensionRoots.delete(doc);
  const view = pageView(doc);
  if (view) {
    const readView = (v: PageView): GenericResult | undefined => {
      const firstRead = (targets: (Element | undefined)[]): GenericResult | undefined => {
        for (const target of targets) {
          const shown = target && readShown(v, url, maxChars, target);
          if (shown) return shown;
        }
        return undefined;
      };
      // a page of several postings, opened at one of them ("/careers#data-scientist"): that one is read;
      // an anchor to something else ("#apply", a form) leaves the whole page to be read;
      // and a posting open in a dialog over a list of jobs (or in an overlay drawn with utility classes, "fixed inset-0", or
      // pinned by its inline style, and no dialog's role), or the one open of several in <details>, is the one the reader is looking at
      return (
        firstRead([pointedAt(doc, url), openedPosting(doc), ...shownPanels(v, `dialog[open],[role="dialog"],[aria-modal="true"],.fixed.inset-0,${PINNED}`)]) ??
        readShown(v, url, maxChars) ??
        // a side panel (a drawer) is page furniture beside a posting, but on a page with none it may hold one
        // (a plain div too, by its name: "drawer", "flyout", "Job details")
        firstRead(shownPanels(v, 'aside,[role="complementary"],[class*="drawer" i],[class*="flyout" i],[aria-label*="job" i]'))
      );
    };
    const shown = readView(view);
    // a posting whose sections are all collapsed ("What you'll do ▸"): a person opens them with a click;
    // and one whose text is shortened behind "Show more" is read whole, as the click shows it
    const opened = collapsedOpened(doc, view.isHidden, shown?.roots);
    const unfolded = opened && pageView(doc, opened.isHidden, opened.markupHidden);
    const read = unfolded && readView(unfolded);
    if (shown) return read && read.posting.text.length > shown.posting.text.length ? read : shown;
    if (read) return read;
    // the page behind a dialog (sign in, job alerts) that a modal library hides from screen readers while it is open is
    // still on screen: read where the page shows no posting otherwise
    const behind = behindModal(doc).size ? pageView(doc, hiddenTest(doc, true), markupHiddenOf(doc, true)) : undefined;
    const underneath = behind && readView(behind);
    if (underneath) return underneath;
  }
  return readData(doc, url, maxChars);
};

/** A control that shows the rest of a shortened text: "Show more", "Read more…", "…more", "+ See full job description". */
const SHOW_MORE = /^(?:[+]\s*)?(?:(?:show|read|see|view)\s+(?:more|(?:the\s+)?full(?:\s+job)?\s+description)|(?:\.\.\.|…)\s*more)(?:\s*[.…▾▼⌄›»+]+)?$/i;

/** Navigation and menus: their toggles open links, not text. */
const MENU = 'nav,header,footer,menu,[role="navigation"],[role="menu"],[role="menubar"]';

/** Whether an element lies inside one of `set`, remembered for each ancestor asked (siblings share the walk up). */
function within(set: Set<Element>): (el: Element) => boolean {
  const inside = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let found = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = inside.get(e);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(e);
      if (set.has(e)) {
        found = true;
        break;
      }
    }
    for (const e of path) inside.set(e, found);
    return found;
  };
}

/**
 * The page's hiding test with its collapsed sections open — the content of a closed `<details>`, a panel
 * whose button says it is collapsed (`aria-expanded="false"`, Bootstrap's `data-bs-target`), a text
 * shortened behind "Show more" — or `undefined` when it has none. Inside an opened panel only an
 * element's own markup or style hides it; inside a shortened text, nothing does (its rest is hidden
 * only until the click).
 */
/** The tabs of a tab set: ARIA's, and Bootstrap's links to their panels. */
const TABS = '[role="tab"][aria-controls],[data-toggle="tab"][href^="#"],[data-bs-toggle="tab"][href^="#"]';

function collapsedOpened(
  doc: Document,
  isHidden: (el: Element) => boolean,
  shown?: Element[],
): { isHidden: (el: Element) => boolean; markupHidden: (el: Element) => boolean } | undefined {
  // where a posting is read, only its own collapsed sections and a shortened text in or around it are opened: an FAQ's
  // or a menu's elsewhere on the page are not the posting's
  const ours = (panel: Element): boolean => !shown || shown.some((root) => root.contains(panel));
  const panels = new Set<Element>(Array.from(doc.querySelectorAll('details:not([open]) > :not(summary)')).slice(0, 200).filter(ours));
  // (a Bootstrap tab names its panel by its link: <a data-toggle="tab" href="#requirements">; a toggle that names none
  // opens the block after it: <button aria-expanded="false">What we ask</button><div class="panel">)
  const panelsOf = (toggle: Element): Element[] => {
    const ids = (
      toggle.getAttribute('aria-controls') ??
      toggle.getAttribute('data-bs-target') ??
      toggle.getAttribute('data-target') ??
      (/^#\w/.test(toggle.getAttribute('href') ?? '') ? toggle.getAttribute('href')! : '')
    ).replace(/#/g, '');
    if (!ids) return toggle.nextElementSibling && !toggle.closest(MENU) && isHidden(toggle.nextElementSibling) ? [toggle.nextElementSibling] : [];
    return ids
      .split(/\s+/)
      .map((id) => (id ? doc.getElementById(id) : null))
      .filter((el): el is HTMLElement => !!el);
  };
  const toggles = Array.from(doc.querySelectorAll(`[aria-expanded="false"],${TABS},[data-bs-target^="#"],[data-target^="#"]`));
  for (const toggle of toggles.slice(0, 200)) for (const panel of panelsOf(toggle)) if (ours(panel)) panels.add(panel);
  // a posting read from one tab of a set ("The role | Your profile | What we offer"): its other tabs are the posting's too
  for (const list of shown ? Array.from(doc.querySelectorAll('[role="tablist"],.nav-tabs,.nav-pills')).slice(0, 20) : []) {
    const tabs = Array.from(list.querySelectorAll(TABS)).slice(0, 20).flatMap(panelsOf);
    if (tabs.some((panel) => shown!.some((root) => root.contains(panel) || panel.contains(root)))) for (const panel of tabs) panels.add(panel);
  }
  // a shortened text: the block before its "Show more" control, or the one around it, when it hides some of its content
  const shortened = new Set<Element>();
  // the controls themselves go with the click
  const controls = new Set<Element>();
  let asked = 0;
  /** A text's opening words, to tell a teaser by the whole text it shortens. */
  const start = (el: Element) => (oneLine(el.textContent) ?? '').slice(0, 60);
  for (const control of Array.from(doc.querySelectorAll('button,a,[role="button"]')).slice(0, 500)) {
    const label = control.textContent ?? '';
    // a menu's toggle ("More ▾" in a site's navigation) opens links, not the rest of a text
    if (label.length > 60 || !SHOW_MORE.test(oneLine(label) ?? '') || control.hasAttribute('aria-haspopup') || control.closest(MENU)) continue;
    // a few such controls at most (a hostile page may hold hundreds, each over a large block)
    if (++asked > 20) break;
    for (const box of [control.previousElementSibling, control.parentElement]) {
      // (a block hidden whole is what the click shows, not the text it shortens: the one around it is; with layout, its
      // content measures hidden too, as the markup alone does not say)
      if (!box || box === doc.body || box === doc.documentElement || isHidden(box)) continue;
      // the outermost hidden elements inside, in document order (a hidden element's descendants follow it, and are not counted again)
      const hidden: Element[] = [];
      for (const el of Array.from(box.querySelectorAll('*')).slice(0, 2000)) if (!hidden.at(-1)?.contains(el) && isHidden(el)) hidden.push(el);
      if (!hidden.length) continue;
      // beside a posting already read, a shortened text shows its start: a teaser of another job, all hidden, is not one
      const showing = (box.textContent ?? '').length - label.length - hidden.reduce((n, h) => n + (h.textContent ?? '').length, 0);
      if (!shown || (showing >= 80 && shown.some((root) => root.contains(box) || box.contains(root)))) {
        shortened.add(box);
        controls.add(control);
        // the shortened text itself, beside the whole one it opens ("… find every new road and building…"), goes with the click
        for (const el of Array.from(box.children).slice(0, 200))
          if (!isHidden(el) && /(?:…|\.\.\.)$/.test(oneLine(el.textContent) ?? '') && hidden.some((h) => start(h) === start(el))) controls.add(el);
      }
      break;
    }
  }
  if (!panels.size && !shortened.size) return undefined;
  // with layout, an element inside a closed panel measures hidden whatever its own style: its own display is asked instead
  const view = hasLayout(doc) ? doc.defaultView : null;
  const ownHidden = (el: Element) => hiddenByMarkup(el) || (!!view && view.getComputedStyle(el).display === 'none');
  const inPanel = within(panels);
  const inShortened = within(shortened);
  return {
    isHidden: (el) => {
      if (controls.has(el)) return true;
      if (panels.has(el) || !isHidden(el) || inShortened(el)) return false;
      return el.parentElement && inPanel(el.parentElement) ? ownHidden(el) : true;
    },
    // the text read from the opened view: what the markup hides, the opened panels and shortened texts apart
    markupHidden: (el) => controls.has(el) || (!panels.has(el) && !inShortened(el) && hiddenByMarkup(el)),
  };
}

/** One walk of a page, shared by every place on it a posting may be read from. */
interface PageView {
  doc: Document;
  isHidden: (el: Element) => boolean;
  boxes: Box[];
  hidden: Set<Element>;
  page: number;
  article: boolean;
  lines: (el: Element) => boolean;
  /** The page shows a form to apply with: a CV to upload, or four fields and more. */
  applyForm: boolean;
  /** What the text is read without, when not what the markup hides (collapsed sections opened). */
  markupHidden?: (el: Element) => boolean;
}

function pageView(doc: Document, isHidden = hiddenTest(doc), markupHidden?: (el: Element) => boolean): PageView | undefined {
  if (!doc.body) return undefined;
  const { boxes, hidden } = walk(doc.body, isHidden);
  aggregate(boxes);
  const applyForm = boxes.some(
    (b) =>
      b.el.tagName === 'FORM' &&
      (!!b.el.querySelector('input[type="file"]') || b.el.querySelectorAll('input:not([type="hidden"]):not([type="submit"]),select,textarea').length >= 4),
  );
  return {
    doc,
    isHidden,
    boxes,
    hidden,
    page: boxes[0]!.raw || 1,
    article: looksLikeArticle(doc),
    lines: showsLineBreaks(doc),
    applyForm,
    markupHidden: markupHidden ?? markupHiddenOf(doc),
  };
}

/**
 * Shown panels of a kind (modal dialogs, drawers) that hold some text, at most two (a consent
 * dialog may come first); closed ones are not read again.
 */
function shownPanels(view: PageView, selector: string): Element[] {
  const shown = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) if (view.isHidden(e)) return false;
    return true;
  };
  // (not one inside another already taken: a drawer's own "drawer-body"); the first 200 asked, so a page of thousands of
  // nested "drawer" divs costs no more than one of a few
  const out: Element[] = [];
  let asked = 0;
  for (const el of view.doc.querySelectorAll(selector)) {
    if (out.length > 1 || ++asked > 200) break;
    if (!out.some((p) => p.contains(el)) && (el.textContent ?? '').length >= 200 && shown(el)) out.push(el);
  }
  return out;
}

/**
 * A client-rendered page that shows no posting (its scripts have not run: a saved copy, a spinner)
 * may hold it in the data it ships for its scripts. Nothing on the page holds the text, so
 * nothing can be highlighted.
 */
function readData(doc: Document, url: string | undefined, maxChars: number): GenericResult | undefined {
  const found = pageDataPostings(doc)[0];
  if (!found || !readsAsPosting(found.text).posting) return undefined;
  const company = found.company ?? companyOf(doc);
  const posting: Posting = { title: pickTitle([{ text: found.title ?? '', bonus: 0 }], company), company, text: found.text, source: 'page-data', url };
  capText(posting, maxChars);
  return { posting, roots: [] };
}

/** The posting in a page's view, or in the part of it `target` names. */
function readShown(view: PageView, url: string | undefined, maxChars: number, target?: Element): GenericResult | undefined {
  if (!target) return readRegion(view, url, maxChars);
  // the posting the address points at (or open in a dialog), though beside the others it looks like one card of a list:
  // its flags are set aside for this reading, and the page's are back for the next
  const saved = view.boxes.map((b) => [b.card, b.noise] as const);
  for (const b of view.boxes) {
    if (b.el.contains(target)) {
      b.card = false;
      b.noise = 0; // a dialog, which elsewhere is page furniture
    } else if (b.noise === 1 && target.contains(b.el)) b.noise = 0; // its own parts ("modal-body")
  }
  try {
    return readRegion(view, url, maxChars, target);
  } finally {
    view.boxes.forEach((b, i) => ([b.card, b.noise] = saved[i]!));
  }
}

/** A message quoted under a reply: its sender and date ("From: … / Sent: …"), or "On 24 Nov 2026, Dan wrote:". */
const QUOTED = /^(?:(?:from|von|de|van|da)\s*:.*\n\s*(?:sent|date|gesendet|datum|envoy[ée]|enviado|verzonden)\s*:|on\s.{5,150}\swrote:$)/im;

/**
 * An e-mail's signature at its end: "--" alone on a line, then a few short lines (a name, a job, a firm, a phone), the last
 * of them perhaps a firm's long notice ("This email and any attachments are confidential …").
 */
const SIGNATURE =
  /\n--[ \t]*\n(?:[^\n]{0,120}\n){0,5}(?:[^\n]{0,120}|[^\n]{0,400}\b(?:confidential|privileged|intended (?:solely |only )?for|registered (?:in|office))\b[^\n]{0,400})$/i;

/** The line an article's writer closes it with, before a call to follow the account: "—— END ——", "- END -". */
const END_MARK = /^[\s—–=~·*-]*END[\s—–=~·*-]*$/m;

/**
 * A posting sent in an e-mail, without the message quoted under it (the reader's own question, answered above it);
 * and a posting in an article, without what follows its "END" ("long-press to scan the code and follow us").
 */
function beforeQuote(text: string): string {
  const at = QUOTED.exec(text)?.index ?? END_MARK.exec(text)?.index;
  if (!at) return text;
  const before = text.slice(0, at).trim();
  return readsAsPosting(before).posting ? before : text;
}

function readRegion(view: PageView, url: string | undefined, maxChars: number, target?: Element): GenericResult | undefined {
  const { doc, boxes, hidden, page, article, lines, markupHidden } = view;
  const excluded = excludedBoxes(boxes, page);
  const leaveOut = new Set<Element>(hidden);
  for (let i = 0; i < boxes.length; i++) if (excluded[i]) leaveOut.add(boxes[i]!.el);
  // a row of a record's fields whose value is empty or left out says nothing: its label alone is left out too ("Attachments"
  // with none, "Closing Date" over a value classed as a date, in a SharePoint item's form table)
  for (const row of Array.from(doc.querySelectorAll('tr')).slice(0, 400)) {
    const cells = row.children;
    const value = cells[1];
    if (
      cells.length === 2 &&
      value &&
      (oneLine(cells[0]!.textContent)?.split(' ').length ?? 9) <= 4 &&
      (leaveOut.has(value) || !/[\p{L}\p{N}]/u.test(value.textContent ?? ''))
    )
      leaveOut.add(row);
  }
  // a form field's label ("Your name", "Tell us about a pipeline you built"), in a form drawn without a <form>
  for (const l of Array.from(doc.querySelectorAll('label[for]')).slice(0, 200))
    // (not a checkbox's: a section's heading in an accordion drawn with CSS, "<input type="checkbox"><label>What you'll do</label>")
    // (nor a read-only text box's: the name of the text the page shows in it, "Position Description")
    if (isField(doc.getElementById(l.getAttribute('for')!))) leaveOut.add(l);
  // an accordion toggle's word beside its section's name, in the heading's button ("Job description" + "Show")
  // (the buttons first, then what is in them: a selector that ends in "button *" asks every element of the page for a button around it)
  for (const t of Array.from(doc.querySelectorAll(':is(h2,h3,h4,h5,li) button'))
    .slice(0, 100)
    .flatMap((b) => Array.from(b.querySelectorAll('*')))
    .slice(0, 400))
    if (!t.childElementCount && /^(?:show|hide|expand|collapse|open|close|[+−–-])(?: all)?(?: sections?)?$/i.test(oneLine(t.textContent) ?? ''))
      leaveOut.add(t);
  // a bar of buttons in a list item ("Reply", "Reply all", "Forward" under a message in a thread's list): controls, where a
  // list item's own button (an accordion's "What you'll do") is read
  for (const b of Array.from(doc.querySelectorAll('li button')).slice(0, 200))
    if (b.parentElement!.querySelectorAll(':scope > button').length > 1) leaveOut.add(b);
  // a forum post's or a blog's byline ("by clyde_data » Tue Nov 17, 2026 9:14 am"): who wrote it and when, not the job
  // (or the line that opens with the author's name and its date: "Dana Whitcomb Oct 21 #6612" over a message)
  for (const a of Array.from(doc.querySelectorAll(AUTHOR)).slice(0, 100)) {
    const name = oneLine(a.textContent) ?? ' ';
    for (let el: Element | null = a, up = 0; el && up < 3; el = el.parentElement, up++) {
      const line = oneLine(el.textContent) ?? '';
      if (line.split(' ').length > 12) break;
      if ((/^by\s/i.test(line) || (el !== a && line.startsWith(name))) && /\b(?:19|20)\d\d\b|\d{1,2}:\d\d|\b[a-z]{3} \d{1,2}\b/i.test(line)) {
        leaveOut.add(el);
        break;
      }
    }
  }
  // a link to a map of the job's place ("View map", "查看地图", "地図を見る"), or one alone in its block that only says to apply
  // ("Apply by email", between the description's columns): a control, not the posting's words
  // (an apply link left out still says "apply", as a button does)
  const applyLinks: Element[] = [];
  for (const a of Array.from(doc.querySelectorAll('a')).slice(0, 1000)) {
    const t = oneLine(a.textContent) ?? '';
    // (or alone on its line between blocks: "<ul>…</ul><a class="btn">Apply now</a>" closing a summary card)
    const apply =
      APPLY.test(t) &&
      t.split(' ').length <= 5 &&
      !/@|https?:|www\./i.test(t) &&
      (oneLine(a.parentElement?.textContent) === t ||
        (!inText(a) && ![a.previousElementSibling, a.nextElementSibling].some((e) => e && INLINE.has(e.tagName))));
    if (apply) applyLinks.push(a);
    if (
      MAP_LINK.test(t) ||
      apply ||
      // (or a link's preview card, its page's title and summary over its address: "greenmobility.co.kr")
      (a.querySelector('p,div,strong') && /^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?$/i.test(oneLine(a.lastElementChild?.textContent) ?? ''))
    )
      leaveOut.add(a);
  }
  // a picture or video in the description, and its caption ("Meet the Speech team (2 min)"), is not the posting's text
  for (const f of Array.from(doc.querySelectorAll('figure')).slice(0, 100))
    if (f.querySelector('img,iframe,video,picture') && (oneLine(f.textContent) ?? '').split(' ').length <= 20) leaveOut.add(f);
  // the section of a heading the address points at, on a flat page of several openings: its blocks, read as one region
  const section = target && pointedSection(target);
  const sectionBox = section ? boxes.findIndex((b) => b.el === section.around) : -1;
  // the best candidate that reads as a posting (a long archive may outweigh the posting above it)
  const cores = sectionBox >= 0 ? [sectionBox] : candidates(boxes, excluded, 4, target);
  // then the blocks inside the best one: a long company blurb may have won the page beside the posting
  const best = cores[0];
  if (best !== undefined && sectionBox < 0) {
    cores.push(...candidates(boxes, excluded, 4, boxes[best]!.el));
    // (a thread's posts, each with its author, in one block: the first post first, the rest being replies to it)
    const posts = boxes[best]!.kids.filter((k) => !excluded[k] && boxes[k]!.el.querySelector(AUTHOR));
    if (posts.length > 1 && posts.every((k) => kindOf(boxes[k]!.el) === kindOf(boxes[posts[0]!]!.el)))
      cores.unshift(...candidates(boxes, excluded, 1, boxes[posts[0]!]!.el));
  }
  for (const core of cores) {
    // (its heading is the job's name, shown as the title)
    const region: Region =
      section && sectionBox >= 0 ? { roots: [sectionBox], drop: [...section.outside, target!] } : widen(boxes, excluded, core, page, target);
    const roots = region.roots.map((i) => boxes[i]!.el);
    const dropped = new Set(region.drop);
    const tail = trailingLink(roots.at(-1)!, (el) => leaveOut.has(el) || dropped.has(el) || SKIP.has(el.tagName));
    if (tail) dropped.add(tail);
    const exclude = (el: Element) => leaveOut.has(el) || dropped.has(el);
    const texts: string[] = [];
    let read = 0;
    let total = 0;
    for (const root of roots) {
      const m = textMap(root, { maxChars: Math.max(0, maxChars - read), exclude, hidden: markupHidden });
      // (a line of nothing but marks is what is left of a bar of links: "| |", "· ·")
      const t = bulletsOnTheirLines(keepLineBreaks(m, lines))
        // (and an e-mail's signature after "--", at its end)
        .replace(SIGNATURE, '')
        .split('\n')
        // (and a printed document's page numbers, "HPA-PD-0417 | Version 3 | Page 2 of 2", and its print line, "Printed 11/25/2026 from …";
        // and a board's prompt to sign in or up, "Log in to see how well you match this job", and its match widget's buttons and
        // labels, "Check my match", "GOOD MATCH"; and a link to skip past the page's parts,
        // "Skip to first unread message"; and a docs page's callout title alone, "TIP" over its words; and a news post's dateline,
        // "Posted on 18 November 2026 by Earth Sciences Communications" (or "in Vacancies"), and a record's, "Last modified at 11/20/2026 3:02 PM by …",
        // alone or closing a page's footer line: "Nordhavn Maritime Institute · Havnevej 6 · Last modified 24.11.2026"; and a government
        // site's banner, "An official website of the United States government", "Here's how you know")
        .filter(
          (l) =>
            (/[\p{L}\p{N}]/u.test(l) &&
              !/(?:^|\|\s*)page \d+ of \d+$|^printed (?:on )?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|^(?:log|sign) ?(?:in|up) (?:to|and) (?:see|view|check|get|find out|unlock)\b[^.]{0,80}\.?$|^check (?:my |your )?match$|^(?:your|good|great|fair) match$|^skip to(?: \S+){1,4}$|^(?:tip|note|info|warning|caution|danger)$|^(?:posted|published)(?: on)? [^.]{0,30}\b(?:19|20)\d\d(?: (?:by|in) [^.]{1,60})?$|^an official (?:web)?site of\b[^.]{0,60}$|^here['’]s how you know$|(?:^|\s[·|•]\s)(?:privacy(?: policy)?|imprint|impressum|terms of (?:use|service)|cookies?(?: policy)?|org\.? ?nr\.?[\d ]*|registered in [^·|•]{1,40})(?:\s[·|•]\s|$)|(?:^|\s[·|•]\s)(?:created|(?:last )?(?:modified|updated|edited|changed))(?: (?:at|on))?:? (?:[^.]|(?<=\d)\.(?=\d)){0,30}\b(?:19|20)\d\d(?:,? \d{1,2}:\d\d(?::\d\d)?(?: ?[ap]m)?)?(?: by [^.]{1,60})?$/i.test(
                l.trim(),
              )) ||
            !l.trim(),
        )
        .join('\n')
        .trim();
      if (t) texts.push(t);
      read += m.text.length;
      total += m.totalChars;
    }
    // (without a careers page's welcome of open applications after the posting, "Initiativbewerbungen für Bauingenieure … willkommen",
    // or its word that there is no other opening: "No other openings right now.")
    let text = beforeQuote(texts.join('\n\n')).replace(
      /\n+(?:initiativbewerbungen|speculative applications|open applications|candidatures spontanées|no (?:other|more) (?:openings|vacancies|positions|roles|jobs)\b)[^\n]*$/i,
      '',
    );
    // the cues are read on the whole region: the header's "Full-time" and the footer's "Apply now"
    // say "posting" even though they are left out of its text
    const whole = region.around
      ? keepLineBreaks(textMap(region.around, { maxChars, exclude: (el) => leaveOut.has(el), hidden: markupHidden }), lines)
      : region.drop.length
        ? roots.map((r) => keepLineBreaks(textMap(r, { maxChars: maxChars, exclude: (el) => leaveOut.has(el), hidden: markupHidden }), lines)).join('\n\n')
        : text;
    // an "Apply" button beside the text says "apply" too, though a control's text is not read
    const applies =
      view.applyForm ||
      (region.around ? [region.around] : roots).some(
        (r) =>
          applyLinks.some((a) => r.contains(a)) ||
          Array.from(r.querySelectorAll('button,[role="button"],input[type="submit"]')).some((c) => APPLY.test(c.textContent || c.getAttribute('value') || '')),
      );
    if (!readsAsPosting(whole, article, applies).posting) continue;
    // a page of several postings, each a block headed by its job's name, none pointed at: never one verdict on them all
    const jobs = roots
      .flatMap((r) => Array.from(r.children))
      .filter((c) => !leaveOut.has(c) && (c.textContent?.length ?? 0) > 150 && isJobTitle(firstHeading(c)) && c.querySelector('h2,h3,h4'));
    if (!target && new Set(jobs.map(family)).size === 1 && jobs.length > 1) continue;
    // a careers site's page about how it hires ("How we hire", "Our interview process"): its steps and what it looks for are no posting
    if (HIRING_PROCESS.test(oneLine(doc.querySelector('h1')?.textContent) ?? '')) continue;
    // ...but the duties must be in the text read: a long company blurb chosen over the posting beside it
    // would otherwise pass on the cues of the posting it leaves out
    const own = whole !== text ? readsAsPosting(text, article) : undefined;
    // (a staffing agency's fields, "Title: …", "Location: …", "Duration: …", left out as the job's header, still say "posting")
    if (own?.english && !own.posting && own.duties + (agencyFields(whole) && !agencyFields(text) ? 1 : 0) < 2) continue;
    const company = companyOf(doc, roots[0]) ?? employerSaid(text);
    // (the employer's name on a line of its own under the job's heading is the header's, not the description's first line;
    // and so is the place on the line under it: "Harlan County Health System" over "Cedar Falls, IA 50613", a state job bank's header)
    const lead = text.indexOf('\n');
    if (company && lead > 0 && text.slice(0, lead).trim() === company && readsAsPosting(text.slice(lead + 1), article).posting) {
      text = text.slice(lead + 1).trimStart();
      const next = text.indexOf('\n');
      if (next > 0 && /^\p{Lu}[\p{L} .'’-]{1,40},\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?$/u.test(text.slice(0, next).trim()))
        text = text.slice(next + 1).trimStart();
    }
    const posting: Posting = {
      // (or, where nothing around it names the job, the text's own first line: "🔥 Data Engineer at Lumina Health" in a channel's post; not a line of hashtags)
      title: pickTitle(
        [
          ...(section ? [{ text: oneLine(target!.textContent) ?? '', bonus: 9, whole: true }] : []),
          ...titleCandidates(doc, roots[0]!, new Set(boxes.map((b) => b.el)), leaveOut, dropped),
          // (or its second, under a heading over a list of openings: "Current Openings" over "<b>DATA ENGINEER</b><br>Full-time | Portland, ME")
          ...text
            .slice(0, 300)
            .split('\n')
            .filter((l) => l.trim() && !/^(?:#\S+\s*)+$/.test(l))
            .slice(0, 2)
            .map((l, i) => ({ text: l, bonus: -2 - i / 2 })),
        ],
        company,
      ),
      company,
      text,
      source: 'generic',
      url,
    };
    // (the job's name as a line of the text's first few, under a page's heading that names none: "Jobs" over "<b>Creative Technologist</b><br>"
    // on a flat page, is the header's, shown as the title)
    // (or its first, the job's name with what the title leaves out of it, a reference: "<b>Statistician (Ref. 26/114)</b><br>" on a page
    // of <font> and <br>s)
    const head = text.split('\n', 3);
    // (a posting that opens by naming its job keeps that line: it is the posting's own)
    const named = head.findIndex(
      (l, i) => (i > 0 && l.trim() === posting.title) || (!i && l.trim() !== posting.title && withoutReference(l.trim()) === posting.title),
    );
    if (named >= 0 && head.slice(0, named).every((l) => !isJobTitle(l) && l.split(' ').length <= 4 && !/[.!?:]$/.test(l.trim()))) {
      const rest = text.slice(head.slice(0, named + 1).join('\n').length).trimStart();
      if (readsAsPosting(rest, article).posting) posting.text = rest;
    }
    if (read >= maxChars) posting.truncated = { readChars: read, totalChars: total };
    return { posting, roots };
  }
  return undefined;
}
