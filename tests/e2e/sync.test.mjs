// Sharing in the real window: a laptop joins a department from the first screen through the
// system's dialogs (the join file, then the shared folder), starting from the other laptop's
// snapshot; a cluster another laptop adds shows up without a restart, and a same-field
// conflict is listed and ended with one click, the choice reaching the other laptop. The other
// laptop is Eshkol's own core, driven by `core/examples/laptop.rs` on a database of its own.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { By, answerFolderDialog, answerOpenDialog, answerSaveDialog, click, otherLaptop, openApp, startDriver, stopDriver, tempDatabase, text, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 30_000;
const other = otherLaptop;

async function clusterNames(driver) {
  return driver.executeScript(
    `return [...document.querySelectorAll('article h2')].map((h) => h.textContent.replace(/[\\u2068\\u2069]/g, '').trim())`,
  );
}

test('joins a department, shows what another laptop adds, and ends a conflict with one click', async () => {
  const db = tempDatabase();
  const base = dirname(db.path);
  const shared = join(base, 'shared');
  mkdirSync(shared);
  const otherDb = join(base, 'other.sqlite3');
  const joinFile = join(base, 'department.eshkol-join');
  other(otherDb, 'create', shared, 'המחשב של מיכל', joinFile, '--sample');
  // The other laptop has written a snapshot, and one more change after it.
  other(otherDb, 'snapshot');
  other(otherDb, 'add-cluster', 'אשכול העמקים');
  other(otherDb, 'sync');
  const driver = await openApp(db.path);
  try {
    // From the first screen, to joining: the join file, then the folder, in the dialogs.
    await click(driver, '[data-action="join-from-first-run"]');
    const name = await driver.wait(until.elementLocated(By.css('input[name="laptop-name"]')), WAIT);
    await name.sendKeys('המחשב של רוני');
    await click(driver, '[data-action="join-department"]');
    await answerOpenDialog('בחירת קובץ ההצטרפות', joinFile);
    await answerFolderDialog('בחירת התיקייה המשותפת', shared);
    const notice = await driver.wait(until.elementLocated(By.css('[data-testid="sharing-notice"]')), WAIT);
    await driver.wait(until.elementTextContains(notice, 'המחשב הצטרף למחלקה'), WAIT);
    assert.match((await notice.getText()).replace(/[\u2068\u2069]/g, ''), /התחיל מתמונת המצב העדכנית של המחשב של מיכל/);
    assert.equal(await text(driver, '[data-testid="sharing-laptop"]'), 'המחשב של רוני');
    assert.equal(await text(driver, '[data-testid="sharing-folder"]'), shared);

    // The department's records are here, and what the other laptop adds arrives by itself.
    await click(driver, '[data-area="directory"]');
    await driver.wait(async () => (await clusterNames(driver)).includes('אשכול צפון'), WAIT, 'the sample arrived');
    assert.ok((await clusterNames(driver)).includes('אשכול העמקים'), 'and what came after the snapshot');
    other(otherDb, 'add-cluster', 'אשכול הגליל');
    other(otherDb, 'sync');
    await driver.wait(async () => (await clusterNames(driver)).includes('אשכול הגליל'), WAIT, 'arrived without a restart');
    const state = await text(driver, '[data-testid="sync-state"]');
    assert.match(state, /עדכון אחרון מהמחשב של מיכל/);

    // Both laptops rename the same cluster before seeing each other's change.
    other(otherDb, 'rename-cluster', 'אשכול דרום', 'אשכול הנגב');
    const south = await driver.wait(until.elementLocated(By.xpath("//article[.//h2[normalize-space()='אשכול דרום']]")), WAIT);
    await south.findElement(By.css('h2 button')).click();
    const input = await driver.wait(until.elementLocated(By.css('[data-testid="cluster-dialog"] input[name="name"]')), WAIT);
    await input.clear();
    await input.sendKeys('אשכול הדרום והערבה');
    await click(driver, '[data-testid="cluster-dialog"] [data-action="save"]');
    await driver.wait(async () => (await clusterNames(driver)).includes('אשכול הדרום והערבה'), WAIT);
    // The window sends its change within seconds; the other laptop, syncing meanwhile, sends
    // its own and lists the conflict once the window's change has reached it.
    await driver.wait(() => {
      other(otherDb, 'sync');
      return other(otherDb, 'show').conflicts.length === 1;
    }, WAIT, 'the other laptop lists the conflict', 250);

    await click(driver, '[data-area="sync"]');
    assert.match((await text(driver, '[data-testid="sync-snapshot"]')).replace(/[\u2068\u2069]/g, ''), /תמונת מצב עדכנית: .*המחשב של מיכל/);
    const list = await driver.wait(until.elementLocated(By.css('[data-testid="conflicts"]')), WAIT);
    const listed = (await list.getText()).replace(/[\u2068\u2069]/g, '');
    assert.match(listed, /אשכול/);
    assert.match(listed, /אשכול הנגב/);
    assert.match(listed, /אשכול הדרום והערבה/);
    assert.match(listed, /המחשב של מיכל/);
    // Choose the value the other laptop wrote, whichever is shown now.
    const values = await driver.findElements(By.css('[data-testid="conflict-value"]'));
    const texts = await Promise.all(values.map(async (v) => (await v.getText()).replace(/[\u2068\u2069]/g, '')));
    const buttons = await driver.findElements(By.css('[data-action="choose-version"]'));
    await buttons[texts.indexOf('אשכול הנגב')].click();
    await driver.wait(until.elementLocated(By.css('[data-testid="no-conflicts"]')), WAIT);
    // The choice reaches the other laptop: no conflict there either, and the same name.
    let there;
    await driver.wait(() => {
      other(otherDb, 'sync');
      there = other(otherDb, 'show');
      return there.conflicts.length === 0;
    }, WAIT, 'the choice reaches the other laptop', 250);
    assert.ok(there.clusters.includes('אשכול הנגב'), there.clusters.join());
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('the Sync page starts sharing itself: a missing name is said beside its field, and the confirmation and the join file stay in view', async () => {
  const db = tempDatabase();
  const base = dirname(db.path);
  const shared = join(base, 'shared-here');
  mkdirSync(shared);
  const joinFile = join(base, 'our-department.eshkol-join');
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="start-empty"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="sync"]');
    const page = await driver.wait(until.elementLocated(By.css('[data-testid="sync-page"]')), WAIT);
    await driver.wait(until.elementTextContains(page, 'אפשר להתחיל לשתף כאן'), WAIT);

    // No name: the message is beside the name's field, which is pointed at; nothing at the top.
    await click(driver, '[data-testid="sync-page"] [data-action="create-department"]');
    const problem = await driver.wait(until.elementLocated(By.css('[data-testid="sync-page"] [data-field-error="name"]')), WAIT);
    assert.ok((await problem.getText()).trim().length > 3);
    const field = await driver.findElement(By.css('[data-testid="sync-page"] input[name="laptop-name"]'));
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal((await driver.findElements(By.css('[data-testid="error"]'))).length, 0, 'no error at the top of the page');

    // Named, it starts: the folder and the join file through the dialogs, then the confirmation
    // with the join file's place, in view on the Sync page that now shares.
    await field.sendKeys('המחשב של המחלקה');
    await click(driver, '[data-testid="sync-page"] [data-action="create-department"]');
    await answerFolderDialog('בחירת התיקייה המשותפת', shared);
    await answerSaveDialog('שמירת קובץ ההצטרפות', joinFile);
    const started = await driver.wait(until.elementLocated(By.css('[data-testid="sync-started"]')), WAIT);
    await driver.wait(until.elementTextContains(started, 'השיתוף הופעל'), WAIT);
    assert.match((await started.getText()).replace(/[\u2068\u2069]/g, ''), new RegExp(joinFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.ok(await driver.executeScript(
      'const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;', started), 'the confirmation is in view');
    await driver.wait(until.elementLocated(By.css('[data-testid="sync-page"] [data-action="sync-now"]')), WAIT);
  } finally {
    await driver.quit();
  }
});
