import type { AdapterNote, SiteAdapter } from './types';

export const ashby: SiteAdapter = {
  name: 'ashby',
  hosts: ['ashbyhq.com'],
  title: ['.ashby-job-posting-heading', 'h1[class*="_title_"]', 'h1'],
  company: ['meta[property="og:site_name"]', 'img[class*="_navLogo"][alt]'],
  location: ['[class*="_section_"] [class*="_location"]', '.ashby-job-posting-brief-details p'],
  description: ['.ashby-job-posting-description', '[class*="_descriptionText_"]'],
};

export const ashbyNote: AdapterNote = {
  note: 'jobs.ashbyhq.com/<org>/<id>: a React app with hashed class names (_title_, _descriptionText_) and stable ashby-job-posting-* hooks.',
  checked: '2026-11-24',
};
