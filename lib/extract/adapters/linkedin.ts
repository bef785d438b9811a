import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  hosts: ['linkedin.com'],
  title: [
    '.job-details-jobs-unified-top-card__job-title h1',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
    '.top-card-layout__title',
    'h1.topcard__title',
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a',
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '.topcard__flavor a',
  ],
  location: [
    '.job-details-jobs-unified-top-card__primary-description-container .tvm__text',
    '.jobs-unified-top-card__bullet',
    '.topcard__flavor--bullet',
  ],
  description: [
    '#job-details',
    '.jobs-description__content .jobs-box__html-content',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
    '.description__text',
  ],
  exclude: ['.show-more-less-html__button', '.jobs-description__footer', 'button'],
  jobParam: 'currentJobId',
  note: 'Signed-in list + detail view (jobs/search, jobs/collections with ?currentJobId=) and the public guest page (jobs/view); the guest description is clamped by CSS (show-more-less-html__markup--clamp-after-5) but the full text is in the DOM.',
  checked: '2026-11-24',
};
