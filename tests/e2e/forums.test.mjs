// Forums and meetings in the real window: a forum from the local-authority template, a meeting
// held with a decision and an action item, approval that locks it, the overdue action item on
// the home screen, carry-over into the next meeting, the calendar file, minutes that
// survive the app being killed mid-typing, and minutes typed on a full disk or while another
// program holds the database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { By, Key, answerOpenDialog, answerSaveDialog, click, currentDisplay, openApp, startDriver, stopDriver, tempDatabase, text, until, valueNow, holdDatabase } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;

/** A date `days` from today, as the date inputs hold it (YYYY-MM-DD). */
function isoDay(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function type(driver, css, value) {
  const input = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await input.clear();
  await input.sendKeys(value);
}

/** Set a date or time input as its picker would, with the events Svelte listens to. */
async function setValue(driver, css, value) {
  const input = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await driver.executeScript(
    `arguments[0].value = arguments[1];
     arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
     arguments[0].dispatchEvent(new Event('change', { bubbles: true }));`,
    input,
    value,
  );
}

/** Choose the first real option of a select (not its empty "choose" option). */
async function chooseFirst(driver, css) {
  const option = await driver.wait(until.elementLocated(By.css(`${css} option:not([value=""])`)), WAIT);
  await option.click();
  return option.getText();
}

/** The minutes of the forum the test made, not of the sample's own (set up when the year opened). */
const OUR_MINUTES = 'SELECT minutes FROM meetings WHERE forum_id = (SELECT id FROM forums ORDER BY created_at DESC LIMIT 1)';

async function textOf(driver, css) {
  return driver.executeScript('const e = document.querySelector(arguments[0]); return e ? e.textContent.replace(/[\\u2068\\u2069]/g, "").trim() : null', css);
}

/** Open the app on a database with the sample department, and create the local-authority forum. */
async function forumFromTemplate(driver) {
  await click(driver, '[data-action="load-sample"]');
  await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
  await click(driver, '[data-area="forums"]');
  await click(driver, '[data-action="new-forum-from-template"]');
  const dialog = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"]')), WAIT);
  await driver.wait(async () => (await valueNow(driver, 'input[name="name"]')) === 'פורום שותפים רשותי', WAIT);
  const goals = await driver.findElement(By.css('textarea[name="goals"]')).getAttribute('value');
  assert.match(goals, /העלאת צרכים, קשיים וחסמים של השטח/, 'the goals come from the template');
  assert.match(await driver.findElement(By.css('textarea[name="member_roles"]')).getAttribute('value'), /מפקח מתכלל/);
  assert.equal(await driver.findElement(By.css('select[name="cadence"]')).getAttribute('value'), 'monthly');
  const member = await chooseFirst(driver, 'select[name="add-member"]');
  await click(driver, '[data-action="add-member"]');
  // A second member, chosen at the same place in the list the first one was.
  await chooseFirst(driver, 'select[name="add-member"]');
  await click(driver, '[data-action="add-member"]');
  await driver.wait(async () => (await driver.findElements(By.css('.member-row .member-name'))).length === 2, WAIT, 'two members');
  await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
  await driver.wait(until.stalenessOf(dialog), WAIT);
  await driver.wait(until.elementLocated(By.css('[data-testid="forum-view"]')), WAIT);
  return member.split(' · ')[0];
}

async function planMeeting(driver, date) {
  await setValue(driver, 'form.plan input[name="date"]', date);
  await click(driver, '[data-action="plan-meeting"]');
  await driver.wait(until.elementLocated(By.css('[data-testid="meeting-view"]')), WAIT);
  // The meeting opens with the focus on its heading, not lost with the button that opened it.
  await driver.wait(async () => driver.executeScript('return document.activeElement?.id === "meeting-title"'), WAIT, 'focus on the meeting');
}

test('a forum from the local-authority template: hold a meeting, decide, assign, approve, and the lock holds', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    const member = await forumFromTemplate(driver);
    assert.match(await text(driver, '[data-testid="forum-view"]'), /שיתוף השותפים בשינויי מדיניות/);
    await planMeeting(driver, isoDay(-20));

    // Attendance, an agenda item, the minutes, a decision and an action item past its due date.
    const row = await driver.wait(until.elementLocated(By.xpath(`//table[@data-testid="attendance"]//tr[th[starts-with(normalize-space(), "${member}")]]`)), WAIT);
    await row.findElement(By.css('input[value="present"]')).click();
    await type(driver, '.add-item input[name="title"]', 'היערכות לפתיחת השנה');
    await click(driver, '[data-action="add-agenda-item"]');
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="agenda"] .agenda-item'))).length === 1, WAIT);
    // The focus is back in the new item's box, ready for the next one.
    await driver.wait(
      async () => driver.executeScript(`return document.activeElement === document.querySelector('.add-item input[name="title"]')`),
      WAIT,
      'the focus returns to the title box',
    );
    await type(driver, 'textarea[name="minutes"]', 'הוצגה תוכנית ההסעות לשנה.');
    await type(driver, 'input[name="decision"]', 'להפעיל קו הסעה נוסף');
    await click(driver, '[data-action="add-decision"]');
    await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="decisions"]')), 'להפעיל קו הסעה נוסף'), WAIT);
    await type(driver, 'input[name="what"]', 'לתאם עם חברת ההסעות');
    await chooseFirst(driver, 'form select[name="owner_id"]');
    await setValue(driver, 'input[name="due_date"]', isoDay(-3));
    await click(driver, '[data-action="add-action-item"]');
    await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="action-items"]')), 'לתאם עם חברת ההסעות'), WAIT);
    // A second action item for the same person keeps its owner.
    await type(driver, 'input[name="what"]', 'לשלוח סיכום להורים');
    const owner = await chooseFirst(driver, 'form select[name="owner_id"]');
    await click(driver, '[data-action="add-action-item"]');
    const second = await driver.wait(until.elementLocated(By.xpath('//*[@data-testid="action-items"]//tr[contains(., "לשלוח סיכום להורים")]')), WAIT);
    assert.match(await second.getText(), new RegExp(owner), 'the second action item has its owner');
    await driver.wait(async () => (await textOf(driver, '[data-testid="autosave"]')) === 'נשמר', WAIT, 'the minutes are saved');

    // A gap from the keyboard alone: Enter on the owner list, the form's last field, sends it.
    await type(driver, 'input[name="gap_what"]', 'חסר מקום למפגשי נוער');
    const gapOwner = await driver.findElement(By.css('select[name="gap_owner"]'));
    await driver.executeScript('arguments[0].focus()', gapOwner);
    await gapOwner.sendKeys(Key.ENTER);
    const gaps = await driver.wait(until.elementLocated(By.css('[data-testid="gaps"]')), WAIT);
    await driver.wait(until.elementTextContains(gaps, 'חסר מקום למפגשי נוער'), WAIT);

    // Approve: the meeting locks, and an edit is refused with a message that says why.
    await type(driver, 'form.approve input[name="made_by"]', 'מיכל אבירם');
    await click(driver, '[data-action="approve"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="locked-banner"]')), WAIT);
    assert.match(await text(driver, '[data-testid="locked-banner"]'), /מיכל אבירם/);
    // The focus is not lost with the approve form: it is on the banner's "correct" button.
    await driver.wait(async () => driver.executeScript('return document.activeElement?.dataset?.action === "amend"'), WAIT, 'focus on amend');
    assert.equal(await driver.findElements(By.css('[data-action="add-decision"]')).then((e) => e.length), 0, 'no adding to approved minutes');
    assert.equal(await driver.findElement(By.css('textarea[name="minutes"]')).getAttribute('readonly'), 'true');
    // Every control of the approved meeting is read-only: nothing can be typed and then refused.
    const controls = await driver.findElements(By.css('.meeting-details input, .meeting-details select, .attendance input'));
    assert.ok(controls.length >= 7, `${controls.length} controls`);
    for (const control of controls) assert.equal(await control.isEnabled(), false, await control.getAttribute('name'));
    assert.equal((await driver.findElements(By.css('[data-action="save-meeting"]'))).length, 0, 'no Save on an approved meeting');
    // The top bar stays in view at the bottom of a long meeting.
    const bar = await driver.executeScript(`window.scrollTo(0, document.documentElement.scrollHeight);
      return { scrolled: window.scrollY, top: document.querySelector('.topbar').getBoundingClientRect().top };`);
    assert.ok(bar.scrolled > 100 && bar.top === 0, JSON.stringify(bar));
    await driver.executeScript('window.scrollTo(0, 0)');
    for (const box of await driver.findElements(By.css('.agenda-title, .agenda-notes, textarea[name="minutes"]'))) {
      assert.equal(await box.getAttribute('readonly'), 'true');
    }

    // A correction after approval is an amendment, listed with who made it, when (written as
    // every date in the app is, whatever the language) and why.
    await click(driver, '[data-action="amend"]');
    const amendDialog = await driver.wait(until.elementLocated(By.css('[data-testid="amend-dialog"]')), WAIT);
    await type(driver, '[data-testid="amend-dialog"] input[name="reason"]', 'תיקון שם החברה');
    await driver.findElement(By.css('textarea[name="amended_minutes"]')).sendKeys(' (תוקן)');
    await click(driver, '[data-action="save-amendment"]');
    await driver.wait(until.stalenessOf(amendDialog), WAIT);
    const amendments = await driver.wait(until.elementLocated(By.css('[data-testid="amendments"]')), WAIT);
    assert.match(await amendments.getText(), /מיכל אבירם · \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} · תיקון שם החברה/);

    // The approved minutes save as a PDF through the save dialog, and read back in order.
    const pdf = join(dirname(db.path), 'minutes.pdf');
    await click(driver, '[data-action="save-minutes-pdf"]');
    await answerSaveDialog('שמירת הפרוטוקול כ־PDF', pdf);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), pdf), WAIT);
    const extracted = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\s]/g, '');
    for (const expected of ['פורוםשותפיםרשותי', 'נכחו', member.replace(/\s/g, ''), 'להפעילקוהסעהנוסף', 'לתאםעםחברתההסעות', 'מיכלאבירם']) {
      assert.ok(extracted.includes(expected), `the minutes PDF holds ${expected}`);
    }

    // The home screen shows the overdue action item; its row opens the meeting.
    await click(driver, '[data-area="home"]');
    const overdue = await driver.wait(until.elementLocated(By.css('[data-testid="home-overdue-actions"]')), WAIT);
    await driver.wait(until.elementTextContains(overdue, 'לתאם עם חברת ההסעות'), WAIT);
    assert.match((await overdue.getText()).replace(/[\u2068\u2069]/g, ''), /באיחור של 3 ימים/);
    // Its own row: the sample's forum has an overdue item of its own.
    await overdue.findElement(By.xpath(".//button[contains(@class, 'row-link')][ancestor::*[self::li or self::tr][contains(., 'לתאם עם חברת ההסעות')]]")).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="locked-banner"]')), WAIT);

    // The next meeting opens with the open action item, linked to where it was raised.
    await click(driver, '[data-action="back"]');
    await planMeeting(driver, isoDay(10));
    const carried = await driver.wait(until.elementLocated(By.css('[data-testid="carried"]')), WAIT);
    assert.match(await carried.getText(), /לתאם עם חברת ההסעות/);
    await carried.findElement(By.css('button.link')).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="locked-banner"]')), WAIT);
  } catch (e) {
    // What the window showed, for the log.
    console.error(await driver.executeScript('return document.querySelector("main")?.innerText').catch(() => ''));
    throw e;
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('agenda items move with the keyboard, and the planned meetings save as a calendar file', async () => {
  const db = tempDatabase();
  const file = join(dirname(db.path), 'forum.ics');
  const driver = await openApp(db.path);
  try {
    await forumFromTemplate(driver);
    // Saving the forum's details brings the focus back to Edit, not to the top of the page.
    await click(driver, '[data-action="edit-forum"]');
    const edit = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"]')), WAIT);
    // Every problem of the form at once: no name, and "every few weeks" without how many.
    const name = await driver.wait(until.elementLocated(By.css('[data-testid="forum-dialog"] input[name="name"]')), WAIT);
    await driver.wait(async () => (await name.getAttribute('value')) !== '', WAIT, 'the forum is loaded into its form');
    const kept = await name.getAttribute('value');
    await name.sendKeys(Key.chord(Key.CONTROL, 'a'), Key.BACK_SPACE);
    await (await driver.wait(until.elementLocated(By.css('select[name="cadence"] option[value="weeks"]')), WAIT)).click();
    await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
    await driver.wait(until.elementLocated(By.css('[data-field-error="cadence_n"]')), WAIT);
    assert.ok(await driver.findElement(By.css('[data-field-error="name"]')).isDisplayed(), 'the missing name is pointed at too');
    await name.sendKeys(kept);
    await driver.findElement(By.css('select[name="cadence"] option[value="monthly"]')).click();
    await click(driver, '[data-testid="forum-dialog"] [data-action="save"]');
    await driver.wait(until.stalenessOf(edit), WAIT);
    assert.equal(await text(driver, '[data-testid="forum-view"] .notice'), 'פרטי הפורום נשמרו.', 'the save is confirmed in a word');
    await driver.wait(async () => driver.executeScript('return document.activeElement?.dataset.action === "edit-forum"'), WAIT, 'the focus is back on Edit');
    await planMeeting(driver, isoDay(7));
    for (const title of ['פתיחה', 'תקציב', 'סיכום']) {
      await type(driver, '.add-item input[name="title"]', title);
      await click(driver, '[data-action="add-agenda-item"]');
      await driver.wait(async () => (await driver.findElements(By.css('.agenda-title'))).length === ['פתיחה', 'תקציב', 'סיכום'].indexOf(title) + 1, WAIT);
    }
    const titles = () => driver.executeScript(`return [...document.querySelectorAll('.agenda-title')].map((i) => i.value)`);
    const last = (await driver.findElements(By.css('.agenda-title')))[2];
    await last.sendKeys(Key.chord(Key.ALT, Key.ARROW_UP));
    await driver.wait(async () => (await titles()).join() === 'פתיחה,סיכום,תקציב', WAIT, 'Alt+Up moves the item up');

    // Back, at the top of the page: scrolled there first, clear of the sticky top bar.
    await driver.executeScript('window.scrollTo(0, 0)');
    await click(driver, '[data-action="back"]');
    await click(driver, '[data-action="export-calendar"]');
    await answerSaveDialog('שמירת המפגשים המתוכננים כקובץ יומן', file);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('.notice')), WAIT), file), WAIT);
    const ics = readFileSync(file, 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /TZID:Asia\/Jerusalem/);
    assert.match(ics, /DTSTART;TZID=Asia\/Jerusalem:\d{8}T180000/);
    assert.match(ics, /SUMMARY:פורום שותפים רשותי/);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('minutes typed a moment before the app is killed are there when it opens again', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  const words = 'סוכם לקיים מפגש הורים בחנוכה ולהזמין את רכזי הנוער';
  try {
    await forumFromTemplate(driver);
    await planMeeting(driver, isoDay(0));
    const minutes = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await minutes.sendKeys(words);
    // At most a second or two of typing may be lost: kill the process 1.5 seconds after the
    // last key, without letting the window close or the page unload.
    await new Promise((r) => setTimeout(r, 1500));
    execFileSync('pkill', ['-KILL', '-f', db.path]);
    await driver.quit().catch(() => {});

    driver = await openApp(db.path);
    await click(driver, '[data-area="forums"]');
    // The forum the test made, not the sample's own.
    await (await driver.wait(until.elementLocated(By.xpath("//button[contains(@class, 'forum-name')][normalize-space()='פורום שותפים רשותי']")), WAIT)).click();
    await click(driver, '[data-testid="meetings-table"] tbody button');
    const reopened = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await driver.wait(async () => (await reopened.getAttribute('value')) === words, WAIT, 'the minutes survived the kill');
  } finally {
    await driver.quit().catch(() => {});
    db.remove();
  }
});

