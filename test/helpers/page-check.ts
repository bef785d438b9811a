/** What a saved page's reading must hold (test/fixtures/pages/expectations.ts): shared by the unit, end-to-end and bench readings. */
import type { PageExpectation } from '../fixtures/pages/expectations';

export interface Reading {
  ok: boolean;
  title?: string;
  company?: string;
  text?: string;
}

/** How a reading falls short of what a careful person reads on the page (none: right). */
export function shortfalls(page: PageExpectation, r: Reading): string[] {
  if (page.noPosting) return r.ok ? ['read a posting on a page that shows none'] : [];
  if (!r.ok) return ['no posting read'];
  const out: string[] = [];
  if (r.title !== page.title) out.push(`title ${JSON.stringify(r.title)}, not ${JSON.stringify(page.title)}`);
  const text = r.text ?? '';
  const lines = text.split('\n').map((l) => l.trim());
  if (!lines.includes(page.first!)) out.push('first sentence missing');
  if (!lines.includes(page.last!)) out.push('last sentence missing');
  const from = text.indexOf(page.first!);
  // (the last line may also be part of an earlier one: a signature's "Wellbeck Genome Centre" after "The Wellbeck Genome Centre is looking …")
  const to = text.lastIndexOf(page.last!) + page.last!.length;
  if (from >= 0 && to >= page.last!.length && to <= from) out.push('last sentence before the first');
  if (from >= 0 && to > from && (text.length - (to - from)) / text.length >= 0.15) out.push('15% or more of the text from outside the description');
  for (const a of page.absent ?? []) if (text.includes(a)) out.push(`reads ${JSON.stringify(a)}`);
  return out;
}
