// Lists at a district's size in the real window: twenty thousand people, and twenty thousand
// open action items. Each list draws only the rows in view, scrolls to its last row, and
// filters as you type or choose. The figures printed (how long the list took to
// open and to filter) are for reading, not asserted: speed is the benchmarks' job.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { By, click, openApp, startDriver, stopDriver, tempDatabase, until, textNow } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 60_000;
const PEOPLE = 20_000;
const clean = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '');

/** 20,000 people written by the sqlite3 tool while the app is closed, as a user's own tool could. */
function fillWithPeople(path) {
  const now = '2026-11-01T10:00:00.000Z';
  execFileSync('sqlite3', [
    path,
    `INSERT OR REPLACE INTO settings (key, value) VALUES ('first_run_done', '${now}');
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${PEOPLE})
     INSERT INTO people (id, full_name, role_title, mobile, email, created_at, updated_at)
       SELECT printf('019a0000-0000-7000-8000-%012d', i), printf('איש קשר %05d', i), 'רכז/ת',
              printf('+97250%07d', i), printf('p%05d@example.org', i), '${now}', '${now}' FROM n;`,
  ]);
}

/** What the table holds now, read in one step. */
function tableState(driver) {
  return driver.executeScript(`
    const scroller = document.querySelector('.virtual-list');
    const rows = [...document.querySelectorAll('[data-testid="people-table"] tbody tr.person-row')];
    return {
      rows: rows.length,
      names: rows.map((r) => r.querySelector('.person-name button').textContent.trim()),
      scrollHeight: scroller.scrollHeight,
      clientHeight: scroller.clientHeight,
      allRows: document.querySelectorAll('[data-testid="people-table"] tr').length,
    };`);
}

test('20,000 people: only the rows in view are drawn, the last is reached by scrolling, typing filters', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  await driver.quit();
  fillWithPeople(db.path);
  driver = await openApp(db.path);
  try {
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    const opened = Date.now();
    await click(driver, '[data-area="people"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="people-table"] tbody tr.person-row')), WAIT);
    console.log(`# people list of ${PEOPLE} open in ${Date.now() - opened} ms (through WebDriver)`);

    const top = await tableState(driver);
    assert.ok(top.rows > 5, `some rows are drawn (${top.rows})`);
    assert.ok(top.allRows < 150, `only about a screenful is in the page, not ${PEOPLE} (${top.allRows} rows)`);
    assert.equal(top.names[0], 'איש קשר 00001');
    // The scroll bar stands for the whole list.
    assert.ok(top.scrollHeight > PEOPLE * 20, `the list scrolls the height of ${PEOPLE} rows (${top.scrollHeight}px)`);
    assert.match((await textNow(driver, '[aria-live="polite"]')), /20,?000/);

    await driver.executeScript('const s = document.querySelector(".virtual-list"); s.scrollTop = s.scrollHeight;');
    await driver.wait(async () => (await tableState(driver)).names.includes('איש קשר 20000'), WAIT, 'the last person is drawn at the bottom');
    const bottom = await tableState(driver);
    assert.ok(bottom.allRows < 150, `still only about a screenful (${bottom.allRows} rows)`);
    assert.ok(!bottom.names.includes('איש קשר 00001'), 'the first rows left the page');
    // The last row sits inside the scrolled box, not below it.
    const lastInView = await driver.executeScript(`
      const s = document.querySelector('.virtual-list').getBoundingClientRect();
      const rows = document.querySelectorAll('[data-testid="people-table"] tbody tr.person-row');
      const r = rows[rows.length - 1].getBoundingClientRect();
      return { ok: r.bottom <= s.bottom + 1 && r.top >= s.top, box: [s.top, s.bottom], row: [r.top, r.bottom], h: r.height, scrollTop: document.querySelector('.virtual-list').scrollTop };`);
    assert.ok(lastInView.ok, `the last person is in view ${JSON.stringify(lastInView)}`);

    // Typing filters the whole list, and the filtered list starts from its top.
    const input = await driver.findElement(By.css('input[name="people-filter"]'));
    const typed = Date.now();
    await input.sendKeys('12345');
    await driver.wait(async () => {
      const s = await tableState(driver);
      return s.rows === 1 && s.names[0] === 'איש קשר 12345';
    }, WAIT, 'one person matches 12345');
    console.log(`# typing "12345" over ${PEOPLE} people: ${Date.now() - typed} ms until one row showed (through WebDriver)`);
    await input.clear();
    await input.sendKeys('050000010');
    // Digits find phone numbers too: 050-0000100 to 050-0000109 are people 100 to 109.
    await driver.wait(async () => (await tableState(driver)).rows === 10, WAIT, 'ten people by phone');
    const byPhone = await tableState(driver);
    assert.equal(byPhone.names[0], 'איש קשר 00100');
    assert.equal(byPhone.names[9], 'איש קשר 00109');
  } finally {
    await driver.quit();
    db.remove();
  }
});

