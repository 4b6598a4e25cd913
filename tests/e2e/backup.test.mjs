// Backups in the real window: a backup saved through the save dialog opens in sqlite3, a
// restore through the open dialog brings the old records back (after a copy of the current
// ones is saved), and a damaged database file gets a clear screen that restores the latest
// backup instead of a blank window.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, truncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { By, answerOpenDialog, answerSaveDialog, click, openApp, startDriver, stopDriver, tempDatabase, text, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const sql = (file, query) => execFileSync('sqlite3', [file, query], { encoding: 'utf8' }).trim();

async function loadSample(driver) {
  await click(driver, '[data-action="load-sample"]');
  await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
}

test('a backup saved to a file opens in sqlite3, and restoring it brings the records back', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await loadSample(driver);
    const people = Number(sql(db.path, 'SELECT count(*) FROM people;'));
    await click(driver, '[data-area="settings"]');
    const file = join(dirname(db.path), 'גיבוי-מחלקה.sqlite3');
    await click(driver, '[data-action="save-backup"]');
    await answerSaveDialog('שמירת גיבוי של אשכול', file);
    await driver.wait(until.elementTextContains(await driver.wait(until.elementLocated(By.css('[data-testid="backup-notice"]')), WAIT), 'גיבוי-מחלקה'), WAIT);
    assert.equal(sql(file, 'PRAGMA integrity_check;'), 'ok');
    assert.equal(Number(sql(file, 'SELECT count(*) FROM people;')), people);

    // A change after the backup, then the restore takes it away.
    sql(db.path, "UPDATE people SET full_name = 'שם אחרי הגיבוי' WHERE rowid = (SELECT min(rowid) FROM people);");
    await click(driver, '[data-action="restore-backup"]');
    assert.match(await text(driver, '#restore-warning'), /עותק של המצב הנוכחי/);
    await click(driver, '[data-action="confirm-restore"]');
    await answerOpenDialog('בחירת קובץ גיבוי לשחזור', file);
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    assert.equal(sql(db.path, "SELECT count(*) FROM people WHERE full_name = 'שם אחרי הגיבוי';"), '0');
    assert.equal(Number(sql(db.path, 'SELECT count(*) FROM people;')), people);
    // The state before the restore was kept.
    const kept = readdirSync(join(dirname(db.path), 'backups')).filter((n) => n.startsWith('before-restore-'));
    assert.equal(kept.length, 1);
    assert.equal(sql(join(dirname(db.path), 'backups', kept[0]), "SELECT count(*) FROM people WHERE full_name = 'שם אחרי הגיבוי';"), '1');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a damaged database file gets a clear screen that restores the latest backup', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  try {
    await loadSample(driver);
  } finally {
    await driver.quit();
  }
  const people = sql(db.path, 'SELECT count(*) FROM people;');
  // Today's automatic backup holds the empty database of the first start; make it hold the
  // sample instead, as tomorrow's would, with the user's own tool.
  const today = new Date().toISOString().slice(0, 10);
  const backups = join(dirname(db.path), 'backups');
  mkdirSync(backups, { recursive: true });
  const daily = join(backups, `eshkol-${today}.sqlite3`);
  execFileSync('rm', ['-f', daily]);
  sql(db.path, `VACUUM INTO '${daily}';`);
  assert.ok(existsSync(daily));
  // Half the file gone, as a full disk or a broken copy leaves it.
  truncateSync(db.path, Math.floor(statSync(db.path).size / 2));

  driver = await openApp(db.path);
  try {
    const screen = await driver.wait(until.elementLocated(By.css('[data-testid="startup-problem"]')), WAIT);
    assert.equal(await screen.getAttribute('data-code'), 'damaged');
    const shown = await text(driver, '[data-testid="startup-problem"]');
    assert.match(shown, /קובץ מסד הנתונים פגום/);
    const [y, m, d] = today.split('-');
    assert.ok(shown.includes(`${d}.${m}.${y}`), `the backup's date is shown: ${shown}`);
    await click(driver, '[data-action="restore-latest"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    assert.equal(sql(db.path, 'SELECT count(*) FROM people;'), people);
    assert.equal(sql(db.path, 'PRAGMA integrity_check;'), 'ok');
    assert.ok(readdirSync(backups).some((n) => n.includes('.damaged-')), 'the damaged file is kept');
  } finally {
    await driver.quit();
    db.remove();
  }
});
