/**
 * History, as a job seeker uses it after a search: "your search at a glance" over the postings
 * looked at, the reads-as filter and search, and Compare on three postings read in this browser.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openExtensionPage, screenshot, seedHistory, withBrowser } from './harness';

const day = 86_400_000;
const seeded = (title: string, company: string, verdict: string, i: number, extra: object = {}) => ({
  url: `https://careers.example/${i}`,
  title,
  company,
  source: 'generic',
  verdict,
  scores: verdict === 'de' ? { mle: 0.1, ds: 0.2, de: 0.7 } : verdict === 'mle' ? { mle: 0.7, ds: 0.2, de: 0.1 } : { mle: 0.2, ds: 0.6, de: 0.2 },
  at: Date.now() - i * day,
  ...extra,
});

describe('your search at a glance', () => {
  const b = withBrowser();

  it('says how titles compare with what the postings read as, filters by reads-as and finds by role', async () => {
    await seedHistory(b.session, [
      seeded('Data Scientist', 'Tidewater Bank', 'de', 1),
      seeded('Senior Data Scientist', 'Harbour Insurance', 'ds', 2),
      seeded('Data Scientist, Pricing', 'Brightmoor Retail', 'de', 3),
      seeded('Data Scientist', 'Quayside Robotics', 'ds', 4),
      seeded('Lead Data Scientist', 'Northwind', 'none', 5, { readsAs: 'analyst' }),
      seeded('Machine Learning Engineer', 'Quayside Robotics', 'mle', 6),
      seeded('ML Engineer, Ranking', 'Larkspur', 'ds', 7),
      seeded('Data Engineer', 'Tidewater Bank', 'de', 8),
    ]);
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/not-a-posting.html`);
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('tab-history').click();
    const ds = panel.getByTestId('glance-ds');
    await ds.waitFor({ timeout: 10_000 });
    assert.equal(await ds.locator('p').textContent(), 'Of 5 titled Data Scientist, 2 read as Data Engineer, 1 read as none of the three.');
    assert.equal(await panel.getByTestId('glance-mle').locator('p').textContent(), 'Of 2 titled Machine Learning Engineer, 1 read as Data Scientist.');
    // the bar says its counts in words too (never colour alone)
    assert.match((await ds.locator('[role="img"]').getAttribute('aria-label')) ?? '', /Of 5 titled Data Scientist/);
    assert.deepEqual(await ds.locator('.glance-part').allTextContents(), ['DS 2', 'DE 2', 'none 1']);
    await screenshot(panel, 'history-glance');

    // "data engineer" finds the Data Scientist postings that read as DE
    await panel.getByTestId('history-search').fill('data engineer');
    const titles = await panel.getByTestId('history-list').locator('a').allTextContents();
    assert.deepEqual(titles, ['Data Scientist', 'Data Scientist, Pricing', 'Data Engineer']);
    await panel.getByTestId('history-search').fill('');
    await panel.getByTestId('history-filter').selectOption('other');
    assert.deepEqual(await panel.getByTestId('history-list').locator('a').allTextContents(), ['Lead Data Scientist']);
  });
});

describe('compare', () => {
  const b = withBrowser();

  it('three postings read in this browser, side by side: shares, verdicts, responsibilities where they differ, and what sets each apart', async () => {
    const page = await b.session.context.newPage();
    for (const job of [1, 2, 3]) {
      await page.goto(`${b.served.origin}/board/job/${job}`);
      const popup = await openExtensionPage(b.session, 'popup.html', page);
      await popup.getByTestId('posting-title').waitFor({ timeout: 10_000 });
      await popup.close();
    }
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('tab-history').click();
    await panel.getByTestId('history-list').locator('li').nth(2).waitFor({ timeout: 10_000 });
    const picks = panel.getByTestId('compare-pick');
    assert.equal(await picks.count(), 3);
    for (const i of [0, 1, 2]) await picks.nth(i).check();
    await panel.getByTestId('compare-open').click();
    const view = panel.getByTestId('compare-view');
    await view.waitFor();
    // newest first: the data engineer, the ML engineer, the data scientist (the board's page title names no employer)
    assert.deepEqual(
      (await view.getByTestId('compare-head').allTextContents()).map((t) => t.replace(/ · .*$/, '')),
      ['AData Engineer', 'BMachine Learning Engineer', 'CSenior Data Scientist'],
    );
    assert.equal(await view.getByTestId('compare-verdicts').textContent(), 'Reads asDEMLEDS');
    const rows = view.getByTestId('compare-row');
    assert.ok((await rows.count()) >= 3);
    assert.equal(await rows.first().getAttribute('data-differs'), 'yes');
    const apart = await view.getByTestId('compare-apart').allTextContents();
    assert.match(apart[0]!, /Airflow|Snowflake|ETL/);
    assert.match(apart[1]!, /production|MLOps|retrain/);
    assert.match(apart[2]!, /experiments|statistical/);
    await screenshot(panel, 'compare');
    await view.getByTestId('compare-back').click();
    await panel.getByTestId('history-list').waitFor();
  });
});
