/**
 * The hosts of the two boards whose search results get verdict chips, shared by their adapters
 * (the page reader) and by the chips (lib/boards), so both always agree on what is a board —
 * without the chips carrying the adapters' selectors.
 */
export const LINKEDIN_HOSTS: readonly string[] = ['linkedin.com'];
export const INDEED_HOSTS: readonly string[] = ['indeed.com', 'indeed.co.uk', 'indeed.ca', 'indeed.com.au'];
