// The year's work plan in the real window (issue #18): a goal with an objective, a task and an
// indicator Eshkol counts (settlements visited in the last 30 days); a visit logged, and the
// indicator's actual moves; the year closed, its figure frozen; the year-end report saved as PDF.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { By, Key, answerSaveDialog, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, until, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').trim();
const focusedName = (driver) => driver.executeScript('return document.activeElement?.name ?? ""');
const INDICATOR = 'יישובים שבוקרו בחודש האחרון';

/** Fill the dialog's field `name` and save; wait for the dialog to close. */
async function saveDialog(driver, testid, fields) {
  const dialog = await driver.wait(until.elementLocated(By.css(`[data-testid="${testid}"]`)), WAIT);
  for (const [name, value] of Object.entries(fields)) {
    const field = await dialog.findElement(By.css(`[name="${name}"]`));
    if ((await field.getTagName()) === 'select') {
      await field.findElement(By.css(`option[value="${value}"]`)).click();
    } else {
      await field.clear();
      await field.sendKeys(value);
    }
  }
  await click(driver, `[data-testid="${testid}"] [data-action="save"]`);
  await driver.wait(until.stalenessOf(dialog), WAIT);
}

async function actual(driver) {
  const row = await driver.wait(until.elementLocated(By.css(`[data-indicator="${INDICATOR}"]`)), WAIT);
  return {
    value: clean(await row.findElement(By.css('[data-testid="indicator-actual"]')).getText()),
    number: Number(clean(await row.findElement(By.css('[data-testid="indicator-value"]')).getText())),
    source: clean(await row.findElement(By.css('[data-testid="indicator-source"]')).getText()),
  };
}

async function openPlan(driver) {
  await click(driver, '[data-area="plan"]');
  await driver.wait(until.elementLocated(By.css('[data-testid="plan-name"]')), WAIT);
}

test('a plan built from nothing, its counted indicator moving with a visit, the year closed and its report saved as PDF', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await openPlan(driver);

    await click(driver, '[data-action="new-plan"]');
    await saveDialog(driver, 'plan-dialog', { name: 'תוכנית ניסיון' });
    await driver.wait(until.elementTextIs(driver.findElement(By.css('[data-testid="plan-name"]')), 'תוכנית ניסיון'), WAIT);
    await click(driver, '[data-action="add-goal"]');
    await saveDialog(driver, 'plan-part-dialog', { name: 'גוף מקצועי מייסד, מנחה ומלווה' });
    await click(driver, '[data-goal="גוף מקצועי מייסד, מנחה ומלווה"] [data-action="add-objective"]');
    await saveDialog(driver, 'plan-part-dialog', { name: 'כל יישוב מבוקר פעם בחודש' });
    await click(driver, '[data-objective="כל יישוב מבוקר פעם בחודש"] [data-action="add-task"]');
    await saveDialog(driver, 'plan-task-dialog', { what: 'סבב ביקורים באשכול', quarter: '2' });
    await driver.wait(until.elementLocated(By.css('[data-task-what="סבב ביקורים באשכול"]')), WAIT);
    await click(driver, '[data-goal="גוף מקצועי מייסד, מנחה ומלווה"] [data-action="add-indicator"]');
    const indicatorDialog = await driver.wait(until.elementLocated(By.css('[data-testid="plan-indicator-dialog"]')), WAIT);
    await indicatorDialog.findElement(By.css('select[name="source"] option[value="settlements_visited"]')).click();
    // What the count reads shows once the source is chosen: within how many days (30 unless told).
    await driver.wait(until.elementLocated(By.css('[data-testid="plan-indicator-dialog"] input[name="days"]')), WAIT);
    await saveDialog(driver, 'plan-indicator-dialog', {
      name: INDICATOR,
      objective_id: await indicatorDialog.findElement(By.css('select[name="objective_id"] option:nth-child(2)')).getAttribute('value'),
      baseline: '0',
      target: '10',
    });
    const before = await actual(driver);
    assert.equal(before.source, 'נספר באשכול', before.source);
    assert.ok(Number.isFinite(before.number), before.value);

    // A settlement not visited in the last 30 days, from the home screen: a visit logged there.
    await click(driver, '[data-area="home"]');
    const stale = await driver.wait(until.elementLocated(By.css('[data-testid="home-stale-settlements"] li button')), WAIT);
    const settlement = clean(await stale.getText());
    await click(driver, '[data-area="visits"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-form"]')), WAIT);
    await driver.wait(async () => (await focusedName(driver)) === 'settlement', WAIT, 'the visit form is ready');
    await driver.actions().sendKeys(settlement).perform();
    await driver.wait(async () => (await textNow(driver, '[data-testid="chosen-settlement"]')).includes(settlement), WAIT);
    for (let i = 0; i < 15 && (await focusedName(driver)) !== 'visitor'; i++) await driver.actions().sendKeys(Key.TAB).perform();
    await driver.actions().sendKeys('גלבו', Key.ENTER).perform();
    await driver.wait(until.elementTextContains(driver.findElement(By.css('.visit-form .chips')), 'אורי גלבועי'), WAIT);
    await click(driver, '[data-action="save-visit"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-notice"]')), WAIT);

    await openPlan(driver);
    await driver.wait(async () => (await actual(driver)).number === before.number + 1, WAIT, 'the indicator counts the settlement just visited');

    // Closing the year freezes the figure it shows.
    await click(driver, '[data-action="close-year"]');
    const closeDialog = await driver.wait(until.elementLocated(By.css('[data-testid="plan-close-dialog"]')), WAIT);
    await click(driver, '[data-testid="plan-close-dialog"] [data-action="confirm-close"]');
    await driver.wait(until.stalenessOf(closeDialog), WAIT);
    await driver.wait(until.elementLocated(By.css('[data-testid="plan-closed"]')), WAIT);
    const frozen = await actual(driver);
    assert.equal(frozen.number, before.number + 1);
    assert.match(frozen.source, /הוקפא/);
    assert.equal((await driver.findElements(By.css('[data-action="close-year"]'))).length, 0);

    // The year-end report through the save dialog, read back as text.
    const pdf = join(dirname(db.path), 'report.pdf');
    await click(driver, '[data-action="plan-report"]');
    await answerSaveDialog('שמירת דוח סוף השנה', pdf);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice[role="status"]')), WAIT), pdf), WAIT);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/\s+/g, '');
    for (const expected of ['דוחסוףשנה', 'תוכניתניסיון', 'גוףמקצועימייסד,מנחהומלווה', 'יישוביםשבוקרובחודשהאחרון', '0מתוך1', 'נספר']) {
      assert.ok(text.includes(expected), `${expected} in the report`);
    }
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
  }
});

