// What reads wrong, seen in the window (issue #30): two areas with one icon, a phone number
// broken over two lines, and counts that ignore the language's plural forms ("לפני 1 חודשים",
// Arabic "2 متطوعين" for the dual).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By, Key, click, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');

async function whoCanHelp(driver) {
  await driver.actions().keyDown(Key.CONTROL).sendKeys('e').keyUp(Key.CONTROL).perform();
  await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
}

/** The "last confirmed" cells of the helpers listed. */
async function ages(driver) {
  await driver.wait(until.elementLocated(By.css('[data-testid="helpers"] tbody tr')), WAIT);
  return driver.executeScript(
    `return [...document.querySelectorAll('[data-testid="helpers"] tbody tr')].map((tr) => tr.querySelectorAll('td')[4].textContent.replace(/[\\u2068\\u2069]/g, '').trim())`,
  );
}

async function tick(driver, capability) {
  const box = await driver.wait(until.elementLocated(By.css(`[data-testid="who-can-help"] input[data-capability="${capability}"]`)), WAIT);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', box);
  await box.click();
}

test('each area has an icon of its own, and a phone number stays on one line in an 800 px window', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await driver.manage().window().setRect({ width: 800, height: 800 });
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    const glyphs = await driver.executeScript(`return [...document.querySelectorAll('nav .glyph')].map((g) => g.textContent.trim())`);
    assert.ok(glyphs.length >= 10, glyphs.join(' '));
    assert.equal(new Set(glyphs).size, glyphs.length, `one icon each: ${glyphs.join(' ')}`);

    await whoCanHelp(driver);
    await click(driver, '[data-tab="volunteers"]');
    await driver.wait(until.elementLocated(By.css('table[data-testid="volunteers"] bdi.phone')), WAIT);
    const lines = await driver.executeScript(
      `return [...document.querySelectorAll('table[data-testid="volunteers"] td:nth-child(2) bdi')].map((b) => [b.textContent, b.getClientRects().length, getComputedStyle(b).whiteSpace])`,
    );
    assert.ok(lines.length >= 10, JSON.stringify(lines));
    for (const [phone, count, wrap] of lines) {
      assert.equal(count, 1, `${phone} is on ${count} lines`);
      assert.equal(wrap, 'nowrap', `${phone} may not break, however narrow the column`);
    }
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('ages and counts use the plural forms of Hebrew and Arabic', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    // The sample's volunteers were confirmed 60 and 90 days ago, among others.
    await whoCanHelp(driver);
    const he = await ages(driver);
    assert.ok(he.includes('לפני חודש') && he.includes('לפני חודשיים'), he.join(' | '));
    assert.ok(!he.some((a) => /לפני [12] /.test(a)), he.join(' | '));

    await click(driver, '[data-area="settings"]');
    await click(driver, 'input[name="locale"][value="ar"]');
    await driver.wait(async () => (await driver.executeScript('return document.documentElement.lang')) === 'ar', WAIT);
    await whoCanHelp(driver);
    const ar = await ages(driver);
    assert.ok(ar.includes('قبل شهر') && ar.includes('قبل شهرين'), ar.join(' | '));
    // Two volunteers treat trauma, and no organization: the dual, not "2 متطوعين".
    await tick(driver, 'טיפול בטראומה');
    const summary = await driver.findElement(By.css('[data-testid="help-summary"]'));
    await driver.wait(async () => clean(await summary.getText()).startsWith('متطوعان'), WAIT, 'the dual');
    assert.match(clean(await summary.getText()), /^متطوعان · لا منظمات/);
  } finally {
    await driver.quit();
    db.remove();
  }
});
