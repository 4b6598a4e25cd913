// Crash safety in the real app: the window writes people as fast as the app will save them,
// the process is killed with SIGKILL mid-run, and every write the app had answered "saved" is
// in the file, which SQLite's own integrity check passes and Eshkol opens again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { By, click, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 30_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('SIGKILL in the middle of a run of writes: every write reported saved is there, and the file is whole', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="start-empty"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    // The same command the person form calls, one after another; each id is kept only once
    // the app has answered that it is saved.
    await driver.executeScript(`
      window.savedIds = [];
      (async () => {
        const invoke = window.__TAURI_INTERNALS__.invoke;
        for (let n = 0; n < 1000000; n++) {
          const input = { full_name: 'נכתב ' + n, role_title: 'רכז/ת', notes: 'ג'.repeat(n % 700) };
          window.savedIds.push(await invoke('save_person', { id: null, input, allowDuplicate: false }));
        }
      })();`);
    let saved = [];
    const started = Date.now();
    while (saved.length < 300) {
      assert.ok(Date.now() - started < 60_000, `the writes are too slow (${saved.length} in a minute)`);
      await sleep(100);
      saved = await driver.executeScript('return window.savedIds.slice()');
    }
    // Read what was reported, then kill at once: no unload, no close, no checkpoint.
    saved = await driver.executeScript('return window.savedIds.slice()');
    execFileSync('pkill', ['-KILL', '-f', db.path]);
    await driver.quit().catch(() => {});

    assert.equal(execFileSync('sqlite3', [db.path, 'PRAGMA integrity_check;']).toString().trim(), 'ok');
    const stored = new Set(execFileSync('sqlite3', [db.path, 'SELECT id FROM people;']).toString().trim().split('\n'));
    const lost = saved.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `${lost.length} of ${saved.length} writes reported saved were lost`);
    assert.ok(stored.size >= saved.length);
    const indexed = Number(execFileSync('sqlite3', [db.path, "SELECT count(*) FROM search_docs WHERE kind = 'person';"]).toString());
    assert.equal(indexed, stored.size, 'the search index kept pace, in the same transactions');
    console.log(`# ${saved.length} writes reported saved before SIGKILL (${stored.size} in the file): all there`);

    // Eshkol opens the file again, with the people in it.
    driver = await openApp(db.path);
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await click(driver, '[data-area="people"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="people-table"] tbody tr.person-row')), WAIT);
  } finally {
    await driver.quit().catch(() => {});
    db.remove();
  }
});
