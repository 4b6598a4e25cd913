// The directory in the real window: add a person, find them by part of their name, the
// messages that say what to fix, duplicates, archive and restore.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  By,
  Key,
  answerOpenDialog,
  answerSaveDialog,
  click,
  openApp,
  startDriver,
  stopDriver,
  tempDatabase,
  text,
  until,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;

async function withSample(fn) {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await fn(driver);
  } finally {
    await driver.quit();
    db.remove();
  }
}

async function type(driver, css, value) {
  const input = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await input.clear();
  await input.sendKeys(value);
}

/** An element's text (or a property of it) now, or null while it is not there. */
function textOf(driver, css, property = 'textContent') {
  return driver.executeScript(
    'const e = document.querySelector(arguments[0]); return e ? String(e[arguments[1]]).trim() : null',
    css,
    property,
  );
}

/** The names the people table shows now, read in one step (the list re-renders as it filters). */
function visibleNames(driver) {
  return driver.executeScript(
    `return [...document.querySelectorAll('[data-testid="people-table"] tbody .person-name button')].map((b) => b.textContent.trim())`,
  );
}

test('adds a person and finds them by typing part of their name', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="people"]');
    await click(driver, '[data-action="new-person"]');
    const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="person-dialog"]')), WAIT);
    await type(driver, 'input[name="full_name"]', 'רונית בן־דוד');
    await type(driver, 'input[name="role_title"]', 'רכזת נוער');
    await type(driver, 'input[name="mobile"]', '052 123 4567');
    await type(driver, 'input[name="email"]', 'ronit@example.org');
    // Enter saves the form.
    await driver.findElement(By.css('input[name="email"]')).sendKeys(Key.ENTER);
    await driver.wait(until.stalenessOf(dialog), WAIT);
    // The save is confirmed, briefly, where the list is.
    assert.match(await text(driver, '.notice'), /איש הקשר נשמר/);

    await type(driver, 'input[name="people-filter"]', 'רוני');
    await driver.wait(async () => (await visibleNames(driver)).length === 1, WAIT, 'the filter leaves one person');
    assert.deepEqual(await visibleNames(driver), ['רונית בן־דוד']);
    const row = await driver.findElement(By.css('[data-testid="people-table"] tbody tr'));
    const mobileCell = await row.findElement(By.xpath(".//td[contains(@class, 'phone') and normalize-space()]"));
    assert.equal(await driver.executeScript('return arguments[0].textContent.trim()', mobileCell), '052-1234567');

    // Digits find the phone number however it was typed.
    await type(driver, 'input[name="people-filter"]', '1234567');
    await driver.wait(async () => (await visibleNames(driver)).join() === 'רונית בן־דוד', WAIT);

    // The contact sheet of the filtered list: her, and no one else.
    await click(driver, '[data-action="contact-sheet"]');
    const sheet = await driver.wait(until.elementLocated(By.css('[data-testid="contact-sheet"]')), WAIT);
    await driver.wait(until.elementTextContains(sheet, 'רונית בן־דוד'), WAIT);
    assert.equal(await driver.executeScript('return document.activeElement?.id'), 'sheet-heading', 'focus on the sheet');
    const names = await driver.executeScript(
      `return [...document.querySelectorAll('.sheet-person td:first-child')].map((td) => td.textContent.trim())`,
    );
    assert.deepEqual(names, ['רונית בן־דוד']);
    const phone = await sheet.findElement(By.xpath(".//bdi[normalize-space()='052-1234567']"));
    assert.equal(await driver.executeScript('return getComputedStyle(arguments[0]).direction', phone), 'ltr');
    assert.match(await text(driver, '.sheet-foot'), /עמוד/);
    assert.match(await text(driver, '.sheet-date'), /^\d{2}\.\d{2}\.\d{4}$/);

    // Everyone, once the filter is cleared.
    await click(driver, '[data-action="back"]');
    await type(driver, 'input[name="people-filter"]', ' ');
    await click(driver, '[data-action="contact-sheet"]');
    await driver.wait(
      async () => (await driver.executeScript(`return document.querySelectorAll('.sheet-person').length`)) === 31,
      WAIT,
      'the sample department (twenty of its own, ten emergency volunteers) and the new person',
    );
  });
});