/** Run a command as root: directly when the tests run as root (CI), else through sudo. */
function asRoot(command, ...args) {
  const quiet = { stdio: ['ignore', 'ignore', 'pipe'] };
  if (process.getuid() === 0) execFileSync(command, args, quiet);
  else execFileSync('sudo', [command, ...args], quiet);
}

/** Write zeros into `path` until the disk it is on refuses more. */
function fillDisk(path) {
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(1 << 20);
  try {
    for (;;) writeSync(fd, block);
  } catch (e) {
    if (e.code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
}

test('minutes typed on a full disk stay on screen, say so, and are saved once there is room', async () => {
  // A small disk of its own (tmpfs) for the database, filled while the meeting is open.
  const disk = mkdtempSync(join(tmpdir(), 'eshkol-full-'));
  asRoot('mount', '-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', disk);
  const db = join(disk, 'eshkol.sqlite3');
  const filler = join(disk, 'filler');
  const stored = () => execFileSync('sqlite3', [db, OUR_MINUTES]).toString().trim();
  let driver;
  try {
    driver = await openApp(db);
    await forumFromTemplate(driver);
    await planMeeting(driver, isoDay(0));
    const minutes = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await minutes.sendKeys('נפתח בברכות.');
    await driver.wait(async () => stored() === 'נפתח בברכות.', WAIT, 'saved while there is room');

    // The write-ahead log emptied (as after any checkpoint), so the next save needs new room;
    // then the disk is filled to its last byte.
    execFileSync('sqlite3', [db, 'PRAGMA wal_checkpoint(TRUNCATE)']);
    fillDisk(filler);
    const more = ' הוחלט להקדים את מפגש ההורים לחנוכה.';
    await minutes.sendKeys(more);
    const status = await driver.findElement(By.css('[data-testid="autosave"]'));
    await driver.wait(until.elementTextContains(status, 'הדיסק מלא'), WAIT, 'the full disk is said plainly');
    assert.match(await status.getText(), /יישמר מעצמו/, 'and that it will be saved by itself');
    if (process.env.ESHKOL_SHOTS) writeFileSync(`${process.env.ESHKOL_SHOTS}/minutes-disk-full.png`, await driver.takeScreenshot(), 'base64');
    assert.equal(await minutes.getAttribute('value'), `נפתח בברכות.${more}`, 'the text stays on screen');
    assert.equal(stored(), 'נפתח בברכות.', 'nothing half-written');

    // Leaving the meeting and coming back while the disk is still full shows the text waiting.
    await click(driver, '[data-action="back"]');
    await click(driver, '[data-testid="meetings-table"] tbody button');
    const again = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await driver.wait(async () => (await again.getAttribute('value')) === `נפתח בברכות.${more}`, WAIT, 'the waiting text comes back');

    // Room again: it is saved without another key pressed.
    rmSync(filler);
    await driver.wait(async () => stored() === `נפתח בברכות.${more}`, WAIT, 'saved once there is room');
    await driver.wait(until.elementTextIs(await driver.findElement(By.css('[data-testid="autosave"]')), 'נשמר'), WAIT);
  } finally {
    await driver?.quit().catch(() => {});
    rmSync(filler, { force: true });
    // The app may still be letting go of its files.
    for (let i = 0; i < 20; i++) {
      try {
        asRoot('umount', disk);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    rmSync(disk, { recursive: true, force: true });
  }
});

test('minutes typed while another program holds the database wait for it, say so, and are saved when it lets go', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  const stored = () => execFileSync('sqlite3', [db.path, OUR_MINUTES]).toString().trim();
  let holder;
  try {
    await forumFromTemplate(driver);
    await planMeeting(driver, isoDay(0));
    const minutes = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await minutes.sendKeys('נפתח בברכות.');
    await driver.wait(async () => stored() === 'נפתח בברכות.', WAIT, 'saved while nobody else writes');

    // Another program takes the database for writing and keeps it for twelve seconds.
    holder = await holdDatabase(db.path, 12);
    const more = ' הוחלט להקדים את מפגש ההורים.';
    await minutes.sendKeys(more);
    // The window goes on taking keys while the save waits for the database.
    await driver.sleep(1500);
    const started = Date.now();
    await minutes.sendKeys(' ועוד');
    assert.ok(Date.now() - started < 2000, `typing is not held up (${Date.now() - started} ms)`);
    const status = await driver.findElement(By.css('[data-testid="autosave"]'));
    await driver.wait(until.elementTextContains(status, 'תוכנה אחרת'), WAIT, 'the other program is named as the cause');
    assert.match(await status.getText(), /יישמר מעצמו/);
    assert.equal(await minutes.getAttribute('value'), `נפתח בברכות.${more} ועוד`, 'the text stays on screen');

    // It lets go: the text goes in without another key.
    await new Promise((ok) => holder.once('exit', ok));
    await driver.wait(async () => stored() === `נפתח בברכות.${more} ועוד`, WAIT, 'saved once the other program let go');
    await driver.wait(until.elementTextIs(await driver.findElement(By.css('[data-testid="autosave"]')), 'נשמר'), WAIT);
  } finally {
    holder?.kill();
    await driver.quit().catch(() => {});
    db.remove();
  }
});

/** A workbook, made as Excel lays one out, whose only sheet has a header and then a value in
 * its last row, a million rows down: a few hundred bytes on disk. */
function workbookWithTheLastRowFilled(path) {
  execFileSync('python3', ['-c', `
import sys, zipfile
parts = {
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  'xl/worksheets/sheet1.xml': '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>mobile</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
}
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)
`, path]);
}

test('a workbook a million rows long is refused at once in the import dialog, and the minutes typed before are saved', async () => {
  const db = tempDatabase();
  const file = join(dirname(db.path), 'contacts.xlsx');
  workbookWithTheLastRowFilled(file);
  const driver = await openApp(db.path);
  try {
    await forumFromTemplate(driver);
    await planMeeting(driver, isoDay(0));
    const words = 'סוכם על מפגש הורים';
    await (await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT)).sendKeys(words);
    // Straight to the import, before the pause that saves.
    await click(driver, '[data-area="people"]');
    await click(driver, '[data-action="import"]');
    await answerOpenDialog('ייבוא רשימת אנשי קשר', file);
    const started = Date.now();
    const error = await driver.wait(until.elementLocated(By.css('[data-testid="error"]')), WAIT);
    console.log(`refused ${Date.now() - started} ms after the file was chosen`);
    if (process.env.ESHKOL_SHOTS) {
      execFileSync('import', ['-window', 'root', `${process.env.ESHKOL_SHOTS}/import-refused.png`], { env: { ...process.env, DISPLAY: currentDisplay() } });
    }
    assert.match(await error.getText(), /יותר מ־.*100,?000.*שורות/, 'which limit, in the user language');
    assert.match(await error.getText(), /מחקו את השורות הריקות/, 'and what to do');
    assert.equal(await driver.findElements(By.css('[data-testid="import-preview"]')).then((l) => l.length), 0);
    const stored = execFileSync('sqlite3', [db.path, OUR_MINUTES]).toString().trim();
    assert.equal(stored, words, 'the minutes typed just before are saved');
  } finally {
    await driver.quit().catch(() => {});
    db.remove();
  }
});
