// Search in the real window: Ctrl+K from anywhere, a query typed with a Hebrew prefix letter,
// results grouped by kind with the match marked, a result opening its record; and minutes full
// of HTML and script, written by the sqlite3 command-line tool, shown as plain text that runs
// nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { By, Key, click, openApp, rawMessageIds, startDriver, stopDriver, tempDatabase, text, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');

async function ctrlK(driver) {
  await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
  await driver.wait(until.elementLocated(By.css('[data-testid="search-input"]')), WAIT);
  await driver.wait(
    async () => (await driver.executeScript('return document.activeElement?.dataset?.testid ?? ""')) === 'search-input',
    WAIT,
    'Ctrl+K puts the focus in the search box',
  );
}

async function loadSample(driver) {
  await click(driver, '[data-action="load-sample"]');
  await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
}

test('Ctrl+K finds a person typed with a prefix letter, marks the match and opens the record', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await loadSample(driver);
    await ctrlK(driver);
    // "to Gilboi": the letter ל stuck to the name must not hide אורי גלבועי.
    await driver.actions().sendKeys('לגלבועי').perform();
    const hit = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="person"] button.hit')), WAIT);
    assert.equal(clean(await hit.findElement(By.css('mark')).getText()), 'גלבועי');
    assert.match(clean(await hit.getText()), /אורי גלבועי/);
    assert.match(clean(await text(driver, '.search-group[data-kind="person"] h2')), /אנשים/);
    assert.deepEqual(await rawMessageIds(driver), []);
    await hit.click();
    const name = await driver.wait(until.elementLocated(By.css('dialog input[name="full_name"]')), WAIT);
    await driver.wait(async () => (await name.getAttribute('value')) === 'אורי גלבועי', WAIT, 'the person opens');
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('minutes holding <script> and <img onerror> are found and shown as text, and run nothing', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  try {
    await loadSample(driver);
  } finally {
    await driver.quit();
  }
  // Written by the user's own tool while the app is closed; the search index follows.
  const hostile = 'נציג מהמועצה הודיע <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> סוף';
  const now = '2026-11-01T10:00:00.000Z';
  const quote = (v) => `'${v.replace(/'/g, "''")}'`;
  execFileSync('sqlite3', [
    db.path,
    `INSERT INTO forums (id, name, level, cadence, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-00000000f001', 'פורום שותפות מבחן', 'authority', 'monthly', '${now}', '${now}');
     INSERT INTO meetings (id, forum_id, date, status, minutes, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-00000000e001', '019a0000-0000-7000-8000-00000000f001', '2026-10-12', 'held', ${quote(hostile)}, '${now}', '${now}');`,
  ]);
  driver = await openApp(db.path);
  try {
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await ctrlK(driver);
    await driver.actions().sendKeys('מועצה').perform();
    const hit = await driver.wait(until.elementLocated(By.css('.search-group[data-kind="minutes"] button.hit')), WAIT);
    const shown = clean(await hit.getText());
    assert.match(shown, /<script>window\.__pwned = 1/);
    assert.equal(clean(await hit.findElement(By.css('mark')).getText()), 'מועצה');
    const injected = () =>
      driver.executeScript(
        'return { pwned: window.__pwned ?? null, images: document.querySelectorAll("img[src=x]").length, scripts: [...document.querySelectorAll("main script")].length }',
      );
    assert.deepEqual(await injected(), { pwned: null, images: 0, scripts: 0 });
    // The image tag, found by its attribute, is text too.
    const input = await driver.findElement(By.css('[data-testid="search-input"]'));
    await input.clear();
    await input.sendKeys('onerror');
    await driver.wait(async () => clean(await text(driver, '.search-group[data-kind="minutes"] button.hit mark')) === 'onerror', WAIT);
    assert.match(clean(await text(driver, '.search-group[data-kind="minutes"] button.hit')), /<img src=x onerror="window/);
    assert.deepEqual(await injected(), { pwned: null, images: 0, scripts: 0 });
    await click(driver, '.search-group[data-kind="minutes"] button.hit');
    const minutes = await driver.wait(until.elementLocated(By.css('textarea[name="minutes"]')), WAIT);
    await driver.wait(async () => (await minutes.getAttribute('value')).includes('<img src=x onerror='), WAIT, 'the meeting opens with its minutes');
    await driver.sleep(300);
    assert.deepEqual(await injected(), { pwned: null, images: 0, scripts: 0 });
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a word found in more records than are counted says "more than", per kind and in all', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  try {
    await loadSample(driver);
    await driver.quit();
    const now = '2026-11-01T10:00:00.000Z';
    execFileSync('sqlite3', [
      db.path,
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
       INSERT INTO people (id, full_name, role_title, created_at, updated_at)
         SELECT printf('019a0000-0000-7000-8000-%012d', i), printf('מדריכה %d', i), 'הדרכה', '${now}', '${now}' FROM n;`,
    ]);
    driver = await openApp(db.path);
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await ctrlK(driver);
    await driver.actions().sendKeys('והמדריכה').perform();
    await driver.wait(until.elementLocated(By.css('.search-group[data-kind="person"] button.hit')), WAIT);
    assert.equal(clean(await text(driver, '.search-group[data-kind="person"] h2 .badge')), '1,000+');
    assert.match(clean(await text(driver, '[role="status"]')), /יותר מ־1,000/);
    assert.match(clean(await text(driver, '.search-group[data-kind="person"]')), /ועוד יותר מ־980/);
    assert.equal((await driver.findElements(By.css('.search-group[data-kind="person"] button.hit'))).length, 20);
    assert.deepEqual(await rawMessageIds(driver), []);
  } finally {
    await driver.quit();
    db.remove();
  }
});

test('a phone number in any form finds its person, who she is shown beside her name, and organizations are found', async () => {
  const db = tempDatabase();
  const driver = await openApp(db.path);
  try {
    await loadSample(driver);
    await ctrlK(driver);
    const input = await driver.findElement(By.css('[data-testid="search-input"]'));
    for (const typed of ['0505550102', '050-5550102', '5550102', '+972 50 555 0102']) {
      await input.clear();
      await input.sendKeys(typed);
      await driver.wait(
        async () => {
          const hits = await driver.findElements(By.css('.search-group[data-kind="person"] button.hit'));
          return hits.length === 1 && /דנה שחרור/.test(clean(await hits[0].getText()));
        },
        WAIT,
        `${typed} finds דנה שחרור`,
      );
    }
    assert.match(clean(await text(driver, '.search-group[data-kind="person"] [data-testid="hit-detail"]')), /^רכזת מפעלים · /);

    await input.clear();
    await input.sendKeys('מועצה');
    const council = await driver.wait(
      until.elementLocated(By.xpath("//section[@data-kind='organization']//button[contains(normalize-space(.), 'מועצה אזורית עמק הגפן')]")),
      WAIT,
    );
    assert.match(clean(await text(driver, '.search-group[data-kind="organization"] h2')), /ארגונים/);
    // Enter moves the focus to the first result, and the focus shows.
    await input.sendKeys(Key.ENTER);
    await driver.wait(async () => driver.executeScript('return document.activeElement?.classList.contains("hit")'), WAIT, 'Enter focuses a result');
    const ring = await driver.executeScript('const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]');
    assert.notEqual(ring[0], 'none', `the focused result shows its focus: ${ring}`);
    assert.deepEqual(await rawMessageIds(driver), []);
    await council.click();
    const name = await driver.wait(until.elementLocated(By.css('[data-testid="organization-dialog"] input[name="name"]')), WAIT);
    await driver.wait(async () => /מועצה/.test(await name.getAttribute('value')), WAIT, 'the organization opens');
  } finally {
    await driver.quit();
    db.remove();
  }
});
