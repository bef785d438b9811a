import type { AdapterNote, SiteAdapter } from './types';

export const indeed: SiteAdapter = {
  name: 'indeed',
  hosts: ['indeed.com', 'indeed.co.uk', 'indeed.ca', 'indeed.com.au'],
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title'],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
};

export const indeedNote: AdapterNote = {
  note: 'Search results with the right-hand detail pane (?vjk=) and the standalone viewjob page share #jobDescriptionText and the data-testid header fields.',
  checked: '2026-11-24',
};