const ACTIONS = 20_000;

/** One forum, one meeting and 20,000 open action items, every tenth past due, by the sqlite3 tool. */
function fillWithActionItems(path) {
  const now = '2026-11-01T10:00:00.000Z';
  execFileSync('sqlite3', [
    path,
    `INSERT OR REPLACE INTO settings (key, value) VALUES ('first_run_done', '${now}');
     INSERT INTO people (id, full_name, role_title, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-000000000001', 'רותם אחראית', 'רכזת', '${now}', '${now}');
     INSERT INTO forums (id, name, level, cadence, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-0000000000f1', 'פורום הרשות', 'authority', 'monthly', '${now}', '${now}');
     INSERT INTO meetings (id, forum_id, date, status, created_at, updated_at)
       VALUES ('019a0000-0000-7000-8000-0000000000e1', '019a0000-0000-7000-8000-0000000000f1', '2026-10-01', 'held', '${now}', '${now}');
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ACTIONS})
     INSERT INTO action_items (id, meeting_id, what, owner_id, due_date, created_at, updated_at)
       SELECT printf('019a0000-0000-7000-9000-%012d', i), '019a0000-0000-7000-8000-0000000000e1',
              printf('משימה %05d', i), '019a0000-0000-7000-8000-000000000001',
              CASE WHEN i % 10 = 0 THEN '2020-01-01' ELSE printf('2099-%02d-%02d', 1 + i % 12, 1 + i % 28) END,
              '${now}', '${now}' FROM n;`,
  ]);
}

function actionsState(driver) {
  return driver.executeScript(`
    const scroller = document.querySelector('.virtual-list');
    const rows = [...document.querySelectorAll('[data-testid="actions-table"] tbody tr.action-row')];
    return {
      rows: rows.length,
      what: rows.map((r) => r.querySelector('td').textContent.trim()),
      scrollHeight: scroller.scrollHeight,
      scrollTop: scroller.scrollTop,
      allRows: document.querySelectorAll('[data-testid="actions-table"] tr').length,
    };`);
}

test('20,000 open action items: only the rows in view are drawn, scrolling reaches the last, a status changes in place', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  await driver.quit();
  fillWithActionItems(db.path);
  driver = await openApp(db.path);
  try {
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    const opened = Date.now();
    await click(driver, '[data-area="actions"]');
    await driver.wait(until.elementLocated(By.css('[data-testid="actions-table"] tbody tr.action-row')), WAIT);
    console.log(`# action items list of ${ACTIONS} open in ${Date.now() - opened} ms (through WebDriver)`);

    const top = await actionsState(driver);
    assert.ok(top.rows > 5, `some rows are drawn (${top.rows})`);
    assert.ok(top.allRows < 150, `only about a screenful is in the page, not ${ACTIONS} (${top.allRows} rows)`);
    assert.ok(top.scrollHeight > ACTIONS * 20, `the list scrolls the height of ${ACTIONS} rows (${top.scrollHeight}px)`);
    assert.match((await textNow(driver, '[aria-live="polite"]')), /20,?000/);

    await driver.executeScript('const s = document.querySelector(".virtual-list"); s.scrollTop = s.scrollHeight;');
    await driver.wait(async () => {
      const s = await actionsState(driver);
      return s.scrollTop > ACTIONS * 10 && s.rows > 5 && !s.what.includes(top.what[0]);
    }, WAIT, 'the rows at the bottom are drawn in place of the first');
    const bottom = await actionsState(driver);
    assert.ok(bottom.allRows < 150, `still only about a screenful (${bottom.allRows} rows)`);

    // Closing one of the rows in view keeps the place in the list.
    const row = await driver.findElement(By.xpath(`//tr[contains(@class, "action-row")][td[contains(., "${bottom.what[bottom.rows - 1]}")]]`));
    await row.findElement(By.css('select option[value="done"]')).click();
    await driver.wait(async () => (await actionsState(driver)).rows > 0 && /19,?999/.test((await textNow(driver, '[aria-live="polite"]'))), WAIT, 'one item fewer open');
    const after = await actionsState(driver);
    assert.ok(after.scrollTop > ACTIONS * 10, `still near the bottom (${after.scrollTop}px)`);
    assert.ok(!after.what.includes(bottom.what[bottom.rows - 1]), 'the closed item left the open list');

    // Only the overdue: every tenth item, from the top of the list.
    await click(driver, 'input[name="late"]');
    await driver.wait(async () => /2,?000/.test((await textNow(driver, '[aria-live="polite"]'))), WAIT, '2,000 overdue');
    const overdue = await actionsState(driver);
    assert.equal(overdue.scrollTop, 0);
    assert.ok(overdue.allRows < 150);
    assert.ok(overdue.what.every((w) => /^משימה \d{4}0/.test(w)), `only overdue items: ${overdue.what.slice(0, 3)}`);
  } finally {
    await driver.quit();
    db.remove();
  }
});

