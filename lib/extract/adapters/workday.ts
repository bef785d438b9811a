import type { AdapterNote, SiteAdapter } from './types';

export const workday: SiteAdapter = {
  name: 'workday',
  hosts: ['myworkdayjobs.com', 'myworkdaysite.com'],
  title: ['[data-automation-id="jobPostingHeader"]'],
  company: ['meta[property="og:site_name"]', '[data-automation-id="company"]'],
  location: ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'],
  description: ['[data-automation-id="jobPostingDescription"]'],
};

export const workdayNote: AdapterNote = {
  note: 'Workday career sites are single-page apps: the posting renders into data-automation-id elements after load, and clicking a job in the list swaps the detail pane.',
  checked: '2026-11-24',
};
