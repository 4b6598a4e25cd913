// What reads wrong, seen in the window (issue #30): two areas with one icon, a phone number
// broken over two lines, and counts that ignore the language's plural forms ("לפני 1 חודשים",
// Arabic "2 متطوعين" for the dual).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { dirname, join } from 'node:path';
import { By, Key, answerSaveDialog, click, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

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

test('the plan says its days and its units alike, a badge keeps off a date, a running year\'s unknown figures read "—", and the delegation form ends with its actions', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    // A late task's date and its badge do not run together.
    const late = await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"] [data-late-task] .badge')), WAIT);
    const gap = await driver.executeScript(
      `const badge = arguments[0]; const date = badge.previousElementSibling;
       const a = date.getBoundingClientRect(), b = badge.getBoundingClientRect();
       return Math.min(Math.abs(a.left - b.right), Math.abs(b.left - a.right));`, late);
    assert.ok(gap >= 4, `the badge stands ${gap}px from the date`);

    await click(driver, '[data-area="plan"]');
    const visited = await driver.wait(until.elementLocated(By.css('[data-indicator="יישובים שבוקרו ב־30 הימים האחרונים"]')), WAIT);
    const said = clean(await visited.getText());
    assert.match(said, /יישובים שבוקרו ב־30 הימים האחרונים/);
    assert.doesNotMatch(said, /\bN\b/, 'no placeholder letter for a value');
    // Units: "בסיס 6%" and "יעד 4%", both alike.
    const dropout = await driver.findElement(By.css('[data-indicator="שיעור הנשירה מבתי הספר"]'));
    assert.equal(clean(await dropout.findElement(By.css('[data-testid="indicator-baseline"]')).getText()), 'בסיס 6%');
    assert.equal(clean(await dropout.findElement(By.css('[data-testid="indicator-target"]')).getText()), 'יעד 4%');
    assert.match(clean(await visited.findElement(By.css('[data-testid="indicator-baseline"]')).getText()), /^בסיס 3 יישובים$/);

    // The retention model's running year: how many continued and completed is not known yet.
    await click(driver, '[data-area="programs"]');
    await click(driver, 'tr[data-program="מודל ההתמדה"] button.row-link');
    const now = new Date();
    const year = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
    const cells = await driver.wait(async () => {
      const found = await driver.findElements(By.css(`[data-testid="years"] tr[data-year="${year}"] td`));
      return found.length === 4 ? found : null;
    }, WAIT);
    const shown = await Promise.all(cells.map(async (c) => clean(await c.getText())));
    assert.deepEqual(shown.slice(0, 2), ['70', '49']);
    assert.deepEqual(shown.slice(2).map((s) => s.replace(/\s+/g, '')), ['—', '—'], 'unknown, not 0');

    // The delegation form: Save and Cancel close it, below every field.
    await click(driver, '[data-tab="delegations"]');
    await click(driver, '[data-action="new-delegation"]');
    const actions = await driver.wait(until.elementLocated(By.css('[data-testid="delegation-actions"]')), WAIT);
    const below = await driver.executeScript(
      `const form = arguments[0].closest('form'); const top = arguments[0].getBoundingClientRect().top;
       return [...form.querySelectorAll('label, fieldset')].every((f) => f.getBoundingClientRect().bottom <= top + 1);`, actions);
    assert.ok(below, 'the actions sit after the last field');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('the emergency sheet marks stale details in words and says what the mark means; a saved file\'s path reads left to right', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="emergency"]');
    await click(driver, '[data-tab="sheet"]');
    const place = await driver.wait(until.elementLocated(By.css('select[name="sheet-place"]')), WAIT);
    await place.findElement(By.xpath('.//option[normalize-space(.)="נווה אלון"]')).click();
    const legend = await driver.wait(until.elementLocated(By.css('[data-testid="stale-legend"]')), WAIT);
    assert.match(clean(await legend.getText()), /⚠.*לא אושרו יותר משנה/);
    const stale = await driver.executeScript(
      `return [...document.querySelectorAll('.stale-cell')].map((c) => c.textContent.trim())`);
    assert.ok(stale.length > 0 && stale.every((s) => s.startsWith('⚠')), stale.join(' | '));

    // Saved, the file's path is said left to right: its name never reads reversed.
    const pdf = join(dirname(db.path), 'נווה אלון 2026.pdf');
    await click(driver, '[data-action="save-pdf"]');
    await answerSaveDialog('שמירת דף החירום', pdf);
    const path = await driver.wait(until.elementLocated(By.css('.notice [data-testid="saved-path"]')), WAIT);
    assert.equal(await path.getText(), pdf);
    assert.equal(await driver.executeScript('return getComputedStyle(arguments[0]).direction', path), 'ltr');
    assert.equal(await path.getAttribute('dir'), 'ltr');
  } finally {
    await driver.quit();
    db.remove();
  }
});
