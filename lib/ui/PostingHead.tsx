import type { Posting } from '../types';

const SOURCE: Record<string, string> = {
  'json-ld': 'structured data',
  generic: 'page text',
  'page-data': "the page's data",
  fallback: 'page text',
  selection: 'your selection',
  paste: 'pasted text',
  draft: 'draft',
  file: 'file',
};

export function sourceLabel(source: Posting['source']): string {
  return source.startsWith('adapter:') ? source.slice(8).replace(/^./, (c) => c.toUpperCase()) : (SOURCE[source] ?? source);
}

export function PostingHead({ posting }: { posting: Posting }) {
  const meta = [posting.company, posting.location].filter(Boolean).join(' · ');
  return (
    <header class="posting-head">
      <p class="posting-title" data-testid="posting-title">
        {posting.title ?? 'Untitled posting'}
      </p>
      <p class="posting-meta">
        {meta}
        <span class="badge" data-testid="posting-source" title="Where RoleLens read the posting">
          from {sourceLabel(posting.source)}
        </span>
        <span class="badge" data-testid="posting-chars" data-chars={posting.text.length}>
          {posting.text.length.toLocaleString('en')} characters
        </span>
      </p>
      {posting.truncated && (
        <p class="note" data-testid="truncated">
          This page is very large: RoleLens read the first {posting.truncated.readChars.toLocaleString('en')} of{' '}
          {posting.truncated.totalChars.toLocaleString('en')} characters.
        </p>
      )}
    </header>
  );
}
