import type { AdapterNote, SiteAdapter } from './types';

export const greenhouse: SiteAdapter = {
  name: 'greenhouse',
  hosts: ['greenhouse.io'],
  title: ['.job__title h1', 'h1.section-header', '.app-title', 'h1'],
  company: ['.company-name', 'meta[property="og:site_name"]'],
  location: ['.job__location', '.location'],
  description: ['.job__description', '#content'],
  exclude: ['#application', '.application', 'form'],
};

export const greenhouseNote: AdapterNote = {
  note: 'job-boards.greenhouse.io (job__title, job__description) and the older boards.greenhouse.io (app-title, #content, "at Company" line).',
  checked: '2026-11-24',
};
