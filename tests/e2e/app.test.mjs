// The walking skeleton in the real window: direction, languages, first run, the sample department.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  By,
  Key,
  click,
  currentDisplay,
  documentDir,
  openApp,
  rawMessageIds,
  startDriver,
  stopDriver,
  tempDatabase,
  text,
  until,
  waitForDir,
} from './harness.mjs';

before(startDriver);
after(stopDriver);

test('opens in Hebrew, right to left, offering two ways to begin', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    assert.equal(await documentDir(driver), 'rtl');
    assert.equal(await driver.executeScript('return document.documentElement.lang'), 'he');
    assert.equal(await text(driver, '[data-testid="app-title"]'), 'אשכול');
    assert.equal(await driver.getTitle(), 'אשכול');
    assert.equal(await text(driver, '#first-run-title'), 'ברוכים הבאים לאשכול');
    assert.match(await text(driver, '[data-action="load-sample"]'), /לטעון מחלקה לדוגמה/);
    assert.match(await text(driver, '[data-action="start-empty"]'), /להתחיל עם מאגר ריק/);
    // The navigation sits on the right in a right-to-left layout.
    const nav = await driver.findElement(By.css('nav')).getRect();
    const main = await driver.findElement(By.css('main')).getRect();
    assert.ok(nav.x > main.x, `navigation (x=${nav.x}) should be right of the content (x=${main.x})`);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('switches to English and back; the choice persists across restarts', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  try {
    await click(driver, '[data-area="settings"]');
    await click(driver, 'input[name="locale"][value="en"]');
    await waitForDir(driver, 'ltr');
    assert.equal(await text(driver, '[data-testid="app-title"]'), 'Eshkol');
    assert.equal(await text(driver, '[data-area="home"] .label'), 'Home');
    assert.deepEqual(await rawMessageIds(driver), []);
    await driver.quit();

    driver = await openApp(db.path);
    assert.equal(await documentDir(driver), 'ltr', 'English should still be chosen after a restart');
    assert.equal(await text(driver, '[data-testid="app-title"]'), 'Eshkol');

    await click(driver, '[data-area="settings"]');
    await click(driver, 'input[name="locale"][value="ar"]');
    await waitForDir(driver, 'rtl');
    assert.equal(await text(driver, '[data-testid="app-title"]'), 'إشكول');

    await click(driver, 'input[name="locale"][value="he"]');
    await waitForDir(driver, 'rtl');
    assert.equal(await text(driver, '[data-testid="app-title"]'), 'אשכול');
    assert.equal(await text(driver, '[data-area="settings"] .label'), 'הגדרות');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('loads the sample department and lists its people and clusters', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), 20_000);
    // The focus goes to the home screen's heading, not back to the top of an empty page.
    await driver.wait(async () => driver.executeScript('return document.activeElement?.id === "home-title"'), 20_000, 'focus on the home heading');
    await click(driver, '[data-area="people"]');
    const table = await driver.wait(until.elementLocated(By.css('[data-testid="people-table"]')), 20_000);
    const names = await Promise.all((await table.findElements(By.css('tbody .person-name button'))).map((e) => e.getText()));
    assert.ok(names.length >= 20, `expected about twenty people, saw ${names.length}`);
    assert.ok(names.includes('מיכל אבירם'), `the department manager is listed: ${names.join(', ')}`);
    // Phone numbers read left to right inside the right-to-left page.
    const row = await table.findElement(By.xpath(".//tr[.//button[normalize-space()='מיכל אבירם']]"));
    const mobile = await row.findElement(By.xpath(".//td[contains(@class, 'phone') and normalize-space()='050-5550101']"));
    assert.equal(await driver.executeScript('return getComputedStyle(arguments[0]).direction', mobile), 'ltr');

    await click(driver, '[data-area="directory"]');
    await driver.wait(until.elementLocated(By.css('.cluster')), 20_000);
    const clusters = await Promise.all((await driver.findElements(By.css('.cluster h2'))).map((e) => e.getText()));
    assert.deepEqual(clusters, ['אשכול צפון', 'אשכול מרכז', 'אשכול דרום']);
    assert.deepEqual(await rawMessageIds(driver), []);
    // The sample shows every area: its forums are there, with the meeting held and the next
    // one, so the home screen offers no first step.
    await click(driver, '[data-area="forums"]');
    const forums = await driver.wait(until.elementLocated(By.xpath("//*[normalize-space()='פורום השותפים של עמק הגפן']")), 20_000);
    assert.ok(forums);
    assert.ok(await driver.findElement(By.xpath("//*[normalize-space()='פורום רכזי אשכול צפון']")));
    await click(driver, '[data-area="home"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="home-plan"]')), 20_000);
    assert.equal((await driver.findElements(By.css('[data-testid="home-first-steps"]'))).length, 0, 'no first step is offered');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('starts empty, and an empty search says what to type', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="start-empty"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), 20_000);
    // An empty department's home shows the way in: three first steps, none done yet.
    const steps = await driver.wait(until.elementLocated(By.css('[data-testid="home-first-steps"]')), 20_000);
    assert.match(await steps.getText(), /צעדים ראשונים/);
    const links = await steps.findElements(By.css('li button'));
    assert.deepEqual(
      await Promise.all(links.map((l) => l.getText())),
      ['להוסיף אשכולות ויישובים', 'לייבא את רשימת אנשי הקשר', 'ליצור פורום'],
    );
    await links[2].click();
    await driver.wait(until.elementLocated(By.css('#forums-title')), 20_000);
    await click(driver, '[data-area="people"]');
    await driver.wait(until.elementTextContains(driver.findElement(By.css('main')), 'אין עדיין אנשי קשר'), 20_000);
    await click(driver, '[data-area="search"]');
    assert.match(await text(driver, '#search-title'), /חיפוש/);
    assert.match(await text(driver, 'main'), /הקלידו מילה או חלק ממילה/);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('is reachable from the keyboard, with visible focus', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), 20_000);
    // The focus starts on the home screen's heading; the navigation is just before it.
    await driver.wait(async () => driver.executeScript('return document.activeElement?.id === "home-title"'), 20_000);
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'people'; i++) {
      await driver.actions().keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
      focused = await driver.executeScript('return document.activeElement?.dataset?.area ?? ""');
    }
    assert.equal(focused, 'people', 'Shift+Tab reaches the contacts entry of the navigation');
    const outline = await driver.executeScript('return getComputedStyle(document.activeElement).outlineStyle');
    assert.notEqual(outline, 'none', 'the focused element shows a focus ring');
    await driver.actions().sendKeys(Key.ENTER).perform();
    await driver.wait(until.elementLocated(By.css('[data-testid="people-table"]')), 20_000);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a refused command answers with a stable code and a message in the user language', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    const call = (command, args) =>
      driver.executeAsyncScript(
        `const [command, args, done] = arguments;
         window.__TAURI_INTERNALS__.invoke(command, args).then(
           (value) => done({ ok: true, value }),
           (error) => done({ ok: false, error }));`,
        command,
        args,
      );
    const unknown = await call('set_locale', { locale: 'xx' });
    assert.equal(unknown.ok, false);
    assert.equal(unknown.error.code, 'unknown-locale');
    assert.match(unknown.error.message, /אינה נתמכת/);
    // The UI is granted Eshkol's own commands only: no dialog, file-system or shell access.
    const dialog = await call('plugin:dialog|open', { options: {} });
    assert.equal(dialog.ok, false, 'the dialog plugin is not callable from the page');
    assert.match(String(dialog.error), /not allowed/i);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('Arabic shows one kind of digit: the Western digits of dates and phone numbers', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="load-sample"]');
    await driver.wait(until.elementLocated(By.css('#home-title')), 20_000);
    await click(driver, '[data-area="settings"]');
    await click(driver, 'input[name="locale"][value="ar"]');
    await waitForDir(driver, 'rtl');
    for (const area of ['home', 'people', 'directory']) {
      await click(driver, `[data-area="${area}"]`);
      await driver.wait(until.elementLocated(By.css('main h1')), 20_000);
      await driver.sleep(400);
      const main = await text(driver, 'main');
      assert.doesNotMatch(main, /[\u0660-\u0669\u06F0-\u06F9]/, `${area}: no Arabic-Indic digits`);
      assert.match(main, /[0-9]/, `${area}: Western digits`);
    }
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('Settings says which Eshkol this is, and copies it for support in one click', async () => {
  // The version comes from one place, the workspace's Cargo.toml.
  const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  const version = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await click(driver, '[data-action="start-empty"]');
    await click(driver, '[data-area="settings"]');
    assert.equal(await text(driver, '[data-testid="version"]'), `אשכול, גרסה ${version}`);
    await click(driver, '[data-action="copy-support"]');
    await driver.wait(async () => (await driver.findElements(By.css('.notice'))).length > 0, 10000, 'said that it copied');
    // What support receives: the version, the schema's, and the database file, as pasted.
    const pasted = execFileSync('xclip', ['-o', '-selection', 'clipboard'], { env: { ...process.env, DISPLAY: currentDisplay() } }).toString();
    assert.match(pasted, new RegExp(`^אשכול ${version.replace(/\./g, '\\.')} · גרסת מבנה המאגר \\d+ · `));
    assert.ok(pasted.endsWith(db.path), `the database file is named: ${pasted}`);
  } finally {
    await driver.quit();
    db.remove();
  }
});
