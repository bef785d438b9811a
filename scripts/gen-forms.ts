/**
 * Build-time step: irregular inflections → lemma, generated with compromise.
 * Porter stemming maps "deploys/deployed/deploying" together but not "built" to
 * "build" or "led" to "lead"; this table closes that gap so the runtime matcher
 * needs no parser. Run: npx tsx scripts/gen-forms.ts (writes lib/nlp/irregular-forms.json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise/three';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { ALL_ENTRIES } from '../lib/lexicon/entries';

// verbs common in postings beyond the lexicon's own words
const EXTRA =
  'lead drive make bring run write build take grow seek understand hold teach think buy sell find give choose keep meet spend become begin know see show deal win fight draw feel get go'.split(
    ' ',
  );

const words = new Set<string>(EXTRA);
for (const e of ALL_ENTRIES) for (const p of e.patterns) for (const w of p.split(/[\s|~]+/)) if (/^[a-z]+$/.test(w)) words.add(w);

const forms: Record<string, string> = {};
for (const word of [...words].sort()) {
  const doc = nlp(word);
  if (!doc.has('#Verb') && !EXTRA.includes(word)) continue;
  for (const c of doc.verbs().conjugate() as Record<string, string>[]) {
    const lemma = c['Infinitive'];
    if (!lemma || lemma.includes(' ')) continue;
    for (const form of [c['PastTense'], c['Participle'], c['PresentTense'], c['Gerund']]) {
      if (!form || form.includes(' ') || form === lemma) continue;
      if (PorterStemmer.stem(form) !== PorterStemmer.stem(lemma)) forms[form] = lemma;
    }
  }
}
const sorted = Object.fromEntries(Object.entries(forms).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(import.meta.dirname, '..', 'lib', 'nlp', 'irregular-forms.json'), JSON.stringify(sorted, null, 1) + '\n');
console.log(`irregular forms: ${Object.keys(sorted).length}`);