const CLUSTERS = 300;
const PER_CLUSTER = 17;

/** A district's directory: 300 clusters of 17 settlements, by the sqlite3 tool. */
function fillWithSettlements(path) {
  const now = '2026-11-01T10:00:00.000Z';
  execFileSync('sqlite3', [
    path,
    `INSERT OR REPLACE INTO settings (key, value) VALUES ('first_run_done', '${now}');
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CLUSTERS})
     INSERT INTO clusters (id, name, region, created_at, updated_at)
       SELECT printf('019a0000-0000-7000-a000-%012d', i), printf('אשכול %03d', i), 'north', '${now}', '${now}' FROM n;
     WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${CLUSTERS * PER_CLUSTER - 1})
     INSERT INTO settlements (id, name, kind, cluster_id, created_at, updated_at)
       SELECT printf('019a0000-0000-7000-b000-%012d', i), printf('יישוב %03d-%02d', 1 + i / ${PER_CLUSTER}, 1 + i % ${PER_CLUSTER}),
              'moshav', printf('019a0000-0000-7000-a000-%012d', 1 + i / ${PER_CLUSTER}), '${now}', '${now}' FROM n;`,
  ]);
}

const settlementsDrawn = (driver) =>
  driver.executeScript(`return [...document.querySelectorAll('.cluster .settlement-link')].map((b) => b.textContent.trim())`);

test('5,100 settlements in 300 clusters: each cluster draws its settlements as it comes near the view', async () => {
  const db = tempDatabase();
  let driver = await openApp(db.path);
  await driver.quit();
  fillWithSettlements(db.path);
  driver = await openApp(db.path);
  try {
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    const opened = Date.now();
    await click(driver, '[data-area="directory"]');
    await driver.wait(until.elementLocated(By.css('.cluster .settlement-link')), WAIT);
    console.log(`# directory of ${CLUSTERS * PER_CLUSTER} settlements open in ${Date.now() - opened} ms (through WebDriver)`);
    const cards = await driver.findElements(By.css('article.cluster'));
    assert.equal(cards.length, CLUSTERS, 'every cluster has its card');
    const top = await settlementsDrawn(driver);
    assert.ok(top.includes('יישוב 001-01'), 'the first cluster is drawn');
    assert.ok(top.length < CLUSTERS * PER_CLUSTER / 4, `only the clusters near the view are drawn (${top.length})`);
    assert.ok(!top.includes(`יישוב ${CLUSTERS}-${PER_CLUSTER}`));

    await driver.executeScript('document.querySelector(".cluster:last-of-type").scrollIntoView()');
    await driver.wait(async () => (await settlementsDrawn(driver)).includes(`יישוב ${CLUSTERS}-${PER_CLUSTER}`), WAIT, 'the last cluster is drawn when reached');

    // Typing filters every settlement, drawn or not.
    const input = await driver.findElement(By.css('input[name="directory-filter"]'));
    await input.sendKeys('150-07');
    await driver.wait(async () => {
      const drawn = await settlementsDrawn(driver);
      return drawn.length === 1 && drawn[0] === 'יישוב 150-07';
    }, WAIT, 'one settlement matches 150-07');
  } finally {
    await driver.quit();
    db.remove();
  }
});
