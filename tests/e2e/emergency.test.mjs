// Emergency readiness in the real window (issue #16): a volunteer added with two capabilities,
// then found from "who can help" for their settlement, nearest first, with a phone to call.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { By, Key, answerOpenDialog, answerSaveDialog, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, until, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');

async function choose(driver, selectCss, label) {
  const option = await driver.wait(
    until.elementLocated(By.xpath(`//select[@name="${selectCss}"]//option[normalize-space(.)="${label}"]`)),
    WAIT,
  );
  await option.click();
}

async function tick(driver, scope, capability) {
  const box = await driver.wait(until.elementLocated(By.css(`${scope} input[data-capability="${capability}"]`)), WAIT);
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', box);
  await box.click();
}

/** The helpers listed, as "name|nearness|phone" lines. */
async function helpers(driver) {
  return driver.executeScript(`
    return [...document.querySelectorAll('[data-testid="helpers"] tbody tr')].map((tr) => {
      const cells = [...tr.querySelectorAll('td')];
      const name = cells[0].querySelector('span').textContent.trim();
      const link = cells[2].querySelector('a');
      return [name, cells[1].textContent.trim(), link ? link.getAttribute('href') : ''].join('|');
    });`);
}

test('a volunteer added with two capabilities is found from "who can help" for their settlement', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);

    // Ctrl+E from anywhere opens the emergency area, on "who can help".
    await driver.actions().keyDown(Key.CONTROL).sendKeys('e').keyUp(Key.CONTROL).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
    assert.equal(await driver.executeScript('return document.activeElement?.id'), 'emergency-title');

    // A new volunteer, a new contact, with two capabilities under two emergency clusters.
    await click(driver, '[data-tab="volunteers"]');
    await click(driver, '[data-action="add-volunteer"]');
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="volunteer-dialog"]')), WAIT);
    await driver.wait(until.elementLocated(By.css('[data-testid="volunteer-dialog"] input[name="full_name"]')), WAIT);
    await dialog.findElement(By.css('input[name="full_name"]')).sendKeys('טליה נחום');
    await dialog.findElement(By.css('input[name="mobile"]')).sendKeys('052-9876543');
    await choose(driver, 'home_settlement_id', 'נווה אלון');
    await tick(driver, '[data-testid="volunteer-dialog"]', 'עזרה ראשונה נפשית');
    await tick(driver, '[data-testid="volunteer-dialog"]', 'שיעורים מקוונים בזום');
    await click(driver, '[data-testid="volunteer-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);
    const row = await driver.wait(until.elementLocated(By.xpath('//table[@data-testid="volunteers"]//tr[contains(., "טליה נחום")]')), WAIT);
    const rowText = clean(await row.getText());
    assert.match(rowText, /נווה אלון/);
    assert.match(rowText, /עזרה ראשונה נפשית/);
    assert.match(rowText, /שיעורים מקוונים בזום/);
    assert.ok(clean(await row.getAttribute('textContent')).includes('052-9876543'));

    // Who can help in נווה אלון with both: she is first, here, with a tel: link.
    await click(driver, '[data-tab="help"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
    await choose(driver, 'place', 'נווה אלון');
    await tick(driver, '[data-testid="who-can-help"]', 'עזרה ראשונה נפשית');
    await tick(driver, '[data-testid="who-can-help"]', 'שיעורים מקוונים בזום');
    await driver.wait(async () => (await helpers(driver)).length === 1, WAIT, 'only she holds both');
    assert.deepEqual(await helpers(driver), ['טליה נחום|כאן|tel:+972529876543']);
    assert.match((await textNow(driver, '[data-testid="help-summary"]')), /מתנדב\/ת אחד\/ת/);

    // Any one of them: more helpers, and she is still first, as the nearest.
    await driver.findElement(By.css('input[name="match"][value="true"]')).click();
    await driver.wait(async () => (await helpers(driver)).length > 1, WAIT, 'any of them finds more');
    const any = await helpers(driver);
    assert.equal(any[0], 'טליה נחום|כאן|tel:+972529876543');
    const order = { כאן: 0, באשכול: 1, 'בכל המועצה': 2 };
    const ranks = any.map((h) => order[h.split('|')[1]]);
    assert.deepEqual(ranks, [...ranks].sort(), `nearest first: ${any.join(', ')}`);

    // A capability's whole emergency cluster: every emotional capability counts.
    await driver.findElement(By.css('input[name="match"][value="false"]')).click();
    await tick(driver, '[data-testid="who-can-help"]', 'שיעורים מקוונים בזום');
    await tick(driver, '[data-testid="who-can-help"]', 'עזרה ראשונה נפשית');
    const emotional = await driver.findElement(By.css('[data-testid="who-can-help"] [data-cluster="emotional"] .whole input'));
    await emotional.click();
    await driver.wait(async () => (await helpers(driver)).some((h) => h.startsWith('טליה נחום|')), WAIT);

    // The coverage matrix counts her in נווה אלון's pedagogical cell, and the cell opens
    // "who can help" for that settlement and cluster.
    await click(driver, '[data-tab="matrix"]');
    const cell = await driver.wait(
      until.elementLocated(By.xpath('//table[contains(@class, "matrix-table")]//tr[th[normalize-space(.)="נווה אלון"]]/td[@data-cluster="pedagogical"]/button')),
      WAIT,
    );
    assert.equal(clean(await cell.getText()), '2 מתנדבים · אין ארגונים');
    await cell.click();
    await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
    await driver.wait(async () => (await helpers(driver)).length === 2, WAIT, 'the two the cell counted');
    assert.equal((await helpers(driver))[0], 'טליה נחום|כאן|tel:+972529876543');
    assert.ok(await driver.findElement(By.css('[data-cluster="pedagogical"] .whole input')).isSelected());
    const place = await driver.findElement(By.css('select[name="place"]'));
    assert.equal(clean(await place.findElement(By.css('option:checked')).getText()), 'נווה אלון');

    // נווה אלון's emergency sheet, saved as PDF through the dialog: she is in it twice, under
    // emotional and pedagogical, with her phone left to right.
    await click(driver, '[data-tab="sheet"]');
    await choose(driver, 'sheet-place', 'נווה אלון');
    const page = await driver.wait(until.elementLocated(By.css('[data-testid="emergency-sheet"]')), WAIT);
    await driver.wait(until.elementTextContains(page, 'טליה נחום'), WAIT);
    const pdf = join(dirname(db.path), 'emergency-sheet.pdf');
    await click(driver, '[data-action="save-pdf"]');
    await answerSaveDialog('שמירת דף החירום', pdf);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), pdf), WAIT);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
    assert.match(text, /נווה אלון · אשכול צפון/);
    assert.equal(text.split('טליה נחום').length - 1, 2, 'under two emergency clusters');
    assert.match(text, /052-9876543/);
    assert.match(text, /הפרטים נכונים ל־/);

    // A yearly round, started: she is asked, awaiting an answer, and on the phone list.
    await click(driver, '[data-tab="round"]');
    const name = await driver.wait(until.elementLocated(By.css('[data-testid="start-round"] input[name="name"]')), WAIT);
    assert.equal(await name.getAttribute('value'), `עדכון שנתי ${new Date().getFullYear() + 1}`);
    await click(driver, '[data-action="start-round"]');
    const request = await driver.wait(until.elementLocated(By.xpath('//table[@data-testid="round-requests"]//tr[contains(., "טליה נחום")]')), WAIT);
    assert.equal(await request.getAttribute('data-status'), 'prepared');
    // Nothing was sent yet, and the screen says so: every count agrees with the rows.
    assert.equal(clean(await request.findElement(By.css('select option:checked')).getText()), 'טרם נשלחה');
    assert.match((await textNow(driver, '[data-testid="round-counts"] [data-status="prepared"]')), /: 17$/, "thirteen volunteers and four organizations");
    assert.match((await textNow(driver, '[data-testid="round-counts"] [data-status="sent"]')), /: 0$/);
    assert.equal((await driver.findElements(By.css('[data-testid="round-requests"] tbody tr[data-status="prepared"]'))).length, 17);
    assert.match((await textNow(driver, '[data-action="calls"]')), /\(17\)$/, 'the phone list counts the 17 not answered');
    await click(driver, '[data-action="calls"]');
    const calls = await driver.wait(until.elementLocated(By.css('[data-testid="round-calls"]')), WAIT);
    assert.match(clean(await calls.getAttribute('textContent')), /טליה נחום\s*052-9876543/);

    // The capabilities tab counts her among the holders.
    await click(driver, '[data-tab="capabilities"]');
    const first = await driver.wait(until.elementLocated(By.css('.capability-list li[data-capability="עזרה ראשונה נפשית"]')), WAIT);
    assert.match(clean(await first.getText()), /3 מתנדבים/);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test("an organization's emergency capabilities, entered in its form, make it one who can help there", async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="emergency"]');
    await click(driver, '[data-tab="organizations"]');
    const row = await driver.wait(until.elementLocated(By.xpath('//table[@data-testid="organizations-readiness"]//tr[contains(., "מחוז צפון")]')), WAIT);
    assert.match(clean(await row.getText()), /לא הוזן עדיין/);
    await row.findElement(By.css('button')).click();
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="readiness-dialog"]')), WAIT);
    const settlement = await driver.wait(until.elementLocated(By.css('[data-testid="readiness-dialog"] input[data-settlement="שדה תאנה"]')), WAIT);
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', settlement);
    await settlement.click();
    await tick(driver, '[data-testid="readiness-dialog"]', 'תגבור לימודי');
    await click(driver, '[data-testid="readiness-dialog"] [data-action="add-equipment"]');
    await driver.switchTo().activeElement().sendKeys('טאבלטים');
    await dialog.findElement(By.css('input[name="quantity"]')).sendKeys('15');
    await choose(driver, 'contact_id', 'הילה ברקאי · רכזת אשכול צפון');
    await click(driver, '[data-testid="readiness-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);
    const saved = await driver.wait(until.elementLocated(By.xpath('//table[@data-testid="organizations-readiness"]//tr[contains(., "מחוז צפון")]')), WAIT);
    await driver.wait(async () => clean(await saved.getText()).includes('טאבלטים ×15'), WAIT);
    assert.match(clean(await saved.getText()), /שדה תאנה[\s\S]*תגבור לימודי/);

    // Who can help in שדה תאנה with extra lessons: the district, here, called through its contact.
    await click(driver, '[data-tab="help"]');
    await choose(driver, 'place', 'שדה תאנה');
    await tick(driver, '[data-testid="who-can-help"]', 'תגבור לימודי');
    await driver.wait(async () => (await helpers(driver)).some((h) => h.startsWith('מחוז צפון')), WAIT);
    const district = (await helpers(driver)).find((h) => h.startsWith('מחוז צפון'));
    assert.equal(district, 'מחוז צפון – משרד החינוך|כאן|tel:+972545550103');
    const table = (await textNow(driver, '[data-testid="helpers"]'));
    assert.match(table, /איש קשר: הילה ברקאי/);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a distribution list keeps its filter, finds who matches today and copies their emails', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="emergency"]');
    await click(driver, '[data-tab="lists"]');
    await click(driver, '[data-action="new-list"]');
    const form = await driver.wait(until.elementLocated(By.css('[data-testid="list-form"]')), WAIT);
    await form.findElement(By.css('input[name="name"]')).sendKeys('גמלאים לחירום');
    await form.findElement(By.css('input[name="retirees"]')).click();
    await click(driver, '[data-action="save-list"]');
    const count = await driver.wait(until.elementLocated(By.css('[data-testid="list-count"]')), WAIT);
    assert.equal(clean(await count.getText()), '3 אנשי קשר');
    const members = clean(await driver.findElement(By.css('[data-testid="list-members"]')).getAttribute('textContent'));
    for (const name of ['רינת אורן', 'משה פרחי', 'חיים זיו']) assert.ok(members.includes(name), name);
    await click(driver, '[data-action="copy-emails"]');
    const bcc = await driver.wait(until.elementLocated(By.css('textarea[name="bcc"]')), WAIT);
    assert.equal(await bcc.getAttribute('value'), 'volunteer208@example.org, volunteer205@example.org, volunteer204@example.org', 'by name: חיים, משה, רינת');
    assert.ok(await driver.findElement(By.xpath('//button[@data-list="גמלאים לחירום"]')).isDisplayed());

    // Search finds an organization by its equipment, and a capability by its name, which
    // opens who can help with it.
    await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
    const box = await driver.wait(until.elementLocated(By.css('[data-testid="search-input"]')), WAIT);
    await box.sendKeys('גנרטורים');
    const equipment = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="equipment"] button.hit')), WAIT);
    assert.match(clean(await equipment.getText()), /מועצה אזורית עמק הגפן/);
    // Ctrl+K again selects what was typed, so the next word replaces it.
    await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
    await driver.actions().sendKeys('בטראומה').perform();
    const capability = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="capability"] button.hit')), WAIT);
    await capability.click();
    await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
    await driver.wait(async () => (await helpers(driver)).length > 0, WAIT);
    assert.ok(await driver.findElement(By.css('input[data-capability="טיפול בטראומה"]')).isSelected());
  } finally {
    await driver.quit();
    db.remove();
  }
});

