// One list of everything due (issue #30, point 2): the home screen's late count and link lead
// to the same rows, across forums' action items, a delegation's follow-up, program moves and
// work-plan tasks; each says where it came from and opens its record; the list is filtered by
// owner (kept, as a coordinator's "mine"), source, status and lateness; a status is set in
// place; a program's new move is added from it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, until, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '').trim();

/** The rows of the list as drawn: [what, source]. */
const rows = (driver) => driver.executeScript(
  `return [...document.querySelectorAll('[data-testid="actions-table"] tbody tr.action-row')].map((r) => [r.dataset.what, r.dataset.source])`);
const counted = async (driver) => Number((await textNow(driver, '[data-testid="due-count"]')).match(/\d+/)?.[0] ?? 1);

/** Choose `label` in the select `name`, once its options are there (people load after the list). */
async function choose(driver, name, label) {
  const option = await driver.wait(until.elementLocated(By.xpath(`//select[@name="${name}"]//option[normalize-space(.)="${label}"]`)), WAIT);
  await option.click();
}

test('the home screen\'s late count opens the same rows, from every source, each opening its record', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    const link = await driver.wait(until.elementLocated(By.css('[data-action="all-late"]')), WAIT);
    const late = Number(clean(await link.getText()).match(/\((\d+)\)/)[1]);
    assert.ok(late >= 2, `the sample has late items: ${late}`);
    await link.click();
    await driver.wait(until.elementLocated(By.css('[data-testid="actions-table"] tbody tr.action-row')), WAIT);
    const shown = await rows(driver);
    assert.equal(shown.length, late, 'the link\'s count is the list\'s rows');
    assert.equal(await counted(driver), late);
    const sources = new Set(shown.map(([, source]) => source));
    assert.ok(sources.has('meeting') && sources.has('program'), [...sources].join(', '));
    assert.ok(shown.some(([what]) => what === 'הקמת FAB LAB אזורי'), 'the late program move the home screen lists is here');

    // A late program move opens its program.
    await driver.findElement(By.xpath('//tr[@data-what="הקמת FAB LAB אזורי"]//button[contains(@class, "row-link")]')).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="program-page"]')), WAIT);

    // Every source, every status: the delegation's follow-up is labelled as one.
    await click(driver, '[data-area="actions"]');
    await driver.wait(until.elementLocated(By.css('select[name="source"]')), WAIT);
    await choose(driver, 'source', 'משלחות');
    await choose(driver, 'status', 'כל הסטטוסים');
    await driver.wait(async () => {
      const shown = await rows(driver);
      return shown.length > 0 && shown.every(([, source]) => source === 'delegation');
    }, WAIT, 'only the delegations\' follow-ups');
    const label = await driver.executeScript(
      `return document.querySelector('tr[data-source="delegation"] [data-testid="raised-where"]').textContent`);
    assert.match(clean(label).replace(/\s+/g, ' '), /^המשך טיפול במשלחת: משלחת אנשי חינוך ממדינות מתפתחות$/);

    // The work plan's tasks are here too, and one opens the plan.
    await choose(driver, 'source', 'תוכנית העבודה');
    const task = await driver.wait(until.elementLocated(By.xpath('//tr[@data-source="plan"]//button[contains(@class, "row-link")]')), WAIT);
    await task.click();
    await driver.wait(until.elementLocated(By.css('[data-testid="plan-name"]')), WAIT);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a coordinator\'s own list is kept, a status is set in place and the home count follows, and a program\'s move is added from the list', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    const link = await driver.wait(until.elementLocated(By.css('[data-action="all-late"]')), WAIT);
    const late = Number(clean(await link.getText()).match(/\((\d+)\)/)[1]);

    // Hers: every source, and only hers; kept when she comes back.
    await click(driver, '[data-area="actions"]');
    await driver.wait(until.elementLocated(By.css('select[name="owner"]')), WAIT);
    await choose(driver, 'owner', 'דנה שחרור');
    await driver.wait(async () => (await rows(driver)).some(([what]) => what === 'להפיץ לרכזים את לוח הפעילות המשותף'), WAIT);
    const hers = await driver.executeScript(
      `return [...document.querySelectorAll('[data-testid="actions-table"] tbody tr.action-row td:nth-child(2)')].map((c) => c.textContent.trim())`);
    assert.ok(hers.length > 0 && hers.every((n) => n === 'דנה שחרור'), hers.join(' | '));
    await click(driver, '[data-area="home"]');
    await click(driver, '[data-area="actions"]');
    // (Asked by script: right after the click the area may not be drawn yet.)
    const chosenOwner = () => driver.executeScript(`return document.querySelector('select[name="owner"] option:checked')?.textContent.trim() ?? ''`);
    await driver.wait(async () => (await chosenOwner()) === 'דנה שחרור', WAIT, 'her list is kept');

    // Done, in place: it leaves the open list, and the home screen's late count follows.
    const row = await driver.wait(until.elementLocated(By.xpath('//tr[@data-what="להפיץ לרכזים את לוח הפעילות המשותף"]')), WAIT);
    await row.findElement(By.css('select option[value="done"]')).click();
    await driver.wait(async () => !(await rows(driver)).some(([what]) => what === 'להפיץ לרכזים את לוח הפעילות המשותף'), WAIT, 'it left the open list');
    await click(driver, '[data-area="home"]');
    const lateLink = () => driver.executeScript(`return document.querySelector('[data-action="all-late"]')?.textContent ?? ''`);
    await driver.wait(async () => clean(await lateLink()).includes(`(${late - 1})`), WAIT, 'one fewer late');

    // A new move of a program, from the list.
    await click(driver, '[data-area="actions"]');
    await click(driver, '[data-action="new-due"]');
    const form = await driver.wait(until.elementLocated(By.css('[data-testid="due-new-form"]')), WAIT);
    await click(driver, '[data-action="save-due"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="due-new-form"] [data-field-error="program_id"]')), WAIT);
    await choose(driver, 'program_id', 'מודל ההתמדה');
    await form.findElement(By.css('input[name="what"]')).sendKeys('לתאם כנס הורים');
    await form.findElement(By.css('input[name="due_on"]')).sendKeys('20.1.2027');
    await click(driver, '[data-action="save-due"]');
    await driver.wait(until.stalenessOf(form), WAIT);
    // In her list (she was chosen as its owner), from the program, due on the day typed.
    const added = () => driver.executeScript(
      `return document.querySelector('tr[data-what="לתאם כנס הורים"]')?.textContent ?? ''`);
    await driver.wait(async () => /מהלך בתוכנית: מודל ההתמדה/.test(clean(await added())), WAIT, 'the new move is listed');
    assert.match(clean(await added()), /20\.01\.2027/);
  } finally {
    await driver.quit();
    db.remove();
  }
});
