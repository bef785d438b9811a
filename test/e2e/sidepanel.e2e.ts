import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openExtensionPage, screenshot, withBrowser } from './harness';

/** Names and range texts of the page's registered CSS highlights. */
async function pageHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // the page's main world sees the same CSS.highlights registry the reader painted into
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, hl] of reg) out[name] = [...hl].map((r) => r.toString());
    return out;
  });
}

describe('side panel', () => {
  const b = withBrowser();

  it('lists responsibilities by role, highlights them on the page, and clears them when closed', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/greenhouse.html`);
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('group-de').waitFor({ timeout: 10_000 });
    const deLines = await panel.locator('[data-testid="group-de"] .lines button').allTextContents();
    assert.ok(deLines.length >= 3, `expected DE lines, got ${deLines.length}`);
    assert.ok(
      deLines.some((t) => t.includes('Airflow DAGs')),
      'the Airflow line is listed under DE',
    );

    // every role's highlight is painted, and the DE one covers the pipeline sentence
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-de'), null, { timeout: 5000 });
    const hl = await pageHighlights(page);
    assert.ok(
      hl['rolelens-de']!.some((t) => t.startsWith('Design, build and maintain batch and streaming data pipelines')),
      JSON.stringify(hl),
    );
    assert.ok(!JSON.stringify(hl).includes('Similar jobs'), 'the side rail is not highlighted');

    // clicking a line flashes exactly that sentence
    await panel.locator('[data-testid="group-de"] .lines button', { hasText: 'Monitor data quality' }).click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-flash'), null, { timeout: 5000 });
    assert.deepEqual((await pageHighlights(page))['rolelens-flash'], ['Monitor data quality and fix broken loads before the morning reports run.']);
    await screenshot(panel, 'sidepanel');
    await page.bringToFront();
    await screenshot(page, 'page-highlighted');

    // toggling DE off removes its highlight only
    await panel.getByTestId('toggle-de').uncheck();
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-de'), null, { timeout: 5000 });

    // the page itself was not changed: no element added, its own text intact
    const marks = await page.locator('mark, [data-rolelens]').count();
    assert.equal(marks, 0);

    await panel.close();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0, null, { timeout: 5000 });

    // the toggles are remembered: reopened, the panel paints DS but not DE
    const again = await openExtensionPage(b.session, 'sidepanel.html', page);
    await again.getByTestId('group-de').waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-ds'), null, { timeout: 5000 });
    assert.equal(await again.getByTestId('toggle-de').isChecked(), false);
    assert.equal(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-de')), false);
    await again.getByTestId('toggle-de').check();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-de'), null, { timeout: 5000 });
    await again.close();
  });

  it('follows a single-page board: clicking another job updates the open panel within a second', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/board/job/1`);
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    const title = panel.getByTestId('posting-title');
    await title.waitFor({ timeout: 10_000 });
    assert.equal(await title.textContent(), 'Senior Data Scientist');
    assert.equal(await panel.getByTestId('verdict').getAttribute('data-verdict'), 'ds');

    const t0 = Date.now();
    await page.click('a[data-job="3"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="posting-title"]')?.textContent === 'Data Engineer', null, { timeout: 1000 });
    const ms = Date.now() - t0;
    assert.equal(await panel.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    console.log(`# single-page board: panel updated ${ms} ms after the click`);

    await page.click('a[data-job="2"]');
    await panel.waitForFunction(() => document.querySelector('[data-testid="posting-title"]')?.textContent === 'Machine Learning Engineer', null, {
      timeout: 1000,
    });
    assert.equal(await panel.getByTestId('verdict').getAttribute('data-verdict'), 'mle');
  });

  it('draft mode: a DS-intended draft that reads as DE shows the mismatch and what DS lacks, and survives reopening', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/not-a-posting.html`);
    let panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('tab-draft').click();
    await panel.getByTestId('draft-name').fill('Pricing team hire');
    await panel.getByTestId('intended-ds').check();
    const draft = [
      'Data Scientist, Pricing',
      'Responsibilities:',
      '- Design, build and maintain data pipelines with Airflow and Kafka.',
      '- Own ETL jobs into the Snowflake data warehouse and keep data quality high.',
      '- Troubleshoot failed loads for downstream consumers.',
      '- Run an A/B test now and then and present the results.',
    ].join('\n');
    await panel.getByTestId('draft-text').fill(draft);
    const mismatch = panel.getByTestId('draft-mismatch');
    await mismatch.waitFor({ timeout: 5000 });
    assert.match((await mismatch.textContent()) ?? '', /Meant as Data Scientist, reads as Data Engineer/);
    const missing = await panel.getByTestId('missing').allTextContents();
    assert.ok(
      missing.some((t) => t.startsWith('Apply statistics and statistical modelling')),
      missing.join(' | '),
    );
    assert.ok((await panel.locator('[data-testid="marked-draft"] mark.pull-de').count()) >= 2);
    await screenshot(panel, 'sidepanel-draft');
    // the summary stays in view at the top while the writer scrolls down to the suggestions
    await panel.getByTestId('download-md').scrollIntoViewIfNeeded();
    const box = await panel.getByTestId('draft-summary').boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 5, `summary at y=${box?.y}`);
    assert.match((await panel.getByTestId('draft-summary').textContent()) ?? '', /Reads as Data Engineer · meant as Data Scientist/);
    await screenshot(panel, 'sidepanel-draft-scrolled', { fullPage: false });
    // a suggestion goes into the draft, and the coverage counts it
    const before = (await panel.getByTestId('draft-summary-coverage').textContent()) ?? '';
    await panel.getByTestId('suggestion-add').first().click();
    await panel.waitForFunction((t) => document.querySelector('[data-testid="draft-summary-coverage"]')?.textContent !== t, before, { timeout: 5000 });
    assert.match((await panel.getByTestId('draft-text').inputValue()) ?? '', /\n- .+$/);
    await panel.getByTestId('draft-text').fill(draft);

    await panel.waitForTimeout(400); // the debounced save
    await panel.close();
    panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('tab-draft').click();
    await panel.getByTestId('draft-text').waitFor();
    assert.equal(await panel.getByTestId('draft-text').inputValue(), draft);
    assert.equal(await panel.getByTestId('draft-name').inputValue(), 'Pricing team hire');
    await panel.getByTestId('draft-mismatch').waitFor({ timeout: 5000 });
  });

  it('says "no job posting found" on a page that is not a posting', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/not-a-posting.html`);
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    const msg = panel.getByTestId('state-no-posting');
    await msg.waitFor({ timeout: 10_000 });
    assert.match((await msg.textContent()) ?? '', /No job posting found here.*select the text and use the context menu/is);
  });
});

