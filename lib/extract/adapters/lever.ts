import type { AdapterNote, SiteAdapter } from './types';

export const lever: SiteAdapter = {
  name: 'lever',
  hosts: ['lever.co'],
  title: ['.posting-headline h2', '.posting-header h2'],
  company: ['.main-header-logo img[alt]', 'meta[property="og:site_name"]'],
  location: ['.posting-categories .location', '.posting-categories .sort-by-time'],
  description: ['.posting-page .content .section-wrapper.page-full-width', '[data-qa="job-description"]'],
  exclude: ['.postings-btn-wrapper', '.last-section-apply', '[data-qa="btn-apply-bottom"]'],
};

export const leverNote: AdapterNote = {
  note: 'jobs.lever.co/<company>/<id>: headline h2, categories, then .section blocks (description, list sections such as "What you will do", closing).',
  checked: '2026-11-24',
};
