/**
 * Verdict chips on board search results: which job a URL or a card stands for, what a chip
 * says, and that painting changes nothing on the page but the chips (and removes them all).
 */
import { describe, expect, it, vi } from 'vitest';
import { CHIP_ATTR, historyByJob, paintChips, removeChips, resultCards } from '@/lib/boards/chips';
import { shortVerdict as chipWords } from '@/lib/report/short-verdict';
import { boardJobKey, boardOf } from '@/lib/boards/job-id';
import type { HistoryItem } from '@/lib/storage/schema';
import { loadDocument, loadFixture } from '../helpers/dom';

const item = (url: string, over: Partial<HistoryItem> = {}): HistoryItem => ({
  url,
  source: 'adapter:linkedin',
  verdict: 'de',
  scores: { mle: 0.1, ds: 0.18, de: 0.72 },
  at: 1,
  ...over,
});
const chipTexts = (doc: Document) => [...doc.querySelectorAll(`[${CHIP_ATTR}]`)].map((c) => c.shadowRoot?.querySelector('.text')?.textContent);

describe('board job keys', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/3900000001/', 'linkedin:3900000001'],
    ['https://www.linkedin.com/jobs/view/data-engineer-at-tidewater-bank-3900000002?refId=x', 'linkedin:3900000002'],
    ['https://uk.linkedin.com/jobs/search/?currentJobId=3900000003&keywords=data', 'linkedin:3900000003'],
    ['https://www.indeed.com/viewjob?jk=A1B2C3D4E5F60718', 'indeed:a1b2c3d4e5f60718'],
    ['https://uk.indeed.co.uk/jobs?q=data&vjk=0f9e8d7c6b5a4321', 'indeed:0f9e8d7c6b5a4321'],
  ])('%s → %s', (url, key) => expect(boardJobKey(url)).toBe(key));

  it.each([
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/jobs/search/?keywords=data',
    'https://www.indeed.com/jobs?q=data',
    'https://boards.greenhouse.io/acme/jobs/3900000001',
    'https://evil.example/jobs/view/3900000001?currentJobId=3900000001',
    'not a url',
    undefined,
  ])('%s has no board job', (url) => expect(boardJobKey(url)).toBeUndefined());

  it('knows the boards by host, not by a look-alike', () => {
    expect(boardOf('www.linkedin.com')).toBe('linkedin');
    expect(boardOf('ca.indeed.ca')).toBe('indeed');
    expect(boardOf('linkedin.com.evil.example')).toBeUndefined();
  });
});

describe('chip words', () => {
  it('names the role short on the card and whole in its label, never by colour alone', () => {
    expect(chipWords(item('u'))).toEqual({ text: 'Reads as DE', label: 'RoleLens: reads as a Data Engineer role (72%)', tone: 'de' });
    expect(chipWords(item('u', { verdict: 'hybrid', hybridOf: ['mle', 'ds'] })).text).toBe('Reads as MLE + DS');
    expect(chipWords(item('u', { verdict: 'none', readsAs: 'analyst' })).text).toBe('Reads as analyst work');
    expect(chipWords(item('u', { verdict: 'none' })).text).toBe('Not a data role');
    // a damaged record says no more than it can stand behind
    expect(chipWords(item('u', { verdict: 'hybrid', hybridOf: 'mle' as unknown as HistoryItem['hybridOf'] })).text).toBe('Not a data role');
  });

  it('keeps the newest entry per job and skips malformed ones', () => {
    const byKey = historyByJob([
      item('https://www.linkedin.com/jobs/search/?currentJobId=3900000001', { verdict: 'mle' }),
      item('https://www.linkedin.com/jobs/view/3900000001/', { verdict: 'ds' }),
      null,
      { url: 5, verdict: 'de' },
      { url: 'https://www.linkedin.com/jobs/view/3900000009/', verdict: '<img src=x>' },
    ]);
    expect([...byKey.keys()]).toEqual(['linkedin:3900000001']);
    expect(byKey.get('linkedin:3900000001')?.verdict).toBe('mle');
    expect(historyByJob({ not: 'a list' }).size).toBe(0);
  });
});

