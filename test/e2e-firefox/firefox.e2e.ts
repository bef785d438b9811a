/**
 * The Firefox build in Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core:
 * the popup's verdict on a fixture page, the sidebar's posting view with its highlights on the
 * page, and no request off the machine. Extension pages are opened by the fixture page with
 * `?tab=opener` (BiDi does not navigate to moz-extension:// URLs itself; the test build lists
 * the two pages as web-accessible for 127.0.0.1 only).
 * Run: npm run test:e2e:firefox (FIREFOX_PATH picks another binary).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { recordingProxy, serveFixtures, SHOTS, type Served } from '../e2e/harness';

const EXTENSION = resolve(import.meta.dirname, '..', '..', '.output', 'firefox-mv3-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ID = 'rolelens@rolelens.example';
const UUID = '3f0c5d6e-7a8b-4c9d-8e1f-2a3b4c5d6e7f';

/** Firefox's own services, which a fresh profile may still try despite the prefs below. */
const FIREFOX_SERVICES = /^(CONNECT |[A-Z]+ https?:\/\/)([\w.-]+\.)?(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net|digicert\.com)[:/]/;

/**
 * Puppeteer sets the viewport, then a screen orientation that Firefox 140 ESR's WebDriver BiDi does not know
 * ("unknown command emulation.setScreenOrientationOverride"), and the size does not always hold after that refusal.
 * Whether it held is returned: the popup's <main> is 380px wide by its own stylesheet, so its overflow is checked either way.
 */
async function setViewport(page: Page, width: number, height: number): Promise<boolean> {
  try {
    await page.setViewport({ width, height });
  } catch (e) {
    if (!/setScreenOrientationOverride/.test(String(e))) throw e;
  }
  return page
    .waitForFunction((w, h) => innerWidth === w && innerHeight === h, { timeout: 2000 }, width, height)
    .then(() => true)
    .catch(() => false);
}

describe('Firefox: the extension in firefox-esr', () => {
  let browser: Browser;
  let served: Served;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let profile: string;

  before(async () => {
    served = await serveFixtures();
    proxy = await recordingProxy();
    profile = mkdtempSync(join(tmpdir(), 'rolelens-ff-'));
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      protocol: 'webDriverBiDi',
      userDataDir: profile,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }),
        // everything off the machine goes to the recording proxy; 127.0.0.1 (the fixtures) does not
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '127.0.0.1',
        'network.proxy.allow_hijacking_localhost': false,
        'app.normandy.enabled': false,
        'toolkit.telemetry.enabled': false,
        'datareporting.healthreport.uploadEnabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'extensions.update.enabled': false,
      },
    });
    await browser.installExtension(EXTENSION);
  });

  after(async () => {
    await browser?.close();
    await served?.close();
    proxy?.server.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** Open an extension page aimed at `page`'s tab, and return it once `ready` holds there. */
  async function open(page: Page, file: 'popup.html' | 'sidepanel.html', ready: () => boolean): Promise<Page> {
    const before = new Set(await browser.pages());
    await page.evaluate((src) => void window.open(src, '_blank'), `moz-extension://${UUID}/${file}?tab=opener`);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      for (const p of await browser.pages()) {
        if (before.has(p)) continue;
        const ok = await p.evaluate(ready).catch(() => false);
        if (ok) return p;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${file} did not become ready`);
  }

  it('the popup gives the verdict for a posting page', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/greenhouse.html`);
    const popup = await open(page, 'popup.html', () => !!document.querySelector('[data-testid="verdict"]'));
    const title = await popup.$eval('[data-testid="posting-title"]', (e) => e.textContent);
    const verdict = await popup.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict'));
    assert.equal(title, 'Senior Data Scientist');
    assert.equal(verdict, 'de');
    // at a popup's 380×600 nothing scrolls sideways in Firefox either
    const sized = await setViewport(popup, 380, 600);
    const sideways = await popup.evaluate(
      (whole) =>
        [...(whole ? [document.documentElement] : []), document.querySelector('main.popup')!]
          .filter((el) => el.scrollWidth > el.clientWidth)
          .map((el) => el.tagName),
      sized,
    );
    assert.equal(await popup.$eval('main.popup', (el) => el.clientWidth <= 380), true);
    assert.deepEqual(sideways, []);
    mkdirSync(SHOTS, { recursive: true });
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup.png') });
    await popup.close();
    await page.close();
  });

  it('the sidebar lists the responsibilities by role and highlights them on the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/generic/sibling-sections.html`);
    const panel = await open(page, 'sidepanel.html', () => !!document.querySelector('[data-testid="group-mle"]'));
    const lines = await panel.$$eval('[data-testid="group-mle"] .lines button', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(
      lines.some((t) => t.includes('Deploy models behind low-latency services')),
      JSON.stringify(lines),
    );
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('rolelens-mle'), { timeout: 5000 });
    const painted = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights].flatMap(([, h]) => [...h].map((r) => r.toString())),
    );
    assert.ok(painted.length >= 3 && !painted.some((t) => t.includes('People also viewed')), JSON.stringify(painted));
    await panel.close();
    await page.close();
  });

  it('reads a description shown with its line breaks (white-space: pre-line) line by line', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.origin}/generic/plain-text-description.html`);
    const popup = await open(page, 'popup.html', () => !!document.querySelector('[data-testid="verdict"]'));
    assert.equal(await popup.$eval('[data-testid="posting-title"]', (e) => e.textContent), 'Data Engineer');
    assert.equal(await popup.$eval('[data-testid="verdict"]', (e) => e.getAttribute('data-verdict')), 'de');
    await popup.close();
    await page.close();
  });

  it('sends nothing off the machine', () => {
    assert.deepEqual(
      proxy.seen.filter((r) => !FIREFOX_SERVICES.test(r)),
      [],
      "no request left the machine but Firefox's own services",
    );
    // the fixture server saw the fixture pages (and Firefox's favicon probes) only
    assert.deepEqual(
      served.requests.filter((p) => !/\.html$|^\/favicon\.ico$/.test(p)),
      [],
    );
  });
});
