/**
 * Automatic analysis on the boards, with their host access granted (the `e2e-boards` test
 * build; headless Chromium cannot accept the permission prompt). www.linkedin.com and
 * www.indeed.com are mapped to a local HTTPS server serving saved-structure pages.
 * - the reader registered on a single-page board: after clicking another job, the first
 *   popup shows that job, not the one the page opened on;
 * - verdict chips on search-result cards whose postings are in history, added as postings are
 *   read, removable, and nothing at all without the permission.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { EXTENSION, EXTENSION_BOARDS, FIXTURES, ROOT, launch, openExtensionPage, screenshot, seedHistory, tabIdOf, type Session } from './harness';

const TLS = join(ROOT, 'test', 'fixtures', 'tls');
const CHIP = '[data-rolelens-chip]';

async function boardServer(): Promise<{ server: Server; port: number }> {
  const page = (name: string) => readFileSync(join(FIXTURES, name));
  const server = createServer({ key: readFileSync(join(TLS, 'boards-key.pem')), cert: readFileSync(join(TLS, 'boards-cert.pem')) }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    const file =
      host === 'www.linkedin.com' && path.startsWith('/jobs/')
        ? 'linkedin-spa.html'
        : host === 'www.indeed.com' && path === '/jobs'
          ? 'indeed-search.html'
          : '';
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  return { server, port: typeof addr === 'object' && addr ? addr.port : 0 };
}

const hostArgs = (port: number) => [
  `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port}, MAP www.indeed.com 127.0.0.1:${port}`,
  '--ignore-certificate-errors',
];

async function badge(session: Session, page: Page): Promise<string> {
  const tabId = await tabIdOf(session, page);
  return session.worker.evaluate(
    (id: number) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

async function waitForBadge(session: Session, page: Page, text: string): Promise<void> {
  const until = Date.now() + 10_000;
  let last = '';
  while (Date.now() < until) {
    last = await badge(session, page);
    if (last === text) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`badge still "${last}", not "${text}"`);
}

/** Waits until the page shows exactly `n` result chips. */
const chipCount = (page: Page, n: number, timeout: number) =>
  page.waitForFunction(([sel, want]) => document.querySelectorAll(sel as string).length === want, [CHIP, n] as const, { timeout });
const chipsOn = (page: Page) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].map((c) => [
        c.parentElement?.getAttribute('data-occludable-job-id') ??
          c.closest('[data-jk], .job_seen_beacon')?.querySelector('[data-jk]')?.getAttribute('data-jk'),
        c.shadowRoot?.querySelector('.text')?.textContent,
      ]),
    CHIP,
  );

/** The ids of the content scripts the extension has registered. */
const registeredIds = (session: Session) =>
  session.worker.evaluate(async () =>
    (
      await (
        globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }
      ).chrome.scripting.getRegisteredContentScripts()
    ).map((s) => s.id),
  );