test('a wrong phone number is pointed at, and nothing typed is lost', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="people"]');
    await click(driver, '[data-action="new-person"]');
    await type(driver, 'input[name="full_name"]', 'אביגיל שמש');
    await type(driver, 'input[name="mobile"]', '050-12');
    await click(driver, '[data-testid="person-dialog"] [data-action="save"]');
    const message = await text(driver, '[data-field-error="mobile"]');
    assert.match(message, /טלפון נייד/);
    assert.match(message, /אינו תקין/);
    assert.equal(await driver.findElement(By.css('input[name="full_name"]')).getAttribute('value'), 'אביגיל שמש');
    assert.equal(await driver.findElement(By.css('input[name="mobile"]')).getAttribute('value'), '050-12');
    assert.equal(await driver.executeScript('return document.activeElement.name'), 'mobile');

    // The number quoted in the message reads as typed, not reversed by the Hebrew around it:
    // "050" is drawn left of "695".
    await driver.findElement(By.css('input[name="mobile"]')).clear();
    await type(driver, 'input[name="mobile"]', '050 695');
    await click(driver, '[data-testid="person-dialog"] [data-action="save"]');
    await driver.wait(async () => /050 695/.test(await text(driver, '[data-field-error="mobile"]')), 10_000);
    const [left050, left695] = await driver.executeScript(`
      const node = document.querySelector('[data-field-error="mobile"]').firstChild;
      const at = (s) => {
        const range = document.createRange();
        const i = node.textContent.indexOf(s);
        range.setStart(node, i);
        range.setEnd(node, i + s.length);
        return range.getBoundingClientRect().left;
      };
      return [at('050'), at('695')];`);
    assert.ok(left050 < left695, `050 at ${left050}, 695 at ${left695}: the number is reversed`);
    await driver.findElement(By.css('input[name="mobile"]')).clear();

    // A mobile that another person already has: a warning naming them, then a deliberate save.
    await type(driver, 'input[name="mobile"]', '050-5550101');
    await click(driver, '[data-testid="person-dialog"] [data-action="save"]');
    const warning = await text(driver, '.form-warning');
    assert.match(warning, /מיכל אבירם/);
    const dialog = await driver.findElement(By.css('[data-testid="person-dialog"]'));
    await click(driver, '[data-action="save-anyway"]');
    await driver.wait(until.stalenessOf(dialog), WAIT);
    await type(driver, 'input[name="people-filter"]', 'אביגיל');
    await driver.wait(async () => (await visibleNames(driver)).join() === 'אביגיל שמש', WAIT);
  });
});

test('archives a person out of the list and restores them', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="people"]');
    await type(driver, 'input[name="people-filter"]', 'גיא סלעי');
    await driver.wait(async () => (await visibleNames(driver)).join() === 'גיא סלעי', WAIT);
    await click(driver, '[data-testid="people-table"] tbody .person-name button');
    await driver.wait(async () => (await textOf(driver, 'input[name="full_name"]', 'value')) === 'גיא סלעי', WAIT);
    await click(driver, '[data-testid="person-dialog"] [data-action="archive"]');
    await driver.wait(async () => (await visibleNames(driver)).length === 0, WAIT, 'archived people leave the list');

    await click(driver, '.toolbar input[type="checkbox"]');
    await driver.wait(async () => (await visibleNames(driver)).join() === 'גיא סלעי', WAIT, 'archived people show on request');
    await click(driver, '[data-testid="people-table"] tbody .person-name button');
    await driver.wait(
      async () => (await textOf(driver, '[data-testid="person-dialog"] [data-action="archive"]')) === 'החזרה מהארכיון',
      WAIT,
    );
    await click(driver, '[data-testid="person-dialog"] [data-action="archive"]');
    await click(driver, '.toolbar input[type="checkbox"]');
    await driver.wait(async () => (await visibleNames(driver)).join() === 'גיא סלעי', WAIT, 'restored people are back');
  });
});