test("a drill with who took part and who answered; its findings are recorded in its debrief meeting", async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="emergency"]');
    await click(driver, '[data-tab="drills"]');
    const form = await driver.wait(until.elementLocated(By.css('[data-testid="drill-form"]')), WAIT);
    await form.findElement(By.css('input[name="name"]')).sendKeys('תרגיל רעידת אדמה');
    await form.findElement(By.css('textarea[name="scenario"]')).sendKeys('רעידת אדמה בערב, בתי הספר סגורים');
    for (const name of ['אביטל כרמי', 'משה פרחי']) {
      const box = await form.findElement(By.css(`input[data-volunteer="${name}"]`));
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', box);
      await box.click();
    }
    await click(driver, '[data-action="add-drill"]');
    const drill = await driver.wait(until.elementLocated(By.css('article.drill[data-drill="תרגיל רעידת אדמה"]')), WAIT);
    assert.match(clean(await drill.getText()), /0 מתוך 2 נענו/);
    const first = await drill.findElement(By.css('.drill-participants input'));
    await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', first);
    await first.click();
    await driver.wait(async () => /1 מתוך 2 נענו/.test((await textNow(driver, 'article.drill'))), WAIT);
    // The debrief is a meeting of the drills' forum, where gaps and action items are recorded.
    await click(driver, 'article.drill [data-action="debrief"]');
    const heading = await driver.wait(until.elementLocated(By.css('main h1')), WAIT);
    await driver.wait(async () => /תרגילי חירום/.test(clean(await heading.getText())), WAIT, 'the meeting of the drills forum');
  } finally {
    await driver.quit();
    db.remove();
  }
});