describe('chips on saved search pages', () => {
  it('LinkedIn: finds the result cards, not the open posting’s own links', () => {
    const doc = loadFixture('linkedin-search.html', 'https://www.linkedin.com/jobs/search/?currentJobId=3900000001');
    expect([...resultCards(doc, 'linkedin').values()]).toEqual(['linkedin:3900000001', 'linkedin:3900000002']);
  });

  it('LinkedIn: the public results (cards named by their posting URN) and cards that only link with ?currentJobId=', () => {
    const doc = loadDocument(
      `<ul class="jobs-search__results-list">
        <li><div class="base-card job-search-card" data-entity-urn="urn:li:jobPosting:3900000007"><a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/data-engineer-at-tidewater-3900000007?position=1">Data Engineer</a></div></li>
        <li><div class="job-card"><a href="/jobs/search-results/?currentJobId=3900000008&amp;keywords=data">Data Scientist</a></div></li>
      </ul>
      <div componentkey="JobDetails_TopCard_x"><a href="/jobs/view/3900000008/">Data Scientist</a></div>`,
      'https://www.linkedin.com/jobs/search-results/?currentJobId=3900000008',
    );
    expect([...resultCards(doc, 'linkedin').values()]).toEqual(['linkedin:3900000007', 'linkedin:3900000008']);
  });

  it('Indeed: one card per result (not the ad slot between them)', () => {
    const doc = loadFixture('indeed-search.html', 'https://www.indeed.com/jobs?q=data&vjk=a1b2c3d4e5f60718');
    const cards = resultCards(doc, 'indeed');
    expect([...cards.values()]).toEqual(['indeed:a1b2c3d4e5f60718', 'indeed:0f9e8d7c6b5a4321', 'indeed:1122334455667788']);
    expect([...cards.keys()].every((c) => c.classList.contains('job_seen_beacon'))).toBe(true); // inside the card's own box
  });

  it('chips only the cards in history, changes nothing else, follows a changed verdict and removes cleanly', () => {
    const doc = loadFixture('indeed-search.html', 'https://www.indeed.com/jobs?q=data');
    const before = doc.body.innerHTML;
    const byKey = historyByJob([
      item('https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718', { source: 'adapter:indeed' }),
      item('https://www.indeed.com/jobs?q=x&vjk=1122334455667788', { source: 'adapter:indeed', verdict: 'none', readsAs: 'devops' }),
    ]);
    const hide = vi.fn();
    expect(paintChips(doc, 'indeed', byKey, hide)).toBe(2);
    expect(chipTexts(doc)).toEqual(['Reads as DE', 'Reads as DevOps/SRE']);
    // painting again is a no-op: the same chip elements stay
    const first = doc.querySelector(`[${CHIP_ATTR}]`);
    paintChips(doc, 'indeed', byKey, hide);
    expect(doc.querySelector(`[${CHIP_ATTR}]`)).toBe(first);
    expect(doc.querySelectorAll(`[${CHIP_ATTR}]`)).toHaveLength(2);
    // a new reading of the first job replaces its chip
    const again = historyByJob([item('https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718', { verdict: 'ds', scores: { mle: 0.1, ds: 0.6, de: 0.3 } })]);
    paintChips(doc, 'indeed', again, hide);
    expect(chipTexts(doc)).toEqual(['Reads as DS']);
    // the chip's label is the whole sentence; its × hides them all and does not open the job
    const chip = doc.querySelector(`[${CHIP_ATTR}]`)!.shadowRoot!;
    expect(chip.querySelector('.chip')?.getAttribute('aria-label')).toBe('RoleLens: reads as a Data Scientist role (60%)');
    const button = chip.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Hide RoleLens chips on this page');
    const opened = vi.fn();
    doc.querySelector('li')!.addEventListener('click', opened);
    button.click();
    expect(hide).toHaveBeenCalledTimes(1);
    expect(opened).not.toHaveBeenCalled();
    removeChips(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('page text in history is set as text, never as markup', () => {
    const doc = loadFixture('linkedin-search.html', 'https://www.linkedin.com/jobs/search/');
    const byKey = historyByJob([
      item('https://www.linkedin.com/jobs/view/3900000002/', { title: '<img src=x onerror=alert(1)>', verdict: 'none', readsAs: 'analyst' }),
    ]);
    paintChips(doc, 'linkedin', byKey, () => undefined);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector(`[${CHIP_ATTR}]`)!.shadowRoot!.querySelector('img')).toBeNull();
  });
});
