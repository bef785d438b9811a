import { INDEED_HOSTS } from './hosts';
import type { AdapterNote, SiteAdapter } from './types';

export const indeed: SiteAdapter = {
  name: 'indeed',
  hosts: INDEED_HOSTS,
  title: ['[data-testid="jobsearch-JobInfoHeader-title"]', 'h2[data-testid="simpler-jobTitle"]', '.jobsearch-JobInfoHeader-title'],
  company: [
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    '.jobsearch-JobInfoHeader-companyNameSimple',
    '.jobsearch-JobInfoHeader-companyNameLink',
  ],
  location: ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="job-location"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]'],
  description: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
};

export const indeedNote: AdapterNote = {
  note: 'Header fields are read as rendered text: the title carries a visually hidden " - job post" span and the company an inline <style>; the 2025 header uses h2[data-testid="simpler-jobTitle"]. Search results with the right-hand detail pane (?vjk=) and the standalone viewjob page share #jobDescriptionText and the data-testid header fields.',
  checked: '2026-11-25',
};
