import type { AdapterNote, SiteAdapter } from './types';

export const smartrecruiters: SiteAdapter = {
  name: 'smartrecruiters',
  hosts: ['smartrecruiters.com'],
  title: ['h1.job-title', '[itemprop="title"]'],
  company: ['[itemprop="hiringOrganization"] [itemprop="name"]', 'meta[itemprop="name"]', '.header-logo img[alt]'],
  location: ['spl-job-location', '[itemprop="jobLocation"]', '.job-details .job-detail'],
  description: ['#st-jobDescription', '#st-qualifications', '[itemprop="description"]', '.job-sections'],
  exclude: ['#st-additionalInformation', '#st-companyDescription'],
};

export const smartrecruitersNote: AdapterNote = {
  note: 'jobs.smartrecruiters.com/<company>/<id>: schema.org microdata and st-* section ids (companyDescription, jobDescription, qualifications, additionalInformation).',
  checked: '2026-11-24',
};
