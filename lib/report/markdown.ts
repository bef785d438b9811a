/** A Report (and a draft's coverage) as Markdown, for copying into a ticket or a review. */
import type { Coverage } from '../draft/coverage';
import type { Posting, Report } from '../types';
import { ROLE_NAMES } from '../types';
import { mismatchSentence, percent, rankedRoles, verdictSentence } from './summary';

/** Page text is untrusted: keep Markdown and HTML in it from taking effect. */
export function mdEscape(s: string): string {
  return s
    .replace(/[\\`*_{}[\]<>()#+!|~]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();
}

export function reportMarkdown(posting: Posting, report: Report, cov?: Coverage, date = new Date()): string {
  const out: string[] = [];
  out.push(`# RoleLens analysis${posting.title ? `: ${mdEscape(posting.title)}` : ''}`, '');
  const meta = [posting.company && mdEscape(posting.company), posting.url && `<${posting.url.replace(/[<>\s]/g, '')}>`, date.toISOString().slice(0, 10)].filter(
    Boolean,
  );
  if (meta.length) out.push(meta.join(' · '), '');
  out.push(`**${verdictSentence(report)}**`);
  const mm = mismatchSentence(report);
  if (mm) out.push('', `> ${mm}`);
  out.push('', '| Role | Share |', '| --- | ---: |');
  for (const r of rankedRoles(report)) out.push(`| ${ROLE_NAMES[r]} | ${percent(report.scores[r])} |`);
  out.push('', `Confidence: ${percent(report.confidence)}`);
  if (cov) {
    out.push(
      '',
      `## Coverage of the ${ROLE_NAMES[cov.intended]} role: ${cov.covered.length} of ${cov.covered.length + cov.missing.length} core responsibilities`,
      '',
    );
    for (const c of cov.covered) out.push(`- [x] ${c.entry.label}`);
    for (const m of cov.missing) out.push(`- [ ] ${m.label} — *missing; consider adding it*`);
    if (cov.pulling.length) {
      out.push('', '## Lines that read as another role', '');
      for (const e of cov.pulling) out.push(`- **${e.role.toUpperCase()}**: ${mdEscape(e.text)}`);
    }
  }
  out.push('', '## Evidence', '');
  for (const e of [...report.evidence].sort((a, b) => a.start - b.start)) {
    out.push(`- **${e.role.toUpperCase()}** ${mdEscape(e.text)} — ${[...new Set(e.hits.map((h) => h.label))].join('; ')}`);
  }
  out.push('', '_Analyzed on this device by RoleLens._', '');
  return out.join('\n');
}
