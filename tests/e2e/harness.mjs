// Starts what the real app window needs (a virtual display and tauri-driver) and opens Eshkol
// in it on a temporary database. Every test drives the real built binary, not a mock.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';

export { By, Key, until };

const ROOT = resolve(import.meta.dirname, '..', '..');
export const APP = process.env.ESHKOL_APP ?? join(ROOT, 'target', 'debug', 'eshkol');
const WAIT = 20_000;

const children = [];

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Start Xvfb on a free display (unless one is given) and return its name. */
function startDisplay() {
  if (process.env.ESHKOL_E2E_DISPLAY) return Promise.resolve(process.env.ESHKOL_E2E_DISPLAY);
  return new Promise((ok, fail) => {
    // A test file may ask for another screen (a small laptop's 1024×768) before `startDriver`.
    const screen = process.env.ESHKOL_E2E_SCREEN ?? '1280x860x24';
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'inherit', 'pipe'],
    });
    children.push(xvfb);
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) ok(`:${text.trim()}`);
    });
    xvfb.on('error', fail);
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}`)));
  });
}

async function waitForServer(url) {
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not answer at ${url}`);
}

let server;
let display;
let nativePort;

/** Start Xvfb and tauri-driver once per test file. */
export async function startDriver() {
  display = await startDisplay();
  const port = await freePort();
  nativePort = await freePort();
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(nativePort)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DISPLAY: display, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
  });
  children.push(driver);
  server = `http://127.0.0.1:${port}`;
  await waitForServer(server);
}

export function stopDriver() {
  for (const child of children.reverse()) child.kill('SIGTERM');
  children.length = 0;
}