test('the sample plan: three department goals, a late task and a typed indicator on its owner\'s part of the home screen', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    const home = await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"]')), WAIT);
    await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"] [data-stale-indicator="שיעור הנשירה מבתי הספר"]')), WAIT);
    assert.match(clean(await home.getText()), /שירה אלמוגי/);
    await openPlan(driver);
    const goals = await driver.findElements(By.css('[data-goal]'));
    assert.equal(goals.length, 3);
    // A task moves from the keyboard: Alt+Down, and its move-down button keeps the focus.
    const first = await driver.findElement(By.css('[data-objective="הפורומים ברשות נפגשים כסדרם ומקדמים את החלטותיהם"] [data-task-what]'));
    const what = await first.getAttribute('data-task-what');
    await first.findElement(By.css('[data-action="task-down"]')).click();
    await driver.wait(async () => {
      const tasks = await driver.findElements(By.css('[data-objective="הפורומים ברשות נפגשים כסדרם ומקדמים את החלטותיהם"] [data-task-what]'));
      return (await tasks[1].getAttribute('data-task-what')) === what;
    }, WAIT, 'the task moved down');
    await driver.actions().keyDown(Key.ALT).sendKeys(Key.ARROW_UP).keyUp(Key.ALT).perform();
    await driver.wait(async () => {
      const tasks = await driver.findElements(By.css('[data-objective="הפורומים ברשות נפגשים כסדרם ומקדמים את החלטותיהם"] [data-task-what]'));
      return (await tasks[0].getAttribute('data-task-what')) === what;
    }, WAIT, 'Alt+Up moved it back');
    // Counted indicators show how they stand; a typed one takes an actual with who typed it.
    await driver.wait(until.elementLocated(By.css('[data-indicator="משימות המשך שבוצעו בזמן"] [data-testid="indicator-source"]')), WAIT);
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" }); arguments[0].click()',
      await driver.findElement(By.css('[data-indicator="שיעור הנשירה מבתי הספר"] [data-action="type-actual"]')));
    await saveDialog(driver, 'plan-actual-dialog', { value: '5' });
    const typed = await driver.wait(until.elementLocated(By.css('[data-indicator="שיעור הנשירה מבתי הספר"] [data-testid="indicator-standing"]')), WAIT);
    assert.equal(await typed.getAttribute('data-standing'), 'off_track');
    assert.match((await textNow(driver, '[data-indicator="שיעור הנשירה מבתי הספר"] [data-testid="indicator-source"]')), /הוקלד בידי שירה אלמוגי/);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
  }
});
