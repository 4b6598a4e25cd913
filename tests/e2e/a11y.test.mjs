// Accessibility in the real window: axe-core (its file's text run as the WebDriver script, as
// the CSP allows) checks every area with the sample department loaded, in Hebrew. No serious
// or critical violation may remain; the others are printed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { By, click, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it is now. */
async function violations(driver) {
  await driver.executeScript(`${AXE}\n;window.axe = axe;`);
  return driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { resultTypes: ['violations'] }).then(
      (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))),
      (e) => done([{ id: 'axe-failed', impact: 'critical', help: String(e), nodes: [] }]));`);
}

const AREAS = ['home', 'directory', 'people', 'forums', 'actions', 'visits', 'programs', 'plan', 'search', 'sync', 'settings'];

/** Check the page now; note every violation, and keep the serious and critical ones. */
async function check(driver, where, serious) {
  const found = await violations(driver);
  for (const v of found) {
    console.log(`${where}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.join(' | ')})`);
    if (v.impact === 'serious' || v.impact === 'critical') serious.push(`${where}: ${v.id} ${v.nodes.join(' | ')}`);
  }
  console.log(`${where}: ${found.length} violations`);
}

function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

test('every area, a forum and a meeting have no serious or critical accessibility violation', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    const serious = [];
    // axe itself works here: an input with no label is caught.
    await driver.wait(until.elementLocated(By.css('[data-action="load-sample"]')), WAIT);
    await driver.executeScript(`const i = document.createElement('input'); i.id = 'axe-probe'; document.querySelector('main, body').append(i);`);
    const probe = await violations(driver);
    assert.ok(probe.some((v) => v.id === 'label' && v.nodes.includes('#axe-probe')), JSON.stringify(probe));
    await driver.executeScript(`document.getElementById('axe-probe').remove()`);
    await check(driver, 'first run', serious);

    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    for (const area of AREAS) {
      await click(driver, `[data-area="${area}"]`);
      await driver.wait(until.elementLocated(By.css('main h1')), WAIT);
      await driver.sleep(400);
      if (area === 'search') {
        const input = await driver.findElement(By.css('[data-testid="search-input"]'));
        await input.sendKeys('מועצה');
        await driver.wait(until.elementLocated(By.css('[data-testid="search-results"]')), WAIT);
      }
      await check(driver, area, serious);
    }

    // A forum from a template, and a meeting with an action item and a gap.
    await click(driver, '[data-area="forums"]');
    await click(driver, '[data-action="new-forum-from-template"]');
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"]')), WAIT);
    await check(driver, 'forum dialog', serious);
    await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);
    await driver.wait(until.elementLocated(By.css('[data-testid="forum-view"]')), WAIT);
    await check(driver, 'forum', serious);
    const date = await driver.findElement(By.css('form.plan input[name="date"]'));
    await driver.executeScript(
      `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));`,
      date,
      isoDay(-2),
    );
    await click(driver, '[data-action="plan-meeting"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="meeting-view"]')), WAIT);
    await driver.findElement(By.css('input[name="what"]')).sendKeys('לתאם הסעה');
    await click(driver, '[data-action="add-action-item"]');
    await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="action-items"]')), 'לתאם הסעה'), WAIT);
    await check(driver, 'meeting', serious);
    await click(driver, '[data-area="actions"]');
    await driver.wait(until.elementLocated(By.css('main h1')), WAIT);
    await driver.sleep(400);
    await check(driver, 'actions with an item', serious);
    assert.deepEqual(serious, []);
  } finally {
    await driver.quit();
    db.remove();
  }
});
