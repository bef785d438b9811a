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
    await screenshot(popup, 'popup-verdict');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.locator('details summary').first().click();
    await screenshot(popup, 'popup-verdict-dark');
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
});