/** A browser with `extension` loaded and the boards' hosts mapped to the local HTTPS server, for one describe block. */
function withBoards(extension: string, options: { registered?: string[] } = {}): { session: Session } {
  const ctx = {} as { session: Session; board: { server: Server; port: number } };
  before(async () => {
    ctx.board = await boardServer();
    ctx.session = await launch({ extension, args: hostArgs(ctx.board.port) });
    if (!options.registered) return;
    // the service worker registers the scripts on install, a moment after the browser starts
    const until = Date.now() + 10_000;
    let ids: string[] = [];
    while (Date.now() < until && ids.length < options.registered.length) {
      ids = await registeredIds(ctx.session);
      if (ids.length < options.registered.length) await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(ids.sort(), options.registered);
  });
  after(async () => {
    await ctx.session?.close();
    ctx.board?.server.close();
  });
  return ctx;
}

describe('automatic analysis on the boards (access granted)', () => {
  const b = withBoards(EXTENSION_BOARDS, { registered: ['rolelens-auto', 'rolelens-chips'] });

  it('single-page board: after clicking another job the first popup shows that job, not the one the page opened on', async () => {
    const page = await b.session.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=data');
    await waitForBadge(b.session, page, 'MLE'); // the registered reader read it on arrival, unasked
    await page.click('[data-occludable-job-id="3900000002"] a');
    await waitForBadge(b.session, page, 'DE');
    const popup = await openExtensionPage(b.session, 'popup.html', page);
    const title = popup.getByTestId('posting-title');
    await title.waitFor({ timeout: 10_000 });
    assert.equal(await title.textContent(), 'Data Scientist');
    assert.equal(await popup.getByTestId('verdict').getAttribute('data-verdict'), 'de');
    await popup.close();
    await page.close();
  });

  it('LinkedIn search results: a chip on each card read so far, the open card chipped as it is read, and × removes them all', async () => {
    const page = await b.session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 560 });
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=data');
    // the two jobs read in the test before are in history: their cards are chipped
    await chipCount(page, 2, 10_000);
    assert.deepEqual(await chipsOn(page), [
      ['3900000001', 'Reads as MLE'],
      ['3900000002', 'Reads as DE'],
    ]);
    // the third job is read as the user opens it, and its card gets its chip
    await page.click('[data-occludable-job-id="3900000003"] a');
    await chipCount(page, 3, 10_000);
    assert.deepEqual((await chipsOn(page))[2], ['3900000003', 'Reads as DS']);
    // labelled for screen readers, and a keyboard can reach the ×
    const label = await page
      .locator(CHIP)
      .first()
      .evaluate((c) => c.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label'));
    assert.match(label ?? '', /^RoleLens: reads as a Machine Learning Engineer role \(\d+%\)$/);
    await screenshot(page, 'chips-linkedin');
    // × hides every chip on the page and leaves the job open as it was
    const url = page.url();
    await page.locator(CHIP).first().locator('button').click();
    await chipCount(page, 0, 5000);
    assert.equal(page.url(), url);
    await page.close();
  });

  it('Indeed search results: the open job and seeded history are chipped, cards not in history are left alone', async () => {
    await seedHistory(b.session, [
      {
        url: 'https://www.indeed.com/viewjob?jk=1122334455667788',
        title: 'Platform Engineer',
        source: 'adapter:indeed',
        verdict: 'none',
        readsAs: 'devops',
        scores: { mle: 0.4, ds: 0.2, de: 0.4 },
        at: Date.now(),
      },
    ]);
    const page = await b.session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto('https://www.indeed.com/jobs?q=data&l=London&vjk=a1b2c3d4e5f60718');
    await chipCount(page, 2, 10_000);
    assert.deepEqual(await chipsOn(page), [
      ['a1b2c3d4e5f60718', 'Reads as DE'],
      ['1122334455667788', 'Reads as DevOps/SRE'],
    ]);
    await screenshot(page, 'chips-indeed');
    await page.close();
  });
});

describe('settings when the browser refuses', () => {
  const b = withBoards(EXTENSION_BOARDS);

  it('turning off access the browser keeps says so plainly, and the setting stays as it is', async () => {
    // this build's boards access is required, as an administrator's policy can make it: the browser refuses to remove it
    const settings = await b.session.context.newPage();
    await settings.goto(`chrome-extension://${b.session.extensionId}/options.html`);
    await settings.getByTestId('auto-state').filter({ hasText: /^On/ }).waitFor({ timeout: 10_000 });
    await settings.getByTestId('auto-off').click();
    const alert = settings.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    assert.equal(await alert.textContent(), 'Your browser kept the access to the job boards, so automatic analysis stays on. Nothing changed.');
    assert.match((await settings.getByTestId('auto-state').textContent()) ?? '', /^On/);
    await screenshot(settings, 'settings-refused', { fullPage: false });
  });
});

describe('without the boards’ access', () => {
  const b = withBoards(EXTENSION);

  it('nothing runs on the board: no chip, no reader, nothing registered', async () => {
    const page = await b.session.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/search/?currentJobId=3900000001');
    await page.waitForTimeout(1500);
    assert.equal(await page.locator(CHIP).count(), 0);
    assert.equal(await badge(b.session, page), '');
    assert.deepEqual(await registeredIds(b.session), []);
    await page.close();
  });
});
