import { readFileSync } from 'node:fs';
import { Node, parseHTML } from 'linkedom';
import { fixDocumentPosition } from '../lib/cli/document-position';
import { readGeneric, readsAsPosting } from '../lib/extract/generic';
import { readPosting } from '../lib/extract/read';
fixDocumentPosition(Node.prototype);
for (const f of process.argv.slice(2)) {
  const { document } = parseHTML(readFileSync(f, 'utf8'));
  const r = readPosting(document as unknown as Document, 'https://example.com/jobs/1', { generic: readGeneric }).result;
  console.log('==', f, r.ok ? `${r.posting.source} | ${r.posting.title} | ${r.posting.company ?? ''}` : JSON.stringify(r));
  if (r.ok) console.log(r.posting.text);
  else console.log(readsAsPosting(document.body.textContent ?? ''));
}
