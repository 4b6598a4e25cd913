// Opens Eshkol with the sample department on the given area and waits, so that a screenshot of
// the whole display can be taken (README's picture). Usage:
//   ESHKOL_E2E_DISPLAY=:99 node screenshot.mjs <area> <seconds> [he|ar|en] [css selector to click]
import { click, openApp, startDriver, stopDriver, tempDatabase } from './harness.mjs';

const [area = 'people', seconds = '10', locale = 'he', then] = process.argv.slice(2);
await startDriver();
const db = tempDatabase();
const driver = await openApp(db.path);
try {
  await click(driver, '[data-action="load-sample"]');
  if (locale !== 'he') {
    await click(driver, '[data-area="settings"]');
    await click(driver, `input[name="locale"][value="${locale}"]`);
  }
  await click(driver, `[data-area="${area}"]`);
  if (then) await click(driver, then);
  console.log('ready');
  await new Promise((r) => setTimeout(r, Number(seconds) * 1000));
} finally {
  await driver.quit();
  stopDriver();
  db.remove();
}