describe('drafts in two side panels', () => {
  const b = withBrowser();
  /** A side panel on the Draft tab, aimed at `page`'s tab. */
  const openDraft = async (page: Page) => {
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    await panel.getByTestId('tab-draft').click();
    await panel.getByTestId('draft-text').waitFor();
    return panel;
  };

  it('two panels editing their own drafts alternately 50 times keep every draft and every word', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/greenhouse.html`);
    const open = () => openDraft(page);
    const a = await open();
    await a.getByTestId('draft-name').fill('Panel A');
    const bPanel = await open();
    // B starts a draft of its own next to A's
    await bPanel.getByTestId('draft-new').click();
    await bPanel.getByTestId('draft-name').fill('Panel B');
    const words = { a: [] as string[], b: [] as string[] };
    for (let i = 0; i < 50; i++) {
      const [panel, key] = i % 2 === 0 ? [a, 'a' as const] : [bPanel, 'b' as const];
      words[key].push(`${key}word${i}`);
      await panel.getByTestId('draft-text').fill(words[key].join(' '));
    }
    // both panels have saved (debounce) — then a fresh panel reads what is stored
    // a third panel reads what is stored, and hears of the last saves as they land (no fixed wait)
    const c = await open();
    const labels = () => c.locator('[data-testid="draft-select"] option').allTextContents();
    await c
      .waitForFunction(
        () =>
          ['Panel A', 'Panel B'].every((n) =>
            [...document.querySelectorAll('[data-testid="draft-select"] option')].some((o) => o.textContent?.startsWith(`${n} — `)),
          ),
        null,
        { timeout: 10_000 },
      )
      .catch(async () => assert.fail(`both drafts kept: ${JSON.stringify(await labels())}`));
    for (const [name, key] of [
      ['Panel A', 'a'],
      ['Panel B', 'b'],
    ] as const) {
      await c.getByTestId('draft-select').selectOption({ label: `${name} — Data Scientist` });
      const want = words[key].join(' ');
      await c
        .waitForFunction((w) => (document.querySelector('[data-testid="draft-text"]') as HTMLTextAreaElement).value === w, want, { timeout: 10_000 })
        .catch(async () => assert.equal(await c.getByTestId('draft-text').inputValue(), want, `every word of ${name}`));
    }
    await Promise.all([a.close(), bPanel.close(), c.close()]);
  });

  it("the same draft open in two panels: each sees the other's words as they are saved, and the newest text is kept", async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/greenhouse.html`);
    const open = () => openDraft(page);
    const a = await open();
    await a.getByTestId('draft-new').click();
    await a.getByTestId('draft-name').fill('Shared');
    await a.getByTestId('draft-text').fill('alpha');
    const bPanel = await open();
    await bPanel.getByTestId('draft-select').selectOption({ label: 'Shared — Data Scientist' });
    await bPanel.waitForFunction(() => (document.querySelector('[data-testid="draft-text"]') as HTMLTextAreaElement).value === 'alpha', null, {
      timeout: 5000,
    });
    await bPanel.getByTestId('draft-text').fill('alpha beta');
    // A hears of B's save and shows it without a reload
    await a.waitForFunction(() => (document.querySelector('[data-testid="draft-text"]') as HTMLTextAreaElement).value === 'alpha beta', null, {
      timeout: 5000,
    });
    await a.getByTestId('draft-text').fill('alpha beta gamma');
    const c = await open();
    await c.getByTestId('draft-select').selectOption({ label: 'Shared — Data Scientist' });
    await c
      .waitForFunction(() => (document.querySelector('[data-testid="draft-text"]') as HTMLTextAreaElement).value === 'alpha beta gamma', null, {
        timeout: 10_000,
      })
      .catch(async () => assert.equal(await c.getByTestId('draft-text').inputValue(), 'alpha beta gamma'));
    await Promise.all([a.close(), bPanel.close(), c.close()]);
  });
});
