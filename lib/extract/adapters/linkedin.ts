import { LINKEDIN_HOSTS } from './hosts';
import type { AdapterNote, SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  name: 'linkedin',
  hosts: LINKEDIN_HOSTS,
  title: ['.job-details-jobs-unified-top-card__job-title', '.jobs-unified-top-card__job-title', '.top-card-layout__title'],
  // the 2025 signed-in view has hashed classes and no h1: "Title | Company | LinkedIn" in the tab title
  tabTitle: true,
  company: [
    '.job-details-jobs-unified-top-card__company-name',
    '.jobs-unified-top-card__company-name',
    '.topcard__org-name-link',
    '[componentkey^="JobDetails_TopCard_"] a[href*="/company/"]',
  ],
  location: ['.job-details-jobs-unified-top-card__primary-description-container .tvm__text', '.jobs-unified-top-card__bullet', '.topcard__flavor--bullet'],
  description: [
    '#job-details',
    '.jobs-description-content__text',
    '.show-more-less-html__markup',
    '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
  ],
  exclude: ['.show-more-less-html__button', '.jobs-description__footer'],
};

export const linkedinNote: AdapterNote = {
  note: '2025 signed-in view (jobs/search-results, jobs/view): hashed class names, the description in [data-testid="expandable-text-box"] under [componentkey^="JobDetails_AboutTheJob_"], the title only in the tab title. Older signed-in list + detail view (jobs/search, jobs/collections; the shown job is ?currentJobId=, swapped without a reload) and the public guest page (jobs/view); the guest description is clamped by CSS (show-more-less-html__markup--clamp-after-5) but the full text is in the DOM.',
  checked: '2026-11-25',
};
