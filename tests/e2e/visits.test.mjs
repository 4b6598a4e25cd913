// Visits in the real window: a visit logged from the keyboard alone, then found in the
// settlement's history, in the coverage report and on the settlement lists; sensitive notes
// that stay out of the list until opened on purpose.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { By, Key, answerSaveDialog, click, openApp, startDriver, stopDriver, tempDatabase, until, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;

const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');

/** Today as the app shows dates: DD.MM.YYYY. */
function todayShown() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

const focusedName = (driver) => driver.executeScript('return document.activeElement?.name ?? ""');

async function keys(driver, ...sequence) {
  await driver.actions().sendKeys(...sequence).perform();
}

/** Press Tab until the element named `name` has the focus. */
async function tabTo(driver, name) {
  for (let i = 0; i < 15; i++) {
    if ((await focusedName(driver)) === name) return;
    await keys(driver, Key.TAB);
  }
  assert.equal(await focusedName(driver), name, `Tab reaches ${name}`);
}

async function openVisits(driver) {
  await click(driver, '[data-action="load-sample"]');
  await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
  await click(driver, '[data-area="visits"]');
  await driver.wait(until.elementLocated(By.css('[data-testid="visit-form"]')), WAIT);
  await driver.wait(async () => (await focusedName(driver)) === 'settlement', WAIT, 'the settlement field has the focus');
}

test('a visit logged from the keyboard alone shows in the history, the coverage report and the lists', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await openVisits(driver);

    // Keyboard only: part of the settlement's name, who went, the summary, Ctrl+Enter.
    const started = Date.now();
    await keys(driver, 'רימון');
    await driver.wait(async () => (await textNow(driver, '[data-testid="chosen-settlement"]')).includes('גבעת רימון'), WAIT);
    await tabTo(driver, 'visitor');
    await keys(driver, 'גלבו', Key.ENTER);
    await driver.wait(until.elementTextContains(driver.findElement(By.css('.visit-form .chips')), 'אורי גלבועי'), WAIT);
    await tabTo(driver, 'summary');
    await keys(driver, 'הדרכת מדריכי שכבת ט׳ לקראת הטיול השנתי');
    await driver.actions().keyDown(Key.CONTROL).sendKeys(Key.ENTER).keyUp(Key.CONTROL).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-notice"]')), WAIT);
    const seconds = (Date.now() - started) / 1000;
    console.log(`a visit logged from the keyboard in ${seconds.toFixed(1)} s`);
    assert.ok(seconds < 30, 'under 30 seconds');
    assert.equal(await focusedName(driver), 'settlement', 'ready for the next visit');

    // The latest visits, then the settlement's history.
    const table = await driver.wait(until.elementLocated(By.css('[data-testid="visits-table"]')), WAIT);
    await driver.wait(until.elementTextContains(table, 'הדרכת מדריכי שכבת ט׳'), WAIT);
    assert.match(clean(await table.getText()), /גבעת רימון[\s\S]*אורי גלבועי[\s\S]*הדרכת מדריכי שכבת ט׳/);
    await table.findElement(By.xpath('.//button[contains(., "גבעת רימון")]')).click();
    const history = await driver.wait(until.elementLocated(By.css('[data-testid="settlement-history"]')), WAIT);
    await driver.wait(until.elementTextContains(history, 'הדרכת מדריכי שכבת ט׳'), WAIT);
    assert.ok(clean(await history.getText()).includes(todayShown()), "the visit's date");

    // The coverage report: visited today, zero days since, and the sample's visit 12 days ago
    // in the period too; a settlement the sample never visited says so.
    await click(driver, '[data-action="back"]');
    await click(driver, '[data-action="coverage"]');
    const report = await driver.wait(until.elementLocated(By.css('[data-testid="coverage-document"]')), WAIT);
    const row = await report.findElement(By.xpath('.//tr[td[contains(., "גבעת רימון")]]'));
    const cells = (await Promise.all((await row.findElements(By.css('td'))).map((c) => c.getText()))).map(clean);
    assert.deepEqual(cells, ['גבעת רימון', todayShown(), '0', '2']);
    assert.match(clean(await report.getText()), /נווה אלון\s*לא היה ביקור/);

    // The report saves as CSV through the save dialog.
    const csv = join(dirname(db.path), 'coverage.csv');
    await click(driver, '[data-action="save-csv"]');
    await answerSaveDialog('שמירת דוח הכיסוי', csv);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), csv), WAIT);
    const rows = JSON.parse(execFileSync('python3', ['-c', 'import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))))', csv], { encoding: 'utf8' }));
    assert.deepEqual(rows.find((r) => r[1] === 'גבעת רימון').slice(3), [isoToday(), '0', '2']);

    // The settlement lists show the last visit; the home screen no longer counts it as not visited.
    await click(driver, '[data-area="directory"]');
    const item = await driver.wait(until.elementLocated(By.xpath('//li[button[contains(., "גבעת רימון")]]')), WAIT);
    assert.match(clean(await item.getText()), new RegExp(`ביקור אחרון ${todayShown().replace(/\./g, '\\.')}`));
    await click(driver, '[data-area="home"]');
    const stale = await driver.wait(until.elementLocated(By.css('[data-testid="home-stale-settlements"]')), WAIT);
    await driver.wait(until.elementTextContains(stale, 'נווה אלון'), WAIT);
    assert.doesNotMatch(await stale.getText(), /גבעת רימון/);
  } catch (e) {
    console.error(await driver.executeScript('return document.querySelector("main")?.innerText + " | focus: " + document.activeElement?.name + " | summary: " + document.querySelector("[name=summary]")?.value').catch(() => ''));
    throw e;
  } finally {
    await driver.quit();
    db.remove();
  }
});

