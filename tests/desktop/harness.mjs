// The desktop harness: the real `owldesk-desktop` binary in a real window, driven over WebDriver
// by tauri-driver (which runs WebKitWebDriver), with dunst as the notification daemon. It must
// run inside a virtual display and a private session bus (`cargo xtask test` runs it under
// `xvfb-run` and `dbus-run-session`). Every child process is stopped in `stop()`.
//
// Environment: OWLDESK_DESKTOP_BIN (the app), TAURI_DRIVER (default: tauri-driver on PATH),
// OWLDESK_E2E_SHOTS (where screenshots go).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const SHOTS = process.env.OWLDESK_E2E_SHOTS ?? join(root, 'target', 'e2e-screenshots');
export const APP = process.env.OWLDESK_DESKTOP_BIN ?? join(root, 'target', 'debug', 'owldesk-desktop');
const DRIVER = process.env.TAURI_DRIVER ?? 'tauri-driver';
export const TOKEN = 'desktop-e2e-token';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value; fails with `what` after `ms`. */
export async function until(what, check, ms = 20_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      const v = await check();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

function collect(child) {
  const out = { text: '' };
  child.stdout?.on('data', (d) => (out.text += d));
  child.stderr?.on('data', (d) => (out.text += d));
  return out;
}

/** dunst with a rule that appends every notification to `log` (appname, summary, body, urgency). */
async function startDunst(dir, log) {
  const script = join(dir, 'log-notification.sh');
  writeFileSync(script, '#!/bin/sh\nprintf \'%s\\t%s\\t%s\\t%s\\n\' "$1" "$2" "$3" "$5" >> "$NOTIF_LOG"\n');
  chmodSync(script, 0o755);
  const rc = join(dir, 'dunstrc');
  writeFileSync(rc, `[global]\n    monitor = 0\n    follow = none\n[log_all]\n    appname = "*"\n    script = ${script}\n`);
  const dunst = spawn('dunst', ['-config', rc], { env: { ...process.env, NOTIF_LOG: log }, stdio: 'ignore' });
  await until('dunst to own org.freedesktop.Notifications', () =>
    execFileSync('dbus-send', [
      '--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.Notifications',
    ]).toString().includes('true'),
  );
  return dunst;
}

async function stopChild(child) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([new Promise((r) => child.on('exit', r)), sleep(5_000).then(() => child.kill('SIGKILL'))]);
}

/** The processes (Linux: read from /proc) whose command line holds `marker`. */
function processesNaming(marker) {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid)
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

/**
 * Stops the app instances of this run (their command line names its own data directory).
 * WebKitWebDriver starts the app and closes it when the session ends, but an app it leaves
 * behind would keep the driver's output pipe, and so this test process, open forever.
 */
async function stopApps(dataDir) {
  const signal = (name) => {
    for (const pid of processesNaming(dataDir)) {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    }
  };
  signal('SIGTERM');
  try {
    await until('the app to exit', () => processesNaming(dataDir).length === 0, 5_000);
  } catch {
    signal('SIGKILL');
  }
}

/**
 * Starts dunst, tauri-driver and a WebDriver session on the app with a fresh home and data
 * directory. Resolves to the desktop: WebDriver helpers, the API, the notification log.
 */
export async function startDesktop() {
  if (!process.env.DISPLAY || !process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error('run me under xvfb-run and dbus-run-session (cargo xtask test does)');
  }
  const dir = mkdtempSync(join(tmpdir(), 'owldesk-desktop-e2e-'));
  const home = join(dir, 'home');
  const dataDir = join(dir, 'data');
  mkdirSync(home);
  const notifLog = join(dir, 'notifications.tsv');
  const dunst = await startDunst(dir, notifLog);
  const port = await freePort();
  const env = {
    ...process.env,
    // The app's settings, WebKit's data and the autostart entry go into the fresh home.
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    OWLDESK_API_TOKEN: TOKEN,
    OWLDESK_LOG: 'owldesk=info,owldesk_desktop=info,warn',
  };
  const driver = spawn(DRIVER, ['--port', String(port), '--native-port', String(await freePort())], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = collect(driver);
  const wd = `http://127.0.0.1:${port}`;
  await until('tauri-driver', async () => (await fetch(`${wd}/status`)).ok);
  const args = ['--data-dir', dataDir, '--demo', '--listen', '127.0.0.1:0'];
  const res = await fetch(`${wd}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ capabilities: { alwaysMatch: { 'tauri:options': { application: APP, args } } } }),
  });
  const created = await res.json();
  if (!res.ok) throw new Error(`no WebDriver session: ${JSON.stringify(created)}\n${log.text}`);
  const session = `${wd}/session/${created.value.sessionId}`;

  async function call(method, path, body) {
    const r = await fetch(`${session}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }
  const desktop = {
    dir,
    home,
    dataDir,
    env,
    args,
    log,
    notifications: () => (existsSync(notifLog) ? readFileSync(notifLog, 'utf8').split('\n').filter(Boolean) : []),
    script: (js, ...a) => call('POST', '/execute/sync', { script: js, args: a }),
    /** The first element matching `css` (or `xpath:EXPR`), or null. */
    async find(css) {
      const [using, value] = css.startsWith('xpath:') ? ['xpath', css.slice(6)] : ['css selector', css];
      const found = await call('POST', '/elements', { using, value });
      return found[0]?.[ELEMENT] ?? null;
    },
    /** Waits for an element matching `css` and returns its reference. */
    waitFor: (css, ms) => until(`an element matching ${css}`, () => desktop.find(css), ms),
    click: (el) => call('POST', `/element/${el}/click`, {}),
    type: (el, text) => call('POST', `/element/${el}/value`, { text }),
    text: (el) => call('GET', `/element/${el}/text`),
    /** Saves a screenshot of the window as SHOTS/name.png. */
    async shot(name) {
      mkdirSync(SHOTS, { recursive: true });
      const png = await call('GET', '/screenshot');
      writeFileSync(join(SHOTS, `${name}.png`), Buffer.from(png, 'base64'));
    },
    /** The API's base URL, from the page the window shows. */
    origin: () => desktop.script('return location.origin'),
    /** POST /api/v1/inbound as a chat bridge would. */
    async inbound(customer, text, extra = {}) {
      const origin = await desktop.origin();
      const r = await fetch(`${origin}/api/v1/inbound`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          channel: 'test',
          customer,
          message_id: `m-${Date.now()}-${Math.random()}`,
          text,
          ...extra,
        }),
      });
      if (!r.ok) throw new Error(`inbound: ${r.status} ${await r.text()}`);
      return r.json();
    },
    async stop() {
      await fetch(session, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }).catch(() => {});
      await stopChild(driver);
      await stopApps(dataDir);
      driver.stdout?.destroy();
      driver.stderr?.destroy();
      await stopChild(dunst);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return desktop;
}
