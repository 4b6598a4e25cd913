// Programs and partnerships in the real window (issue #17): a program made from nothing with a
// partner new to the directory made in the same step and an existing forum as its steering
// committee; this year's figures for two settlements; the program on a settlement's page; a
// delegation with two stops whose itinerary is saved as PDF.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { By, Key, answerSaveDialog, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, until, valueNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069\u200e\u200f]/g, '');

async function setValue(driver, element, value) {
  await driver.executeScript(
    `arguments[0].value = arguments[1];
     arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
     arguments[0].dispatchEvent(new Event('change', { bubbles: true }));`,
    element,
    value,
  );
}

/** Choose the option labelled `label` in `select`. */
async function choose(driver, select, label) {
  const option = await select.findElement(By.xpath(`.//option[normalize-space(.)="${label}"]`));
  await option.click();
}

/** Scroll the element into the middle of its scrolling box (a long dialog's). */
async function inView(driver, css) {
  const element = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
}

/** A forum of the local-authority template, with no members: an existing forum to link. */
async function forum(driver) {
  await click(driver, '[data-area="forums"]');
  await click(driver, '[data-action="new-forum-from-template"]');
  const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"]')), WAIT);
  await driver.wait(async () => (await valueNow(driver, 'input[name="name"]')) === 'פורום שותפים רשותי', WAIT);
  await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
  await driver.wait(until.stalenessOf(dialog), WAIT);
  await driver.wait(until.elementLocated(By.css('[data-testid="forum-view"]')), WAIT);
}