test('adds a settlement to a cluster, and refuses to archive a cluster that still has settlements', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="directory"]');
    await click(driver, '[data-action="new-settlement"]');
    await type(driver, '[data-testid="settlement-dialog"] input[name="name"]', 'כפר חדש');
    await click(driver, '[data-testid="settlement-dialog"] [data-action="save"]');
    // The kind and the cluster are missing: the message names the first of them.
    assert.match(await text(driver, '[data-field-error="kind"]'), /סוג/);
    await driver.findElement(By.css('select[name="kind"] option[value="moshav"]')).click();
    const clusterOptions = await driver.findElements(By.css('select[name="cluster_id"] option'));
    await clusterOptions[3].click(); // אשכול דרום
    await type(driver, 'input[name="children_count"]', '40');
    await type(driver, 'input[name="children_participating"]', '50');
    await click(driver, '[data-testid="settlement-dialog"] [data-action="save"]');
    assert.match(await text(driver, '[data-field-error="children_participating"]'), /מתוכם משתתפים/);
    await type(driver, 'input[name="children_participating"]', '33');
    await click(driver, '[data-testid="settlement-dialog"] [data-action="save"]');
    const south = await driver.wait(until.elementLocated(By.xpath("//article[.//h2[normalize-space()='אשכול דרום']]")), WAIT);
    await driver.wait(until.elementTextContains(south, 'כפר חדש'), WAIT);
    // The save is confirmed in a word.
    assert.equal(await text(driver, '[data-testid="saved-notice"]'), 'השינויים נשמרו.');

    await south.findElement(By.css('h2 button')).click();
    await click(driver, '[data-testid="cluster-dialog"] [data-action="archive"]');
    assert.match(await text(driver, '[data-testid="cluster-dialog"] .form-error'), /יישובים פעילים/);
  });
});

test('exports the filtered contacts as CSV to the file chosen in the save dialog', async () => {
  const out = tempDatabase();
  const file = join(dirname(out.path), 'north.csv');
  try {
    await withSample(async (driver) => {
      await click(driver, '[data-area="people"]');
      await type(driver, 'input[name="people-filter"]', 'צפון');
      await driver.wait(async () => (await visibleNames(driver)).length > 0, WAIT);
      const shown = await visibleNames(driver);
      await click(driver, '[data-export="csv"]');
      await answerSaveDialog('שמירת הייצוא', file);
      await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), file), WAIT);
      const csv = readFileSync(file, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads Hebrew');
      const lines = csv.trim().split(/\r?\n/);
      assert.match(lines[0], /^שם,תפקיד/);
      assert.equal(lines.length, shown.length + 1, 'the header and the people the filter shows');
      for (const name of shown) assert.ok(csv.includes(name), `${name} is in the file`);
    });
  } finally {
    out.remove();
  }
});

test('imports a contact list after showing each row and its problems', async () => {
  const dir = tempDatabase();
  const file = join(dirname(dir.path), 'staff.csv');
  writeFileSync(
    file,
    '\uFEFF' +
      // As people keep them: a title and a blank line above the header, and a mobile that a
      // spreadsheet turned into a number and so lost its leading zero.
      ['טבלת אנשי קשר - מחלקת חינוך בלתי פורמלי;;;', ';;;', 'שם;תפקיד;נייד;מייל', 'עדי ים;מדריכה;541112223;adi@example.org', 'מיכל אבירם;מנהלת המחלקה;050-5550101;', 'בלי שם?;;12;', ';רכז;050-0000001;'].join(
        '\r\n',
      ),
  );
  try {
    await withSample(async (driver) => {
      await click(driver, '[data-area="people"]');
      await click(driver, '[data-action="import"]');
      await answerOpenDialog('ייבוא רשימת אנשי קשר', file);
      const preview = await driver.wait(until.elementLocated(By.css('[data-testid="import-preview"]')), WAIT);
      assert.match(await text(driver, '#import-title'), /staff\.csv/);
      assert.match(await text(driver, '[data-testid="import-assumed"]'), /השורה הראשונה נראתה ככותרת/);
      const rows = await driver.executeScript(
        `return [...document.querySelectorAll('[data-testid="import-rows"] tbody tr')].map((tr) => tr.className)`,
      );
      assert.deepEqual(rows, ['import-create', 'import-update', 'import-create', 'import-skip']);
      assert.match(await text(driver, '[data-testid="import-summary"]'), /2 חדשים, אחד יעודכן, אחד לא ייובא/);
      assert.match(await preview.getText(), /טלפון נייד/, 'the bad number is named as a problem');
      assert.equal(
        await driver.executeScript(`return document.querySelectorAll('[data-testid="people-table"]').length`),
        0,
        'nothing is listed, nothing is written, until the import is confirmed',
      );
      await click(driver, '[data-action="import-commit"]');
      await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), 'הייבוא הסתיים'), WAIT);
      await driver.wait(async () => (await visibleNames(driver)).length === 32, WAIT, 'the sample\'s thirty, and two new');
      const names = await visibleNames(driver);
      assert.ok(names.includes('עדי ים'));
      assert.equal(names.filter((n) => n === 'מיכל אבירם').length, 1, 'matched on mobile, not added twice');
    });
  } finally {
    dir.remove();
  }
});

