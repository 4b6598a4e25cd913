// A number typed is never dropped (issue #30, point 1): the work plan's actual and a program's
// figures take a number as people type it (5.5, 5,5, 1,200, 1 200, Arabic-Indic digits); what
// cannot be read is refused with the text kept in its box and the field pointed at, and the
// value already there stays. The actual dialog shows the figure it would replace.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By, Key, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').trim();
const INDICATOR = 'שיעור הנשירה מבתי הספר';

async function openActual(driver) {
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" }); arguments[0].click()',
    await driver.wait(until.elementLocated(By.css(`[data-indicator="${INDICATOR}"] [data-action="type-actual"]`)), WAIT));
  return driver.wait(until.elementLocated(By.css('[data-testid="plan-actual-dialog"]')), WAIT);
}

/** The indicator's actual as shown, or '' while there is none (asked by script: it is read
 * inside waits, while the plan redraws). */
const shownActual = async (driver) => clean(await driver.executeScript(
  `return document.querySelector(arguments[0])?.textContent ?? ''`, `[data-indicator="${INDICATOR}"] [data-testid="indicator-value"]`));

test('the plan\'s actual takes 5.5, 5,5, 1,200, 1 200 and ٥٫٥, shows the figure it replaces, and refuses 5,5,5 keeping both', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"]')), WAIT);
    await click(driver, '[data-area="plan"]');
    await driver.wait(until.elementLocated(By.css(`[data-indicator="${INDICATOR}"]`)), WAIT);

    let previous = null;
    for (const [typed, read] of [['5.5', '5.5'], ['1,200', '1200'], ['5,5', '5.5'], ['1 200', '1200'], ['4,8', '4.8'], ['٥٫٥', '5.5']]) {
      const dialog = await openActual(driver);
      const box = await dialog.findElement(By.css('input[name="value"]'));
      const current = clean(await dialog.findElement(By.css('[data-testid="actual-current"]')).getText());
      if (previous === null) {
        assert.match(current, /עוד לא הוקלד/, 'no figure typed yet');
      } else {
        // The figure about to be replaced is in the box and said beside it.
        assert.equal(await box.getAttribute('value'), previous);
        assert.match(current, new RegExp(`הנתון עד עכשיו: ${previous.replace('.', '\\.')}`));
      }
      await box.clear();
      await box.sendKeys(typed);
      if (typed === '1 200') {
        // Leaving the box says how it reads.
        await box.sendKeys(Key.TAB);
        const reading = await dialog.findElement(By.css('[data-testid="number-reading"]'));
        await driver.wait(async () => /נקרא כ־1,200/.test(clean(await reading.getText())), WAIT, 'the reading is shown');
      }
      await click(driver, '[data-testid="plan-actual-dialog"] [data-action="save"]');
      await driver.wait(until.stalenessOf(dialog), WAIT);
      await driver.wait(async () => (await shownActual(driver)) === read, WAIT, `${typed} is saved as ${read}`);
      previous = read;
    }

    // What no one can read as a number is refused: the text stays, the field is pointed at,
    // and the figure already there is not touched.
    const dialog = await openActual(driver);
    const box = await dialog.findElement(By.css('input[name="value"]'));
    await box.clear();
    await box.sendKeys('5,5,5');
    await click(driver, '[data-testid="plan-actual-dialog"] [data-action="save"]');
    const error = await driver.wait(until.elementLocated(By.css('[data-testid="plan-actual-dialog"] [data-field-error="value"]')), WAIT);
    assert.match(clean(await error.getText()), /5,5,5.*אינו מספר/);
    assert.equal(await box.getAttribute('value'), '5,5,5', 'the text typed is kept');
    assert.equal(await box.getAttribute('aria-invalid'), 'true', 'the field is pointed at');
    await dialog.findElement(By.xpath('.//button[normalize-space(.)="ביטול"]')).click();
    await driver.wait(until.stalenessOf(dialog), WAIT).catch(async () => {
      // Closing with a change asks first; throw the change away.
      await click(driver, '[data-action="discard"]');
      await driver.wait(until.stalenessOf(dialog), WAIT);
    });
    assert.equal(await shownActual(driver), '5.5', 'the saved figure is still there');

    // Emptying the box is what removes the figure.
    const emptied = await openActual(driver);
    // As a person empties it: select all, delete (WebDriver's clear() sends no input event).
    await emptied.findElement(By.css('input[name="value"]')).sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
    await click(driver, '[data-testid="plan-actual-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(emptied), WAIT);
    await driver.wait(async () => (await driver.findElements(By.css(`[data-indicator="${INDICATOR}"] [data-testid="indicator-value"]`))).length === 0,
      WAIT, 'the figure is removed');
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
  }
});

