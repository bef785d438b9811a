import { readFileSync } from 'node:fs';
import { analyze } from '../lib/analyze';
const rows = readFileSync('/work/shared/corpus/dev.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const counts = new Map<string, number>();
for (const r of rows) {
  const rep = analyze({ text: r.text, source: 'file' });
  for (const e of rep.evidence)
    for (const h of e.hits) {
      const k = `${h.entryId} [${h.matched.toLowerCase()}]`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
}
const top = [...counts].sort((a, b) => b[1] - a[1]);
console.log(
  top
    .slice(0, 500)
    .map(([k, v]) => `${v} ${k}`)
    .join('\n'),
);
