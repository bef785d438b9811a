/**
 * BASELINE, kept for bench:extract only: the generic fallback as it was before the
 * generic reader (lib/extract/generic.ts) replaced it.
 *
 * The generic fallback for any other career page: find the element that holds the
 * most paragraph and list text (less link text), then accept it only when it reads
 * like a posting. A news article or a search page gets `undefined`, never a guess.
 */
import type { Posting } from '../../lib/types';
import { firstText, oneLine } from '../../lib/extract/clean';
import { textMap } from '../../lib/extract/offsets';

const CUES: readonly RegExp[] = [
  /responsibilit/i,
  /requirement/i,
  /qualification/i,
  /\bwhat you.{0,4}(do|bring)\b/i,
  /\byears of \w* ?experience/i,
  /\bexperience (with|in)\b/i,
  /\bappl(y|ication)\b/i,
  /\b(benefits|salary|compensation)\b/i,
  /\b(we are|we.re) (looking|hiring|seeking)\b/i,
  /\byou(.ll| will)\b/i,
  /\b(degree|bachelor|master|ph\.?d)/i,
  /\bthe (role|position)\b/i,
];

const NOISE = /\b(nav|menu|footer|header|sidebar|related|similar|recommend|cookie|banner|share|comment|social)\b/i;

/** How strongly a text reads as a job posting: the number of distinct cues it shows. */
export function postingCues(text: string): number {
  return CUES.reduce((n, re) => n + (re.test(text) ? 1 : 0), 0);
}

function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += (a.textContent ?? '').length;
  return n;
}

function isNoise(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE' || tag === 'HEADER' || tag === 'FORM') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo' || role === 'complementary') return true;
  return NOISE.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

/** How much of a block's text counts for the container at each level above it. */
const LEVEL_WEIGHT = [1, 0.8, 0.6, 0.4];

function insideNoise(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isNoise(e)) return true;
  return false;
}

/** Text blocks of a document or shadow root, and of the open shadow roots inside it (web components). */
function blocksIn(root: ParentNode): Element[] {
  const out = Array.from(root.querySelectorAll('p, li, pre, h2, h3, h4, td'));
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(...blocksIn(el.shadowRoot));
  return out;
}

/** The best candidate element for a posting body. */
export function bestContainer(doc: Document): Element | undefined {
  const scores = new Map<Element, number>();
  // a paragraph repeated many times (archives, filler, feeds) counts once
  const seen = new Set<string>();
  for (const block of blocksIn(doc)) {
    const text = block.textContent ?? '';
    if (text.trim().length < 20 || seen.has(text) || insideNoise(block)) continue;
    seen.add(text);
    const own = Math.min(text.length, 1200);
    let parent: Element | null = block.parentElement;
    for (let depth = 0; parent && depth < LEVEL_WEIGHT.length && parent !== doc.documentElement; depth++) {
      scores.set(parent, (scores.get(parent) ?? 0) + own * LEVEL_WEIGHT[depth]!);
      parent = parent.parentElement;
    }
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const total = (el.textContent ?? '').length || 1;
    const adjusted = score * (1 - Math.min(0.9, linkTextLength(el) / total));
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = el;
    }
  }
  return best;
}

export function extractFallback(doc: Document, url: string | undefined, maxChars: number): { posting: Posting; roots: Element[] } | undefined {
  const root = bestContainer(doc);
  if (!root) return undefined;
  const m = textMap(root, { maxChars, exclude: isNoise });
  const text = m.text.trim();
  if (text.length < 250 || postingCues(text) < 3) return undefined;
  const title =
    firstText(root.getRootNode() as ParentNode, ['h1']) ?? firstText(doc, ['h1', 'meta[property="og:title"]']) ?? oneLine(doc.title?.split(/\s[|\-–—]\s/)[0]);
  const posting: Posting = {
    title,
    company: firstText(doc, ['meta[property="og:site_name"]', '[itemprop="hiringOrganization"]']),
    text,
    source: 'fallback',
    url,
  };
  if (m.truncated) posting.truncated = { readChars: m.text.length, totalChars: m.totalChars };
  return { posting, roots: [root] };
}
