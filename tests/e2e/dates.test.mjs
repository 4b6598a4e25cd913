// Dates and times typed as Israelis type them, in the real window (issue #15, point 1): each form
// of a date and a time goes through a real form and is read back from the database as
// `sqlite3` sees it; a date that cannot be read is refused in words and the typed text stays;
// an empty field is empty; the calendar starts the week on Sunday and is driven by the keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { By, Key, click, openApp, startDriver, stopDriver, tempDatabase, until, valueNow, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '').trim();
const sql = (db, query) => execFileSync('sqlite3', [db.path, query], { encoding: 'utf8' }).trim();
// The forum each test makes, not the sample's own (set up when the school year opened).
const OURS = 'forum_id = (SELECT id FROM forums ORDER BY created_at DESC LIMIT 1)';
const OUR_MEETINGS = `meeting_id IN (SELECT id FROM meetings WHERE ${OURS})`;

/** Pictures of what was checked, when ESHKOL_SHOTS names a folder. */
async function shoot(driver, name) {
  if (!process.env.ESHKOL_SHOTS) return;
  writeFileSync(`${process.env.ESHKOL_SHOTS}/${name}.png`, await driver.takeScreenshot(), 'base64');
}

async function typeInto(driver, css, value) {
  const input = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await input.clear();
  await input.sendKeys(value);
  return input;
}

/** The reading under the date field that holds `css`. */
async function readingOf(driver, css) {
  return driver.executeScript(
    `const field = document.querySelector(arguments[0])?.closest('.date-field');
     return field?.querySelector('.date-reading')?.textContent ?? null;`,
    css,
  );
}

async function openSampleForum(driver) {
  await click(driver, '[data-action="load-sample"]');
  await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
  await click(driver, '[data-area="forums"]');
  await click(driver, '[data-action="new-forum-from-template"]');
  const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"]')), WAIT);
  await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
  await driver.wait(until.stalenessOf(dialog), WAIT);
  await driver.wait(until.elementLocated(By.css('[data-testid="forum-view"]')), WAIT);
}

