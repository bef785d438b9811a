import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openExtensionPage, screenshot, withBrowser } from './harness';

describe('foundation: the extension loads and reaches the page through its content script', () => {
  const b = withBrowser();

  it('the popup gets the posting text back from a fixture job page', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/greenhouse.html`);
    const popup = await openExtensionPage(b.session, 'popup.html', page);
    await popup.getByTestId('posting-title').waitFor({ timeout: 10_000 });
    assert.equal(await popup.getByTestId('posting-title').textContent(), 'Senior Data Scientist');
    const chars = Number((await popup.getByTestId('posting-chars').getAttribute('data-chars')) ?? 0);
    assert.ok(chars > 500, `expected the posting text to come back, got ${chars} characters`);
    await screenshot(popup, 'popup-verdict', { fullPage: false }); // what the 380×600 popup shows, footer and all

    // keyboard only: Tab reaches the first evidence line, Enter opens its "why"
    let guard = 0;
    while (guard++ < 20 && !(await popup.evaluate(() => document.activeElement?.tagName === 'SUMMARY'))) await popup.keyboard.press('Tab');
    assert.equal(await popup.evaluate(() => document.activeElement?.tagName), 'SUMMARY');
    await popup.keyboard.press('Enter');
    assert.equal(await popup.evaluate(() => (document.activeElement?.parentElement as HTMLDetailsElement).open), true);
    assert.match((await popup.locator('details[open] .why').first().textContent()) ?? '', /from the source article/);
    await popup.keyboard.press('Enter');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.locator('details summary').first().click();
    assert.equal(await popup.locator('details[open]').count(), 1);
    await screenshot(popup, 'popup-verdict-dark', { fullPage: false });
  });

  it('at 380×600 the popup never scrolls sideways and "Open side panel" stays in view on a long posting', async () => {
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin}/posting-4k.html`);
    const popup = await openExtensionPage(b.session, 'popup.html', page);
    await popup.getByTestId('verdict').waitFor({ timeout: 10_000 });
    // open every "why" so the popup is as long as it gets
    for (const s of await popup.locator('details summary').all()) await s.click();
    const layout = await popup.evaluate(() => {
      const button = document.querySelector('[data-testid="open-panel"]')!.getBoundingClientRect();
      const main = document.querySelector('main.popup')!;
      // anything wider than the space it scrolls in: the page, or the popup with its own scrollbar
      const sideways = [document.documentElement, main]
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => `${el.tagName} ${el.scrollWidth}>${el.clientWidth}`);
      return { sideways, scrollHeight: main.scrollHeight, clientHeight: main.clientHeight, top: button.top, bottom: button.bottom, height: innerHeight };
    });
    assert.ok(layout.scrollHeight > layout.clientHeight, 'the posting is long enough to scroll');
    assert.deepEqual(layout.sideways, [], 'no sideways scroll');
    assert.ok(layout.top >= 0 && layout.bottom <= layout.height, `"Open side panel" in view: ${layout.top}–${layout.bottom} of ${layout.height}`);
    // and at the bottom of the scroll, too
    await popup.locator('main.popup').evaluate((m) => m.scrollTo(0, m.scrollHeight));
    const end = await popup.getByTestId('open-panel').boundingBox();
    assert.ok(end && end.y + end.height <= 600, `"Open side panel" in view after scrolling: ${end?.y}`);
    await popup.close();
  });

  it('says clearly when the page cannot be read (browser pages)', async () => {
    const page = await b.session.context.newPage();
    await page.goto('chrome://version/');
    const popup = await openExtensionPage(b.session, 'popup.html', page);
    const msg = popup.getByTestId('state-restricted');
    await msg.waitFor({ timeout: 10_000 });
    assert.match((await msg.textContent()) ?? '', /can.t read this page/i);
    await screenshot(popup, 'popup-restricted');
  });

  it('asks for the toolbar click on a page it has no access to yet (activeTab not granted)', async () => {
    // the e2e build may read 127.0.0.1 only; the same server as "localhost" stands for any site not clicked on
    const page = await b.session.context.newPage();
    await page.goto(`${b.served.origin.replace('127.0.0.1', 'localhost')}/greenhouse.html`);
    const panel = await openExtensionPage(b.session, 'sidepanel.html', page);
    const msg = panel.getByTestId('state-no-access');
    await msg.waitFor({ timeout: 10_000 });
    assert.match((await msg.textContent()) ?? '', /Click RoleLens to read this tab/);
  });
});
