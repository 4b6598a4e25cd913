// No network at all: the app, traced by strace from its first instruction through a session
// that visits every area of a department shared with another laptop (sending and receiving
// through the shared folder), searches and saves nothing remote, never connects to an internet address or looks up a name. And the page itself can neither
// run inline script nor reach a server, even one on this machine.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { APP, By, Key, click, openApp, otherLaptop, startDriver, stopDriver, tempDatabase, until } from './harness.mjs';

before(startDriver);
after(stopDriver);

const WAIT = 20_000;

test('the app opens no network connection, and the page can reach no server', async () => {
  const db = tempDatabase();
  const trace = join(dirname(db.path), 'trace.txt');
  const wrapper = join(dirname(db.path), 'eshkol-traced');
  const inspector = join(dirname(db.path), 'inspector.txt');
  // WebKitWebDriver tells the webview where its automation server is (WEBKIT_INSPECTOR_SERVER):
  // the one connection the test itself brings. Record it to tell it apart.
  writeFileSync(wrapper, `#!/bin/sh\necho "$WEBKIT_INSPECTOR_SERVER" > '${inspector}'\nexec strace -f -qq -e trace=connect,sendto,sendmsg -o '${trace}' '${APP}' "$@"\n`);
  chmodSync(wrapper, 0o755);

  // A server on this machine the page will try to reach.
  let requests = 0;
  const server = createServer((_, res) => {
    requests += 1;
    res.end('reached');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;

  // Sharing on: the sample department, shared through a folder with another laptop whose
  // change arrives while the app runs.
  const shared = join(dirname(db.path), 'shared');
  mkdirSync(shared);
  const joinFile = join(dirname(db.path), 'department.eshkol-join');
  const otherDb = join(dirname(db.path), 'other.sqlite3');
  otherLaptop(db.path, 'create', shared, 'המחשב של מיכל', joinFile, '--sample');
  otherLaptop(otherDb, 'join', shared, joinFile, 'המחשב של רוני');
  otherLaptop(otherDb, 'add-cluster', 'אשכול הגליל');
  otherLaptop(otherDb, 'sync');

  const driver = await openApp(db.path, wrapper);
  try {
    await driver.wait(until.elementLocated(By.css('#home-title')), WAIT);
    await driver.wait(until.elementTextContains(await driver.findElement(By.css('[data-testid="sync-state"]')), 'המחשב של רוני'), WAIT);
    for (const area of ['directory', 'people', 'forums', 'actions', 'visits', 'search', 'sync', 'settings', 'home']) {
      await click(driver, `[data-area="${area}"]`);
      await driver.sleep(300);
    }
    await driver.actions().keyDown(Key.CONTROL).sendKeys('k').keyUp(Key.CONTROL).perform();
    await driver.actions().sendKeys('גלבועי').perform();
    await driver.wait(until.elementLocated(By.css('.search-group button.hit')), WAIT);

    // The content security policy, enforced by the webview: inline script does not run, and
    // neither fetch nor an image reaches the server.
    const page = await driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.body.append(inline);
      const image = new Image();
      image.src = ${JSON.stringify(url)} + 'pixel.png';
      document.body.append(image);
      let evaluated = false;
      try { evaluated = (0, eval)('1 + 1') === 2; } catch {}
      fetch(${JSON.stringify(url)}).then(() => 'reached', (e) => 'refused').then((fetched) =>
        setTimeout(() => done({ inline: window.__inline ?? null, evaluated, fetched }), 500));
    `);
    assert.deepEqual(page, { inline: null, evaluated: false, fetched: 'refused' });
    assert.equal(requests, 0, 'the server heard nothing');
  } finally {
    await driver.quit();
    server.close();
  }

  // Every connect or send to an internet address (IPv4 or IPv6), and any name lookup, by any
  // process or thread of the app. Local (Unix) sockets are the display, the webview's own
  // processes and the instance socket.
  const lines = readFileSync(trace, 'utf8').split('\n');
  assert.ok(lines.some((l) => l.includes('connect(')), 'the trace saw the app connect its local sockets');
  const [host, port] = readFileSync(inspector, 'utf8').trim().split(':');
  assert.ok(port, 'the automation server is known');
  const internet = lines.filter((l) => /AF_INET6?\b/.test(l) && /connect\(|sendto\(|sendmsg\(/.test(l));
  const automation = internet.filter((l) => l.includes(`htons(${port})`) && l.includes(`inet_addr("${host}")`));
  const elsewhere = internet.filter((l) => !automation.includes(l));
  assert.deepEqual(elsewhere, [], 'no connection but the test driver\'s own');
  assert.ok(!lines.some((l) => /htons\(53\)/.test(l)), 'no DNS lookup');
  console.log(`strace: ${lines.length} socket calls, ${internet.length} to internet addresses (${automation.length} to the test driver)`);
  db.remove();
});