/**
 * Fill in the personal workbook at `path` as a volunteer would in a spreadsheet program: their
 * answer to each line keyed `key`, in the answer column (D), written to `out`.
 */
function fillInWorkbook(path, out, answers) {
  execFileSync('python3', ['-c', `
import json, re, sys, zipfile
source, target, answers = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
with zipfile.ZipFile(source) as z:
    parts = {name: z.read(name) for name in z.namelist()}
strings = [re.sub(r'<[^>]+>', '', si) for si in re.findall(r'<si>(.*?)</si>', parts['xl/sharedStrings.xml'].decode(), re.S)]
sheet = parts['xl/worksheets/sheet1.xml'].decode()
for key, answer in answers.items():
    row = re.search(r'<c r="A(\\d+)"[^>]*t="s"[^>]*><v>%d</v></c>' % strings.index(key), sheet).group(1)
    cell = re.search(r'<c r="D%s"[^>]*?/>' % row, sheet).group(0)
    sheet = sheet.replace(cell, cell[:-2] + ' t="inlineStr"><is><t>%s</t></is></c>' % answer)
parts['xl/worksheets/sheet1.xml'] = sheet.encode()
with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in parts.items():
        z.writestr(name, data)
`, path, out, JSON.stringify(answers)]);
}

test('a personal workbook saved for a volunteer comes back filled in, and only the lines accepted change her details', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="emergency"]');
    await click(driver, '[data-tab="round"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="start-round"] input[name="name"]')), WAIT);
    await click(driver, '[data-action="start-round"]');
    const request = () => driver.wait(until.elementLocated(By.xpath('//table[@data-testid="round-requests"]//tr[contains(., "אביטל כרמי")]')), WAIT);

    // Her workbook, saved through the dialog, then filled in outside Eshkol.
    const sent = join(dirname(db.path), 'אביטל.xlsx');
    await (await request()).findElement(By.css('[data-action="workbook"]')).click();
    await answerSaveDialog('שמירת קובץ העדכון', sent);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), sent), WAIT);
    const returned = join(dirname(db.path), 'returned.xlsx');
    fillInWorkbook(sent, returned, { mobile: '052-7000111', capabilities: 'הקשבה ותמיכה, עזרה ראשונה נפשית, נהיגה והסעות' });

    // Taken back: a comparison, line by line, and nothing changed yet.
    await click(driver, '[data-action="take-back"]');
    await answerOpenDialog('בחירת קובץ העדכון שחזר', returned);
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="reply-dialog"]')), WAIT);
    const mobile = await dialog.findElement(By.css('tr[data-key="mobile"]'));
    assert.match(clean(await mobile.getText()), /054-7110201\s*052-7000111/);
    await dialog.findElement(By.css('tr[data-key="capabilities"]'));
    assert.equal((await dialog.findElements(By.css('tbody tr'))).length, 2, 'the unchanged lines are no change');
    // Her workbook saved, her request is sent, and the counts say so.
    assert.equal(await (await request()).getAttribute('data-status'), 'sent');
    assert.match((await textNow(driver, '[data-testid="round-counts"] [data-status="sent"]')), /: 1$/);

    // The phone is refused, the capability accepted.
    await mobile.findElement(By.css('input[value="false"]')).click();
    await click(driver, '[data-testid="reply-dialog"] [data-action="apply"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);
    await driver.wait(async () => (await (await request()).getAttribute('data-status')) === 'changed', WAIT, 'her request is answered with a change');

    await click(driver, '[data-tab="volunteers"]');
    const row = await driver.wait(until.elementLocated(By.xpath('//tr[contains(., "אביטל כרמי")]')), WAIT);
    await driver.wait(until.elementTextContains(row, 'נהיגה והסעות'), WAIT);
    assert.match(clean(await row.getText()), /054-7110201/, 'the refused phone stays');
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('"who can help" with nobody for all of it says who can help with some, offers it in one step, and keeps the question across tabs', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await driver.actions().keyDown(Key.CONTROL).sendKeys('e').keyUp(Key.CONTROL).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="who-can-help"]')), WAIT);
    // In the sample nobody both treats trauma and drives.
    await tick(driver, '[data-testid="who-can-help"]', 'טיפול בטראומה');
    await tick(driver, '[data-testid="who-can-help"]', 'נהיגה והסעות');
    const wider = await driver.wait(until.elementLocated(By.css('[data-testid="help-wider"]')), WAIT);
    assert.match(clean(await wider.getText()), /^אין כאן מי שיכול את כל מה שנבחר\. חלק ממנו יכולים: 4 מתנדבים · ארגון אחד\.\s+להציג את מי שיכול חלק ממה שנבחר$/);
    assert.equal((await helpers(driver)).length, 0);
    // One step to the wider question.
    await click(driver, '[data-action="help-any"]');
    await driver.wait(async () => (await helpers(driver)).length === 5, WAIT, 'the four volunteers and the organization');
    assert.ok(await driver.findElement(By.css('input[name="match"][value="true"]')).isSelected());

    // Another tab and back: the same question, the same answer.
    await click(driver, '[data-tab="volunteers"]');
    await driver.wait(until.elementLocated(By.css('table[data-testid="volunteers"]')), WAIT);
    await click(driver, '[data-tab="help"]');
    await driver.wait(async () => (await helpers(driver)).length === 5, WAIT, 'the question came back');
    for (const capability of ['טיפול בטראומה', 'נהיגה והסעות']) {
      assert.ok(await driver.findElement(By.css(`[data-testid="who-can-help"] input[data-capability="${capability}"]`)).isSelected(), capability);
    }
    assert.ok(await driver.findElement(By.css('input[name="match"][value="true"]')).isSelected());
  } finally {
    await driver.quit();
    db.remove();
  }
});