/** A fresh temporary folder for a test's database; removed by the returned function. */
export function tempDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'eshkol-e2e-'));
  return { path: join(dir, 'eshkol.sqlite3'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The port WebKitWebDriver listens on: the test's automation channel into the app. */
export const automationPort = () => nativePort;

/** The display the app windows are on, for tools outside the page (xdotool, import). */
export const currentDisplay = () => display;

/** The socket a running Eshkol holds beside its database (core/src/instance.rs). */
export const instanceSocket = (dbPath) => join(dirname(dbPath), `.${basename(dbPath)}.instance`);

/** Whether an Eshkol on `dbPath` answers on its socket. */
export function instanceAnswers(dbPath) {
  return new Promise((ok) => {
    const socket = connect(instanceSocket(dbPath));
    socket.on('connect', () => {
      socket.destroy();
      ok(true);
    });
    socket.on('error', () => ok(false));
  });
}

/**
 * Open Eshkol in a real window on the database at `dbPath`. An instance of an earlier test
 * still closing on the same file would take the new start as a second one: wait it out.
 */
export async function openApp(dbPath, application = APP) {
  const deadline = Date.now() + WAIT;
  while ((await instanceAnswers(dbPath)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'wry',
      'tauri:options': { application, args: ['--db', dbPath] },
    })
    .build();
  // The app's frame, or the screen that says why the database did not open.
  await driver.wait(until.elementLocated(By.css('[data-testid="app-title"], [data-testid="startup-problem"]')), WAIT);
  return driver;
}

export async function click(driver, css) {
  const element = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  await driver.wait(until.elementIsEnabled(element), WAIT);
  await element.click();
}

/** An element's text as a reader sees it: without Fluent's invisible direction-isolation marks. */
export async function text(driver, css) {
  const element = await driver.wait(until.elementLocated(By.css(css)), WAIT);
  return (await element.getText()).replace(/[\u2068\u2069]/g, '');
}

export function documentDir(driver) {
  return driver.executeScript('return document.documentElement.dir');
}

/** Wait until the document's direction is `dir`. */
export async function waitForDir(driver, dir) {
  await driver.wait(async () => (await documentDir(driver)) === dir, WAIT, `document never became dir=${dir}`);
}

/** Text of the page that looks like a Fluent message id (`nav-home`, `error-title`) left unrendered. */
export async function rawMessageIds(driver) {
  const body = await driver.executeScript('return document.body.innerText');
  return body.match(/\b[a-z]+(?:-[a-z]+)+\b/g) ?? [];
}

/**
 * Answer the system's file dialog titled `title` (GTK's own window, outside the page) as a
 * person would: type the full path of the file and press Enter. A save dialog's name field is
 * cleared first; in an open dialog, typing a path opens its location field.
 */
export async function answerFileDialog(title, path, { save = true } = {}) {
  const env = { ...process.env, DISPLAY: display };
  const window = await findWindow(title, env);
  // The window exists a moment before it takes keys.
  await new Promise((r) => setTimeout(r, 700));
  execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
  // Save: select the suggested name to type over it. Open: Ctrl+L opens the location field.
  execFileSync('xdotool', ['key', '--window', window, save ? 'ctrl+a' : 'ctrl+l'], { env });
  await new Promise((r) => setTimeout(r, 300));
  // Slowly enough that each letter outside the keyboard's own layout (Hebrew) gets its own
  // keycode remapping, and an open dialog's completion settles between letters.
  execFileSync('xdotool', ['type', '--window', window, '--delay', '60', path], { env });
  // Let the location field finish completing what was typed before Enter.
  await new Promise((r) => setTimeout(r, 700));
  execFileSync('xdotool', ['key', '--window', window, 'Return'], { env });
}

export const answerSaveDialog = (title, path) => answerFileDialog(title, path, { save: true });

/**
 * Answer the system's folder dialog titled `title`: type the folder's path into the location
 * field, drop what the field completes after it (a folder inside), and choose it with the
 * dialog's own button, as a person would.
 */
export async function answerFolderDialog(title, path) {
  const env = { ...process.env, DISPLAY: display };
  const window = await findWindow(title, env);
  await new Promise((r) => setTimeout(r, 700));
  execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
  execFileSync('xdotool', ['key', '--window', window, 'ctrl+l'], { env });
  await new Promise((r) => setTimeout(r, 300));
  execFileSync('xdotool', ['type', '--window', window, '--delay', '60', path.endsWith('/') ? path : `${path}/`], { env });
  await new Promise((r) => setTimeout(r, 700));
  execFileSync('xdotool', ['key', '--window', window, 'Delete'], { env });
  await new Promise((r) => setTimeout(r, 300));
  execFileSync('xdotool', ['key', '--window', window, 'Return'], { env });
  await new Promise((r) => setTimeout(r, 700));
  if (windowExists(title, env)) {
    // The location was entered, not chosen: the dialog's "Open" button chooses it.
    execFileSync('xdotool', ['key', '--window', window, 'alt+o'], { env });
  }
}

/** The id of the visible window titled `title`, or '' when there is none. */
function windowTitled(title, env) {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', `^${title}$`], { env }).toString().trim().split('\n')[0];
  } catch {
    return '';
  }
}

const windowExists = (title, env) => windowTitled(title, env) !== '';

/** Wait for the window titled `title` to open; its id. */
async function findWindow(title, env) {
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    const found = windowTitled(title, env);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no dialog titled ${title}`);
}

/** Eshkol's core on a database of its own, standing for another laptop of the department
 * (`core/examples/laptop.rs`, built by `cargo test`): `otherLaptop(db, 'sync')`. Its output,
 * parsed when it is JSON. */
export const LAPTOP = process.env.ESHKOL_LAPTOP ?? join(ROOT, 'target', 'debug', 'examples', 'laptop');
export function otherLaptop(db, ...args) {
  const out = execFileSync(LAPTOP, [db, ...args]).toString().trim();
  return out ? JSON.parse(out) : null;
}
export const answerOpenDialog = (title, path) => answerFileDialog(title, path, { save: false });

/**
 * An element's value as it is now, or null while it is not there: for a `driver.wait` condition,
 * where `findElement` would throw and end the wait before the screen has drawn it.
 */
export function valueNow(driver, css) {
  return driver.executeScript('const e = document.querySelector(arguments[0]); return e ? e.value : null;', css);
}

/** An element's text as it is now (direction marks removed, trimmed), or '' while it is not there. */
export async function textNow(driver, css) {
  const shown = await driver.executeScript('const e = document.querySelector(arguments[0]); return e ? e.innerText : "";', css);
  return shown.replace(/[\u2068\u2069\u200e\u200f]/g, '').trim();
}

/**
 * Another program (Python's sqlite3) takes the database for writing and keeps it for `seconds`.
 * Resolves once it holds it, to the process: `exitCode` is null while it holds, and it exits
 * when it lets go.
 */
export async function holdDatabase(dbPath, seconds) {
  const holder = spawn('python3', ['-c', `
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute('BEGIN IMMEDIATE')
print('holding', flush=True)
time.sleep(${seconds})
db.execute('COMMIT')
`, dbPath], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => holder.stdout.once('data', ok));
  return holder;
}