/** Today as YYYY-MM-DD in local time. */
function isoToday() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('sensitive notes stay out of the list and show only when opened on purpose', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  const secret = 'חשש לשלומו של נער בשכבה ח׳';
  try {
    await openVisits(driver);
    // Saving without a settlement is refused with the field to fix; what was typed stays.
    const summary = await driver.findElement(By.css('textarea[name="summary"]'));
    await summary.sendKeys('ביקור עם הרכזת');
    await click(driver, '[data-action="save-visit"]');
    const error = await driver.wait(until.elementLocated(By.css('[data-field-error="settlement_id"]')), WAIT);
    assert.match(clean(await error.getText()), /יישוב/);
    assert.equal(await summary.getAttribute('value'), 'ביקור עם הרכזת');
    assert.equal(await focusedName(driver), 'settlement', 'the field to fix has the focus');
    await keys(driver, 'כפר הגפן');
    await tabTo(driver, 'visitor');
    await keys(driver, 'גלבו', Key.ENTER);
    // A purpose of the department's own joins the list and is chosen.
    await click(driver, '[data-action="add-purpose"]');
    const purpose = await driver.wait(until.elementLocated(By.css('input[name="new_purpose"]')), WAIT);
    await purpose.sendKeys('סיור לימודי', Key.ENTER);
    await driver.wait(async () => clean(await driver.executeScript('const s = document.querySelector("select[name=purpose_id]"); return s.options[s.selectedIndex]?.text')) === 'סיור לימודי', WAIT, 'the new purpose is chosen');
    await click(driver, '[data-action="add-sensitive"]');
    const notes = await driver.wait(until.elementLocated(By.css('textarea[name="sensitive_notes"]')), WAIT);
    await notes.sendKeys(secret);
    await click(driver, '[data-action="save-visit"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-notice"]')), WAIT);

    // The list was there before (the sample's visits): wait for the new visit in it.
    const table = await driver.wait(until.elementLocated(By.css('[data-testid="visits-table"]')), WAIT);
    await driver.wait(until.elementTextContains(table, 'סיור לימודי'), WAIT);
    const listed = clean(await table.getText());
    assert.match(listed, /כפר הגפן\s*סיור לימודי[\s\S]*הערות רגישות/, 'the list shows the purpose, and says there are sensitive notes');
    assert.ok(!listed.includes(secret), 'and does not show them');

    await table.findElement(By.css('tbody button.row-link')).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-view"]')), WAIT);
    const page = await driver.executeScript('return document.body.innerText + [...document.querySelectorAll("textarea,input")].map((e) => e.value).join(" ")');
    assert.ok(!page.includes(secret), 'the visit opens without its sensitive notes');
    await click(driver, '[data-action="open-sensitive"]');
    const opened = await driver.wait(until.elementLocated(By.css('textarea[name="sensitive_notes"]')), WAIT);
    assert.equal(await opened.getAttribute('value'), secret);

    // A follow-up of the visit is an action item: it shows in the action-items view, and opens the visit.
    const what = await driver.findElement(By.css('[data-testid="visit-view"] form.inline input[name="what"]'));
    await what.sendKeys('לשלוח לרכזת את תוכנית ההדרכה', Key.ENTER);
    await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="follow-ups"]')), 'לשלוח לרכזת'), WAIT);
    await click(driver, '[data-area="actions"]');
    const row = await driver.wait(until.elementLocated(By.xpath('//tr[td[contains(., "לשלוח לרכזת")]]')), WAIT);
    assert.match(clean(await row.getText()), /ביקור בכפר הגפן/);
    await row.findElement(By.css('button.row-link')).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-view"]')), WAIT);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a visit dated in the future asks before it is saved, and keeps what was typed', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  const stored = () => execFileSync('sqlite3', [db.path, "SELECT date FROM visits WHERE summary = 'ביקור שעוד לא היה'"]).toString().trim();
  try {
    await openVisits(driver);
    await keys(driver, 'רימון');
    await driver.wait(async () => (await textNow(driver, '[data-testid="chosen-settlement"]')).includes('גבעת רימון'), WAIT);
    // Eight days ahead, typed day first.
    const ahead = new Date(Date.now() + 8 * 86_400_000);
    const pad = (n) => String(n).padStart(2, '0');
    const shown = `${pad(ahead.getDate())}.${pad(ahead.getMonth() + 1)}.${ahead.getFullYear()}`;
    const iso = `${ahead.getFullYear()}-${pad(ahead.getMonth() + 1)}-${pad(ahead.getDate())}`;
    const date = await driver.findElement(By.css('.visit-form input[name="date"]'));
    await date.clear();
    await date.sendKeys(shown);
    await tabTo(driver, 'visitor');
    await keys(driver, 'גלבו', Key.ENTER);
    await driver.wait(until.elementTextContains(driver.findElement(By.css('.visit-form .chips')), 'אורי גלבועי'), WAIT);
    await tabTo(driver, 'summary');
    await keys(driver, 'ביקור שעוד לא היה');
    await click(driver, '[data-action="save-visit"]');

    // Asked, with the date; nothing saved, nothing typed lost.
    const ask = await driver.wait(until.elementLocated(By.css('[data-testid="future-visit"]')), WAIT);
    assert.ok(clean(await ask.getText()).includes(shown), await ask.getText());
    assert.equal(stored(), '', 'not saved before the answer');
    assert.equal(await driver.findElement(By.css('textarea[name="summary"]')).getAttribute('value'), 'ביקור שעוד לא היה');
    // Changing the date is one click away; saving again asks again.
    await click(driver, '[data-action="change-visit-date"]');
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="future-visit"]'))).length === 0, WAIT);
    assert.equal(await focusedName(driver), 'date', 'the date has the focus');
    await click(driver, '[data-action="save-visit"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="future-visit"]')), WAIT);
    assert.equal(stored(), '');

    // Saved on that date when the person says so.
    await click(driver, '[data-action="save-future-visit"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="visit-notice"]')), WAIT);
    assert.equal(stored(), iso);
  } finally {
    await driver.quit();
    db.remove();
  }
});