test('saves the contact sheet as a PDF whose Hebrew text reads back in order', async () => {
  const dir = tempDatabase();
  const file = join(dirname(dir.path), 'sheet.pdf');
  try {
    await withSample(async (driver) => {
      await click(driver, '[data-area="people"]');
      await type(driver, 'input[name="people-filter"]', 'אבירם');
      await driver.wait(async () => (await visibleNames(driver)).join() === 'מיכל אבירם', WAIT);
      await click(driver, '[data-action="contact-sheet"]');
      await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('[data-testid="contact-sheet"]')), WAIT), 'מיכל אבירם'), WAIT);
      await click(driver, '[data-action="save-pdf"]');
      await answerSaveDialog('שמירת דף הקשר כ־PDF', file);
      await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), file), WAIT);
      assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
      // As a reader's tools see it, without direction marks and white space (pdftotext may
      // move a space across a number inside right-to-left text).
      const extracted = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g, '');
      assert.ok(extracted.includes('מיכלאבירם'), 'the name extracts in logical order');
      assert.ok(extracted.includes('050-5550101'), 'the mobile reads left to right');
      assert.ok(extracted.includes('עמוד1מתוך1'), 'page x of y');
    });
  } finally {
    dir.remove();
  }
});

test('every problem of a form is pointed at at once, and Esc asks before dropping what was typed', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="people"]');
    await click(driver, '[data-action="new-person"]');
    await type(driver, 'input[name="full_name"]', 'אביגיל שמש');
    await type(driver, 'input[name="mobile"]', '050-12');
    await type(driver, 'input[name="email"]', 'abigail@');
    await click(driver, '[data-testid="person-dialog"] [data-action="save"]');
    await driver.wait(until.elementLocated(By.css('[data-field-error="email"]')), WAIT);
    assert.match(await text(driver, '[data-field-error="mobile"]'), /טלפון נייד/);
    assert.match(await text(driver, '[data-field-error="email"]'), /abigail@/);
    // Esc on a half-filled person asks before throwing it away; keeping is the default.
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="discard-question"]')), WAIT);
    assert.equal(await driver.executeScript('return document.activeElement?.dataset?.action'), 'keep-editing');
    await driver.actions().sendKeys(Key.ENTER).perform();
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="discard-question"]'))).length === 0, WAIT);
    assert.equal(await driver.findElement(By.css('input[name="full_name"]')).getAttribute('value'), 'אביגיל שמש', 'what was typed is kept');
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await click(driver, '[data-action="discard"]');
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="person-dialog"]'))).length === 0, WAIT, 'closed');

    await click(driver, '[data-area="directory"]');
    await click(driver, '[data-action="new-cluster"]');
    await click(driver, '[data-testid="cluster-dialog"] [data-action="save"]');
    await driver.wait(until.elementLocated(By.css('[data-field-error="region"]')), WAIT);
    assert.match(await text(driver, '[data-field-error="name"]'), /חסר/);
    assert.match(await text(driver, '[data-field-error="region"]'), /חסר/);
    // The cluster's dialog, like every record's, asks before Esc drops a name typed in it.
    await driver.findElement(By.css('[data-testid="cluster-dialog"] input[name="name"]')).sendKeys('אשכול מערב');
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="cluster-dialog"] [data-testid="discard-question"]')), WAIT);
    await click(driver, '[data-action="keep-editing"]');
    assert.equal(await driver.findElement(By.css('[data-testid="cluster-dialog"] input[name="name"]')).getAttribute('value'), 'אשכול מערב');
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await click(driver, '[data-action="discard"]');
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="cluster-dialog"]'))).length === 0, WAIT, 'closed');
    // An organization's dialog opened and left untouched closes at once.
    await click(driver, '[data-action="new-organization"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="organization-dialog"]')), WAIT);
    await driver.actions().sendKeys(Key.ESCAPE).perform();
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="organization-dialog"]'))).length === 0, WAIT, 'closed untouched');
  });
});

