import type { AdapterNote, SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  hosts: ['linkedin.com'],
  title: ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', '.top-card-layout__title'],
  company: ['.job-details-jobs-unified-top-card__company-name', '.jobs-unified-top-card__company-name', '.topcard__org-name-link'],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  description: ['#job-details', '.jobs-description-content__text', '.show-more-less-html__markup'],
  exclude: ['.show-more-less-html__button', '.jobs-description__footer'],
};

export const linkedinNote: AdapterNote = {
  note: 'Signed-in list + detail view (jobs/search, jobs/collections; the shown job is ?currentJobId=, swapped without a reload) and the public guest page (jobs/view); the guest description is clamped by CSS (show-more-less-html__markup--clamp-after-5) but the full text is in the DOM.',
  checked: '2026-11-24',
};
