// One Eshkol per database: starting it again on the same file while it runs brings the
// running window forward and quits, instead of opening the same database twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import { APP, By, click, currentDisplay, instanceAnswers, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;

/** The visible top-level windows titled אשכול. */
function eshkolWindows() {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^אשכול$'], { env: { ...process.env, DISPLAY: currentDisplay() } })
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

test('a second start on the same database brings the first window forward and quits', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="start-empty"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    assert.ok(await instanceAnswers(db.path), 'the running app holds its database');
    await driver.wait(async () => eshkolWindows().length === 1, WAIT, 'one window');

    const started = Date.now();
    const second = spawn(APP, ['--db', db.path], { env: { ...process.env, DISPLAY: currentDisplay() }, stdio: 'ignore' });
    const code = await new Promise((ok) => {
      const timer = setTimeout(() => {
        second.kill('SIGKILL');
        ok('still running');
      }, 15_000);
      second.on('exit', (c) => {
        clearTimeout(timer);
        ok(c);
      });
    });
    assert.equal(code, 0, 'the second start quits by itself');
    console.log(`second start handed over and quit in ${Date.now() - started} ms`);
    await driver.sleep(500);
    assert.equal(eshkolWindows().length, 1, 'no second window');
    // The first one is still there and working.
    await click(driver, '[data-area="people"]');
    await driver.wait(until.elementLocated(By.css('#people-title')), WAIT);
  } finally {
    await driver.quit();
    db.remove();
  }
});
