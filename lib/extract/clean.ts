/** Small text helpers shared by the extraction sources. */
import type { Posting } from '../types';
import { textMap } from './offsets';

/** A posting cut to what RoleLens reads, saying how much more there was. */
export function capText(p: Posting, maxChars: number): void {
  if (p.text.length > maxChars) {
    p.truncated = { readChars: maxChars, totalChars: p.text.length };
    p.text = p.text.slice(0, maxChars);
  }
}

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
    // header fields as rendered: no <style> text, no visually hidden " - job post"
    const text = oneLine(el && (el.getAttribute('content') ?? (el.tagName === 'IMG' ? el.getAttribute('alt') : textMap(el, { maxChars: 600 }).text)));
    if (text) return text;
  }
  return undefined;
}

/** An element with text and no structure inside: no child elements but `<font>` (which a browser's page translation wraps every text in). */
export function isLeaf(el: Element): boolean {
  // (at most 64 wrappers looked at: a page may nest thousands)
  const stack = [el];
  for (let n = 0; stack.length > 0;) {
    for (const c of stack.pop()!.children) {
      if (c.tagName !== 'FONT' || ++n > 64) return false;
      stack.push(c);
    }
  }
  return true;
}