test('a table pasted from a spreadsheet is previewed and imported like a file', async () => {
  await withSample(async (driver) => {
    await click(driver, '[data-area="people"]');
    await click(driver, '[data-action="import-paste"]');
    const box = await driver.wait(until.elementLocated(By.css('[data-testid="paste-dialog"] textarea[name="pasted"]')), WAIT);
    // What Excel puts on the clipboard: tab-separated cells, a line per row.
    await driver.executeScript(
      `arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));`,
      box,
      'שם\tתפקיד\tנייד\nשירה גל\tמדריכה\t541112299\nיואב רז\tרכז\t052-1112298',
    );
    await click(driver, '[data-action="preview-paste"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="import-preview"]')), WAIT);
    assert.match(await text(driver, '#import-title'), /טבלה שהודבקה/);
    const rows = await driver.executeScript(
      `return [...document.querySelectorAll('[data-testid="import-rows"] tbody tr')].map((tr) => tr.className)`,
    );
    assert.deepEqual(rows, ['import-create', 'import-create']);
    await click(driver, '[data-action="import-commit"]');
    await driver.wait(async () => (await visibleNames(driver)).includes('שירה גל'), WAIT, 'imported');
  });
});

test('a list of 20,000 is previewed a page at a time, with every row counted', async () => {
  const dir = tempDatabase();
  const file = join(dirname(dir.path), 'district.csv');
  const lines = ['שם מלא,טלפון נייד'];
  for (let n = 0; n < 20_000; n++) lines.push(`איש קשר ${n},050${String(n).padStart(7, '0')}`);
  writeFileSync(file, lines.join('\n'));
  try {
    await withSample(async (driver) => {
      await click(driver, '[data-area="people"]');
      await click(driver, '[data-action="import"]');
      await answerOpenDialog('ייבוא רשימת אנשי קשר', file);
      await driver.wait(until.elementLocated(By.css('[data-testid="import-preview"]')), WAIT);
      const drawn = () => driver.executeScript(`return [...document.querySelectorAll('[data-testid="import-rows"] tbody tr')].map((tr) => tr.cells[0].textContent.trim())`);
      let rows = await drawn();
      assert.equal(rows.length, 200, 'a page of rows, not 20,000');
      assert.equal(rows[0], '2', 'from the first line under the header');
      assert.match(await text(driver, '[data-testid="import-summary"]'), /20,?000 חדשים/, 'every row counted');
      assert.match(await text(driver, '[data-testid="import-shown"]'), /1–200 מתוך 20,?000/);
      await click(driver, '[data-action="import-next"]');
      await driver.wait(async () => (await drawn())[0] === '202', WAIT, 'the next page');
      assert.match(await text(driver, '[data-testid="import-shown"]'), /201–400 מתוך 20,?000/);
      await click(driver, '[data-action="import-previous"]');
      await driver.wait(async () => (await drawn())[0] === '2', WAIT, 'back to the first page');
      // The new page is shown from its top.
      assert.ok(
        await driver.executeScript(`return document.querySelector('[data-testid="import-rows"] tbody tr').getBoundingClientRect().top < window.innerHeight`),
        'the first row of the page is in view',
      );
      await driver.executeScript('window.scrollTo(0, 0)');
      await click(driver, '[data-action="import-cancel"]');
    });
  } finally {
    dir.remove();
  }
});
