import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { launch, openExtensionPage, recordingProxy, screenshot, serveFixtures, type Served, type Session } from './harness';

describe('trust: privacy, hostile pages, no errors', () => {
  let session: Session;
  let served: Served;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  const offMachine: string[] = [];
  const errors: string[] = [];

  /** Every request a RoleLens page makes, and every console error or uncaught exception in it. */
  const watchExtensionPage = (p: Page) => {
    p.on('console', (m) => m.type() === 'error' && errors.push(`${p.url()}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
    return p;
  };
  const popup = async (page: Page) => watchExtensionPage(await openExtensionPage(session, 'popup.html', page));
  const panel = async (page: Page) => watchExtensionPage(await openExtensionPage(session, 'sidepanel.html', page));

  before(async () => {
    served = await serveFixtures();
    proxy = await recordingProxy();
    // loopback (the fixture server) bypasses the proxy; anything else would reach it
    session = await launch({ args: [`--proxy-server=http://127.0.0.1:${proxy.port}`] });
    session.context.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(served.origin) && !/^(chrome-extension|data|blob|about|chrome):/.test(url)) offMachine.push(url);
    });
  });
  after(async () => {
    await session?.close();
    await served?.close();
    proxy?.server.close();
  });

  it('renders hostile posting text as text, runs nothing from it, and leaves the page working and unchanged', async () => {
    const page = await session.context.newPage();
    await page.goto(`${served.origin}/hostile.html`);
    const body = () => page.evaluate(() => document.querySelector('.job-page')!.outerHTML);
    const before = await body();
    const ticks0 = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);

    const p = await popup(page);
    await p.getByTestId('verdict').waitFor({ timeout: 10_000 });
    assert.equal(await p.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    assert.match((await p.getByTestId('posting-title').textContent()) ?? '', /<img src=x onerror="window.__titleRan=1">/);
    assert.equal(await p.locator('img:not([src="/icon/32.png"]), script:not([type="module"]), iframe').count(), 0);
    assert.match((await p.getByTestId('evidence').textContent()) ?? '', /<img src=x onerror="window.__textRan=1">/);

    const sp = await panel(page);
    await sp.getByTestId('group-de').waitFor({ timeout: 10_000 });
    await sp.locator('[data-testid="group-de"] .lines button').first().click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-de'));

    const flags = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return ['__ldImg', '__ldScript', '__titleRan', '__textRan', '__textareaEscape', '__linkRan'].filter((k) => w[k] !== undefined);
    });
    assert.deepEqual(flags, [], 'nothing from the posting text ran');
    assert.equal(await body(), before, 'the page DOM is unchanged while highlighted');
    await page.waitForTimeout(300);
    const ticks1 = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    assert.ok(ticks1 > ticks0, 'the page’s own scripts keep running');
    assert.equal(await page.evaluate(() => (window as unknown as { __pageOwnImg?: number }).__pageOwnImg), 1, 'the page’s own handlers still work');
    await sp.close();
    await p.close();
  });

  it('caps a 5 MB page with a clear note of what was read', async () => {
    const page = await session.context.newPage();
    await page.goto(`${served.origin}/huge.html`);
    const p = await popup(page);
    const note = p.getByTestId('truncated');
    await note.waitFor({ timeout: 20_000 });
    assert.match((await note.textContent()) ?? '', /read the first 200,000 of [\d,]{9,} characters/);
    assert.equal(await p.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    await screenshot(p, 'popup-huge-page');
    await p.close();
  });

  it('copes with a page that rewrites itself in a loop', async () => {
    const page = await session.context.newPage();
    await page.goto(`${served.origin}/rewriting.html`);
    const sp = await panel(page);
    await sp.getByTestId('verdict').waitFor({ timeout: 10_000 });
    assert.equal(await sp.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    const n0 = Number(await page.locator('#counter').textContent());
    await page.waitForTimeout(1500);
    assert.ok(Number(await page.locator('#counter').textContent()) > n0 + 10, 'the page keeps rewriting itself');
    assert.equal(await sp.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    await sp.close();
  });

  it('reads postings inside shadow DOM and same-origin frames', async () => {
    const page = await session.context.newPage();
    await page.goto(`${served.origin}/shadow-frames.html`);
    let p = await popup(page);
    await p.getByTestId('verdict').waitFor({ timeout: 10_000 });
    assert.equal(await p.getByTestId('posting-title').textContent(), 'Machine Learning Engineer');
    assert.equal(await p.getByTestId('verdict').getAttribute('data-verdict'), 'mle');
    await p.close();

    const framed = await session.context.newPage();
    await framed.goto(`${served.origin}/framed.html`);
    await framed.frameLocator('#jobs').locator('h1').waitFor();
    p = await popup(framed);
    await p.getByTestId('verdict').waitFor({ timeout: 10_000 });
    assert.equal(await p.getByTestId('posting-title').textContent(), 'Senior Data Scientist');
    assert.equal(await p.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    await p.close();
  });

  it('a full session — popup, side panel, paste, draft, history, settings — sends nothing off the machine and logs no error', async () => {
    const page = await session.context.newPage();
    await page.goto(`${served.origin}/greenhouse.html`);
    const p = await popup(page);
    await p.getByTestId('verdict').waitFor({ timeout: 10_000 });
    await p.locator('details summary').first().click();
    const sp = await panel(page);
    await sp.getByTestId('group-de').waitFor({ timeout: 10_000 });
    await sp.getByTestId('toggle-ds').uncheck();
    await sp.getByTestId('tab-paste').click();
    await sp
      .getByTestId('paste-text')
      .fill(
        'Senior Data Scientist\nResponsibilities:\n- Run A/B tests and build statistical models.\n- Present insights to stakeholders and leadership.\n- Forecast demand with time series models in R.',
      );
    await sp.getByTestId('paste-analyze').click();
    await sp.getByTestId('verdict').waitFor();
    await sp.getByTestId('tab-draft').click();
    await sp.getByTestId('draft-text').fill('Responsibilities:\n- Deploy models to production and monitor them.\n- Build ML pipelines and retrain models.');
    await sp.getByTestId('draft-analysis').waitFor();
    await sp.getByTestId('tab-history').click();
    await sp.getByTestId('history-list').locator('li').first().waitFor();
    assert.ok((await sp.getByTestId('history-list').textContent())?.includes('Senior Data Scientist'));
    await sp.getByTestId('history-search').fill('northwind');
    const [download] = await Promise.all([sp.waitForEvent('download'), sp.getByTestId('history-csv').click()]);
    assert.match(download.suggestedFilename(), /^rolelens-history-\d{4}-\d{2}-\d{2}\.csv$/);
    await screenshot(sp, 'sidepanel-history');
    const settings = watchExtensionPage(await session.context.newPage());
    await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
    await settings.getByTestId('auto-state').filter({ hasText: /Off/ }).waitFor();
    await screenshot(settings, 'settings');
    await page.waitForTimeout(500);

    assert.deepEqual(offMachine, [], 'no request left the machine from any page');
    // Chromium's own services still call home in a fresh profile even with the background-networking
    // flags (sign-in, updater, autofill, Google Cloud Messaging's check-in at android.clients.google.com).
    // They are the browser's, not RoleLens's; anything else fails.
    const BROWSER_SERVICES =
      /^(CONNECT |[A-Z]+ https?:\/\/)(accounts\.google\.com|update\.googleapis\.com|content-autofill\.googleapis\.com|(?:android\.)?clients\d*\.google\.com|optimizationguide-pa\.googleapis\.com|safebrowsing\.googleapis\.com|www\.google\.com)[:/]/;
    assert.deepEqual(
      proxy.seen.filter((r) => !BROWSER_SERVICES.test(r)),
      [],
      'nothing else reached the network (service worker included)',
    );
    const swErrors = await session.worker.evaluate(() => (globalThis as unknown as { rolelensErrors?: string[] }).rolelensErrors ?? []);
    assert.deepEqual(swErrors, [], 'no error in the service worker');
    assert.deepEqual(errors, [], 'no console error or uncaught exception in RoleLens pages');
  });
});