test('a program made from nothing, with a new partner in one step, an existing forum steering it, and this year\'s figures for two settlements', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await forum(driver);

    await click(driver, '[data-area="programs"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="programs"]')), WAIT);
    await click(driver, '[data-action="new-program"]');
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="program-dialog"]')), WAIT);
    const name = await driver.wait(until.elementLocated(By.css('[data-testid="program-dialog"] input[name="name"]')), WAIT);
    await name.sendKeys('תכנית ליווי בני נוער');
    await choose(driver, await dialog.findElement(By.css('select[name="kind"]')), 'התמדה ומניעת נשירה');
    await dialog.findElement(By.css('textarea[name="goal"]')).sendKeys('כל נער ונערה ממשיכים ללמוד');
    await click(driver, '[data-testid="program-dialog"] [data-action="add-axis"]');
    await driver.switchTo().activeElement().sendKeys('חונכות אישית');

    // A partner already in the directory, the lead; and one new to it, made in the same step.
    await click(driver, '[data-testid="program-dialog"] [data-action="add-partner"]');
    const rows = () => dialog.findElements(By.css('[data-testid="program-partners"] li'));
    await choose(driver, await (await rows())[0].findElement(By.css('select[name="partner-organization"]')), 'מועצה אזורית עמק הגפן');
    await choose(driver, await (await rows())[0].findElement(By.css('select[name="role"]')), 'מוביל');
    await click(driver, '[data-testid="program-dialog"] [data-action="add-new-partner"]');
    const fresh = (await rows())[1];
    await fresh.findElement(By.css('input[name="new-organization"]')).sendKeys('קרן רש״י');
    await choose(driver, await fresh.findElement(By.css('select[name="partner-sector"]')), 'מגזר שלישי');
    await choose(driver, await fresh.findElement(By.css('select[name="role"]')), 'מממן');

    // Where it runs, and the forum that steers it.
    const settlement = await dialog.findElement(By.css('input[data-settlement="נווה אלון"]'));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', settlement);
    await settlement.click();
    await inView(driver, '[data-testid="program-dialog"] [data-action="add-forum"]');
    await click(driver, '[data-testid="program-dialog"] [data-action="add-forum"]');
    await choose(driver, await dialog.findElement(By.css('select[name="steering-forum"]')), 'פורום שותפים רשותי');
    await inView(driver, '[data-testid="program-dialog"] [data-action="save"]');
    await click(driver, '[data-testid="program-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);

    const page = await driver.wait(until.elementLocated(By.css('[data-testid="program-page"]')), WAIT);
    await driver.wait(until.elementTextContains(page, 'תכנית ליווי בני נוער'), WAIT);
    const partners = clean(await page.findElement(By.css('[data-testid="partners"]')).getText());
    assert.match(partners, /מועצה אזורית עמק הגפן · מוביל\s*\(ציבורי\)/);
    assert.match(partners, /קרן רש״י · מממן\s*\(מגזר שלישי\)/);
    assert.match(clean(await page.findElement(By.css('[data-testid="sectors"]')).getText()), /עסקי/, 'no business partner yet');
    assert.ok(await page.findElement(By.css('article.steering[data-forum="פורום שותפים רשותי"]')));
    assert.match(clean(await page.findElement(By.css('[data-testid="program-places"]')).getText()), /נווה אלון/);

    // This year's figures for two settlements.
    const figures = async (settlementName, band, target, tookPart) => {
      const form = await driver.findElement(By.css('[data-testid="figures-form"]'));
      await choose(driver, await form.findElement(By.css('select[name="settlement_id"]')), settlementName);
      await choose(driver, await form.findElement(By.css('select[name="age_band"]')), band);
      await setValue(driver, await form.findElement(By.css('input[name="target"]')), target);
      await setValue(driver, await form.findElement(By.css('input[name="took_part"]')), tookPart);
      await click(driver, '[data-action="save-figures"]');
      await driver.wait(until.elementLocated(By.css(`[data-testid="figures"] tr[data-settlement="${settlementName}"]`)), WAIT);
    };
    await figures('נווה אלון', 'תיכון', '40', '31');
    await figures('כפר הגפן', 'חטיבת ביניים', '25', '18');
    const now = new Date();
    const schoolYear = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
    const cells = await driver.findElements(By.css(`[data-testid="years"] tr[data-year="${schoolYear}"] td`));
    const sums = await Promise.all(cells.map((c) => c.getText()));
    assert.deepEqual(sums.slice(0, 2), ['65', '49'], 'the year sums both settlements');

    // The program on a settlement's page (its history, opened from the home screen's list of
    // settlements not visited lately).
    await click(driver, '[data-area="home"]');
    const stale = await driver.wait(until.elementLocated(By.css('[data-testid="home-stale-settlements"]')), WAIT);
    const link = await driver.wait(until.elementLocated(By.xpath('//section[@data-testid="home-stale-settlements"]//button[normalize-space(.)="נווה אלון"]')), WAIT);
    assert.ok(stale);
    await link.click();
    const here = await driver.wait(until.elementLocated(By.css('[data-testid="programs-here"]')), WAIT);
    await driver.wait(until.elementTextContains(here, 'תכנית ליווי בני נוער'), WAIT);
    // It opens the program.
    await here.findElement(By.css('li[data-program="תכנית ליווי בני נוער"] button')).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="program-page"]')), WAIT);

    // The cluster's card lists it with the settlement of the cluster it runs in.
    await click(driver, '[data-area="directory"]');
    const card = await driver.wait(until.elementLocated(By.xpath('//article[contains(@class, "cluster")][.//h2[contains(., "אשכול צפון")]]//*[@data-testid="cluster-programs"]')), WAIT);
    await driver.wait(until.elementTextContains(card, 'תכנית ליווי בני נוער'), WAIT);
    assert.match(clean(await card.getText()), /תכנית ליווי בני נוער\s*\(נווה אלון\)/);

    // The forum's page names the program it steers.
    await click(driver, '[data-area="forums"]');
    const row = await driver.wait(until.elementLocated(By.xpath('//button[contains(., "פורום שותפים רשותי")]')), WAIT);
    await row.click();
    const steers = await driver.wait(until.elementLocated(By.css('[data-testid="forum-steers"]')), WAIT);
    assert.match(clean(await steers.getText()), /תכנית ליווי בני נוער/);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a delegation with two stops, its itinerary in order and saved as PDF', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="programs"]');
    await click(driver, '[data-tab="delegations"]');
    await click(driver, '[data-action="new-delegation"]');
    const form = await driver.wait(until.elementLocated(By.css('[data-testid="delegation-form"]')), WAIT);
    await form.findElement(By.css('input[name="name"]')).sendKeys('משלחת אנשי חינוך ממדינות מתפתחות');
    await form.findElement(By.css('input[name="country"]')).sendKeys('גאנה');
    await form.findElement(By.css('input[name="guest_count"]')).sendKeys('14');
    const host = await form.findElement(By.css('input[data-host="מיכל אבירם"]'));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', host);
    await host.click();
    // Two stops, the afternoon's typed first.
    for (const [time, place, settlement] of [['13:30', 'מועדונית לילדים בסיכון', 'נווה אלון'], ['09:00', 'היחידה לקידום נוער', 'כפר הגפן']]) {
      await click(driver, '[data-action="add-stop"]');
      const stop = (await form.findElements(By.css('.stop-row'))).at(-1);
      await stop.findElement(By.css('input[name="time"]')).sendKeys(time);
      await stop.findElement(By.css('input[name="place"]')).sendKeys(place);
      await choose(driver, await stop.findElement(By.css('select[name="stop-settlement"]')), settlement);
    }
    await click(driver, '[data-action="save-delegation"]');
    const page = await driver.wait(until.elementLocated(By.css('[data-testid="delegation-page"]')), WAIT);
    const stops = await page.findElements(By.css('[data-testid="itinerary"] tbody tr'));
    assert.deepEqual(await Promise.all(stops.map((s) => s.getAttribute('data-stop'))), ['היחידה לקידום נוער', 'מועדונית לילדים בסיכון'], 'by time');

    // A follow-up, as an action item.
    await page.findElement(By.css('[data-testid="follow-up-form"] input[name="what"]')).sendKeys('החלפת משלחות בשנה הבאה');
    await click(driver, '[data-action="add-follow-up"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="delegation-follow-ups"]')), WAIT);

    // The itinerary as PDF through the dialog.
    const pdf = join(dirname(db.path), 'itinerary.pdf');
    await click(driver, '[data-testid="delegation-page"] [data-action="save-pdf"]');
    await answerSaveDialog('שמירת מסלול הביקור', pdf);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), pdf), WAIT);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    assert.match(text, /מסלול ביקור/);
    assert.match(text, /משלחת אנשי חינוך ממדינות מתפתחות/);
    assert.match(text, /גאנה ·\s*14\s*אורחים/);
    assert.ok(text.indexOf('09:00') < text.indexOf('13:30'), 'the morning first');
    assert.match(text, /החלפת משלחות בשנה הבאה/);

    // The list of what is due carries the follow-up, labelled as the delegation's.
    await click(driver, '[data-area="actions"]');
    const item = await driver.wait(until.elementLocated(By.xpath('//tr[.//*[contains(., "החלפת משלחות בשנה הבאה")]][not(contains(., "להציע"))]')), WAIT);
    assert.match(clean(await item.findElement(By.css('[data-testid="raised-where"]')).getAttribute('title')), /המשך טיפול במשלחת: משלחת אנשי חינוך ממדינות מתפתחות/);

    // Search finds a program by a word of its work axes, a move, and a delegation by a stop;
    // a hit opens it.
    await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
    const box = await driver.wait(until.elementLocated(By.css('[data-testid="search-input"]')), WAIT);
    await box.sendKeys('נחשון');
    const program = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="program"] button.hit')), WAIT);
    assert.match(clean(await program.getText()), /מודל ההתמדה/, "the sample's retention program, by its axis");
    // Ctrl+K again selects what was typed, to type over it.
    await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
    await box.sendKeys('מועדונית לילדים');
    const hit = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="delegation"] button.hit')), WAIT);
    await hit.click();
    const opened = await driver.wait(until.elementLocated(By.css('[data-testid="delegation-page"]')), WAIT);
    await driver.wait(until.elementTextContains(opened, 'מועדונית לילדים בסיכון'), WAIT);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});
