// The window fits the screen it opens on (issue #30, point 8): on a 1024×768 screen the first
// window, 1200×800 by default, would run past the screen's edge; it opens within it instead.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By, openApp, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(async () => {
  // A screen of its own for this file; another display given from outside is left as it is.
  if (!process.env.ESHKOL_E2E_DISPLAY) process.env.ESHKOL_E2E_SCREEN = '1024x768x24';
  await startDriver();
});
after(stopDriver);

test('on a 1024×768 screen the first window opens within the screen, whole', async (t) => {
  if (process.env.ESHKOL_E2E_DISPLAY) return t.skip('a display given from outside has its own size');
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await driver.wait(until.elementLocated(By.css('[data-action="load-sample"]')), 20_000);
    const screen = await driver.executeScript('return [screen.width, screen.height]');
    assert.deepEqual(screen, [1024, 768]);
    await driver.wait(async () => {
      const { x, y, width, height } = await driver.manage().window().getRect();
      return x >= 0 && y >= 0 && x + width <= 1024 && y + height <= 768;
    }, 20_000, 'the window lies within the screen');
    const { width, height } = await driver.manage().window().getRect();
    assert.ok(width >= 900 && height >= 650, `still as large as the screen allows: ${width}×${height}`);
  } finally {
    await driver.quit();
  }
});