test('a program\'s figures take 1,200, 1 200 and ١٢٠ and refuse 5,5 for a count, keeping the text', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"]')), WAIT);
    await click(driver, '[data-area="programs"]');
    await click(driver, 'tr[data-program="מודל ההתמדה"] button.row-link');
    await driver.wait(until.elementLocated(By.css('[data-testid="program-page"]')), WAIT);

    const place = async (settlement, band) => {
      const form = await driver.findElement(By.css('[data-testid="figures-form"]'));
      await form.findElement(By.xpath(`.//select[@name="settlement_id"]//option[normalize-space(.)="${settlement}"]`)).click();
      await form.findElement(By.xpath(`.//select[@name="age_band"]//option[normalize-space(.)="${band}"]`)).click();
      return form;
    };
    const type = async (form, name, text) => {
      const box = await form.findElement(By.css(`input[name="${name}"]`));
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', box);
      await box.clear();
      await box.sendKeys(text);
      return box;
    };
    /** Each figures row of a settlement: its target and took-part cells, as "target/took part". */
    const cells = (settlement) => driver.executeScript(
      `return [...document.querySelectorAll('[data-testid="figures"] tr')].filter((r) => r.dataset.settlement === arguments[0])
         .map((r) => r.querySelectorAll('td')[3].textContent.trim() + '/' + r.querySelectorAll('td')[4].textContent.trim())`, settlement);

    for (const [settlement, typed, read] of [['נווה אלון', '1,200', '1200'], ['כפר הגפן', '1 200', '1200'], ['גבעת רימון', '١٢٠', '120']]) {
      const form = await place(settlement, 'יסודי');
      await type(form, 'target', typed);
      await type(form, 'took_part', typed);
      await click(driver, '[data-action="save-figures"]');
      await driver.wait(async () => (await cells(settlement)).some((row) => row === `${read}/${read}`), WAIT, `${typed} is saved as ${read}`);

    }

    // A count is whole: 5,5 is read as five and a half, and refused as a count; the text stays.
    const form = await place('נווה אלון', 'יסודי');
    await type(form, 'target', '10');
    const box = await type(form, 'took_part', '5,5');
    await click(driver, '[data-action="save-figures"]');
    const error = await driver.wait(until.elementLocated(By.css('[data-testid="figures-form"] [data-field-error="took_part"]')), WAIT);
    assert.ok(clean(await error.getText()).length > 10);
    assert.equal(await box.getAttribute('value'), '5,5', 'the text typed is kept');
    // And one no one can read says so, naming it.
    await type(form, 'took_part', '12,00,0');
    await click(driver, '[data-action="save-figures"]');
    await driver.wait(async () => /12,00,0.*אינו מספר/.test(clean(await driver.executeScript(
      `return document.querySelector('[data-testid="figures-form"] [data-field-error="took_part"]')?.textContent ?? ''`))),
      WAIT, 'the message names what was typed');
    assert.ok((await cells('נווה אלון')).some((row) => row === '1200/1200'), 'the figures saved before are kept');
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
  }
});