test('dates typed day first and times without a colon are stored as meant; what cannot be read is refused and kept', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await openSampleForum(driver);

    const planDate = await driver.findElement(By.css('form.plan input[name="date"]'));
    // 15.12.2026 and 1730: the meeting is on 15 December at 17:30, as sqlite3 reads it.
    await typeInto(driver, 'form.plan input[name="date"]', '15.12.2026');
    await typeInto(driver, 'form.plan input[name="start_time"]', '1730');
    await planDate.click(); // leave the time box: it shows how it read it
    await driver.wait(async () => (await valueNow(driver, 'form.plan input[name="start_time"]')) === '17:30', WAIT, '1730 reads as 17:30');
    // Beside the civil date, its weekday and the Hebrew date (Tevet 5787).
    await driver.wait(async () => /שלישי/.test(await readingOf(driver, 'form.plan input[name="date"]')), WAIT, 'the weekday is shown');
    const reading = clean(await readingOf(driver, 'form.plan input[name="date"]'));
    assert.match(reading, /טבת/, `the Hebrew month: ${reading}`);
    assert.match(reading, /תשפ״ז/, `the Hebrew year in letters: ${reading}`);
    await shoot(driver, 'dates-plan-he');
    await click(driver, '[data-action="plan-meeting"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="meeting-view"]')), WAIT);
    assert.equal(sql(db, `SELECT date || " " || start_time FROM meetings WHERE ${OURS}`), '2026-12-15 17:30');
    // The meeting's own form shows it day first.
    const details = await driver.wait(until.elementLocated(By.css('.meeting-details input[name="date"]')), WAIT);
    assert.equal(await details.getAttribute('value'), '15.12.2026');

    // An empty date field looks empty: no grey date standing in for one, only how to type it.
    const empty = await driver.findElement(By.css('input[name="due_date"]'));
    assert.equal(await empty.getAttribute('value'), '');
    assert.equal(await empty.getAttribute('placeholder'), 'יום.חודש.שנה');
    assert.equal(clean(await readingOf(driver, 'input[name="due_date"]')), '');

    // Action items due on 15122026 and 15/12/26: both 15 December.
    for (const [what, due] of [['להזמין אולם', '15122026'], ['לשלוח הזמנות', '15/12/26']]) {
      await typeInto(driver, 'input[name="what"]', what);
      await typeInto(driver, 'input[name="due_date"]', due);
      await click(driver, '[data-action="add-action-item"]');
      await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="action-items"]')), what), WAIT);
    }
    assert.equal(sql(db, `SELECT group_concat(due_date, " ") FROM action_items WHERE ${OUR_MEETINGS}`), '2026-12-15 2026-12-15', "the meeting's, not the sample's other action items");

    // 15.15.2026 is no date: said so on leaving the box, refused at the save, and kept.
    await typeInto(driver, 'input[name="what"]', 'לבדוק תאריך');
    const due = await typeInto(driver, 'input[name="due_date"]', '15.15.2026');
    await driver.findElement(By.css('input[name="what"]')).click();
    await driver.wait(async () => /15\.15\.2026/.test(await readingOf(driver, 'input[name="due_date"]')), WAIT, 'the problem is said on leaving the box');
    assert.equal(await due.getAttribute('aria-invalid'), 'true');
    await click(driver, '[data-action="add-action-item"]');
    await driver.sleep(300);
    assert.equal(sql(db, `SELECT count(*) FROM action_items WHERE ${OUR_MEETINGS}`), '2', 'nothing is saved');
    assert.equal(await due.getAttribute('value'), '15.15.2026', 'what was typed stays');
    const problem = clean(await readingOf(driver, 'input[name="due_date"]'));
    assert.match(problem, /תאריך היעד/, `names the field: ${problem}`);
    assert.match(problem, /15\.12\.2026/, `says how to write it: ${problem}`);
    await shoot(driver, 'dates-refused-he');

    // A time that cannot be read is said so, and the meeting keeps its time.
    const time = await typeInto(driver, '.meeting-details input[name="start_time"]', '7:3');
    await click(driver, '[data-action="save-meeting"]');
    await driver.wait(async () => /7:3/.test(clean(await driver.executeScript(
      `return document.querySelector('.meeting-details [data-field-error="start_time"]')?.textContent`))), WAIT, 'the time is refused');
    assert.equal(await time.getAttribute('value'), '7:3');
    assert.equal(sql(db, `SELECT start_time FROM meetings WHERE ${OURS}`), '17:30');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('the calendar starts on Sunday, moves with the keyboard, and picks a date', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await openSampleForum(driver);
    await typeInto(driver, 'form.plan input[name="date"]', '15.12.2026');
    await click(driver, 'form.plan [data-action="open-calendar"]');
    const calendar = await driver.wait(until.elementLocated(By.css('form.plan .calendar')), WAIT);
    // The week starts on Sunday, and the chosen day has the keyboard's focus.
    const first = await calendar.findElement(By.css('thead th'));
    assert.equal(await first.getAttribute('abbr'), 'יום ראשון');
    assert.equal(await driver.executeScript('return document.activeElement?.dataset.day'), '2026-12-15');
    await shoot(driver, 'dates-calendar-he');
    // In Hebrew the next day is to the left; a week down; the next month.
    await driver.actions().sendKeys(Key.ARROW_LEFT, Key.ARROW_DOWN, Key.PAGE_DOWN).perform();
    assert.equal(await driver.executeScript('return document.activeElement?.dataset.day'), '2027-01-23');
    await driver.actions().sendKeys(Key.ENTER).perform();
    await driver.wait(until.stalenessOf(calendar), WAIT);
    const date = await driver.findElement(By.css('form.plan input[name="date"]'));
    assert.equal(await date.getAttribute('value'), '23.01.2027');
    assert.equal(await driver.executeScript('return document.activeElement?.name'), 'date', 'the focus is back in the box');

    // Esc closes the calendar and changes nothing.
    await click(driver, 'form.plan [data-action="open-calendar"]');
    const again = await driver.wait(until.elementLocated(By.css('form.plan .calendar')), WAIT);
    await driver.actions().sendKeys(Key.ARROW_UP, Key.ESCAPE).perform();
    await driver.wait(until.stalenessOf(again), WAIT);
    assert.equal(await date.getAttribute('value'), '23.01.2027');

    await click(driver, '[data-action="plan-meeting"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="meeting-view"]')), WAIT);
    assert.equal(sql(db, `SELECT date FROM meetings WHERE ${OURS}`), '2027-01-23');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a visit dated 15/12/26 is a visit on 15 December 2026, in English too', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="settings"]');
    await click(driver, 'input[name="locale"][value="en"]');
    await click(driver, '[data-area="visits"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-form"]')), WAIT);
    const before = Number(sql(db, "SELECT count(*) FROM visits WHERE date = '2026-12-15'"));
    await driver.actions().sendKeys('רימון').perform();
    await driver.wait(async () => (await textNow(driver, '[data-testid="chosen-settlement"]')).includes('גבעת רימון'), WAIT);
    await typeInto(driver, '.visit-form input[name="date"]', '15/12/26');
    await typeInto(driver, 'input[name="visitor"]', 'גלבו');
    await driver.actions().sendKeys(Key.ENTER).perform();
    await driver.wait(until.elementTextContains(driver.findElement(By.css('.visit-form .chips')), 'אורי גלבועי'), WAIT);
    const reading = clean(await readingOf(driver, '.visit-form input[name="date"]'));
    assert.match(reading, /Tuesday/, reading);
    assert.match(reading, /Tevet 5787/, reading);
    await shoot(driver, 'dates-visit-en');
    await typeInto(driver, 'textarea[name="summary"]', 'ביקור');
    await driver.actions().keyDown(Key.CONTROL).sendKeys(Key.ENTER).keyUp(Key.CONTROL).perform();
    // Before that day, a visit on it is asked about first (visits.test.mjs tests the question).
    const today = new Date().toLocaleDateString('sv');
    if (today < '2026-12-15') {
      const ask = await driver.wait(until.elementLocated(By.css('[data-testid="future-visit"]')), WAIT);
      assert.match(clean(await ask.getText()), /15\.12\.2026 has not come yet/);
      await click(driver, '[data-action="save-future-visit"]');
    }
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-notice"]')), WAIT);
    assert.equal(Number(sql(db, "SELECT count(*) FROM visits WHERE date = '2026-12-15'")), before + 1);
  } finally {
    await driver.quit();
    db.remove();
  }
});
