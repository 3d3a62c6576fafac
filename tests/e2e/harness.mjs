// The end-to-end harness: a real `owldesk serve --demo` on a fresh data directory and a free
// port, and Debian's Chromium driven by playwright-core (no browser download), headless, with a
// fresh profile. Screenshots go to OWLDESK_E2E_SHOTS (cargo xtask test sets it to
// target/e2e-screenshots, which it keeps).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
// playwright-core is a dev dependency of ui/.
const require = createRequire(join(root, 'ui', 'package.json'));
const { chromium } = require('playwright-core');

export const SHOTS = process.env.OWLDESK_E2E_SHOTS ?? join(root, 'target', 'e2e-screenshots');
const BIN = process.env.OWLDESK_BIN ?? join(root, 'target', 'debug', 'owldesk');
const CHROMIUM = process.env.OWLDESK_CHROMIUM ?? '/usr/bin/chromium';

function withoutToken(env) {
  const copy = { ...env };
  delete copy.OWLDESK_API_TOKEN;
  return copy;
}

/** Starts the server; resolves to {url, token, stop}. */
export async function startServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'owldesk-e2e-'));
  const child = spawn(
    BIN,
    ['serve', '--demo', '--data-dir', dataDir, '--listen', '127.0.0.1:0', '--ui-dir', join(root, 'ui', 'dist')],
    { stdio: ['ignore', 'pipe', 'pipe'], env: withoutToken(process.env) },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const info = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`owldesk serve did not start in 30 s:\n${out}\n${err}`)), 30_000);
    child.on('exit', (code) => fail(new Error(`owldesk serve exited with ${code}:\n${out}\n${err}`)));
    child.stdout.on('data', (d) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const token = /API token: (\S+)/.exec(out)?.[1];
      if (url && token) {
        clearTimeout(timer);
        ok({ url, token });
      }
    });
  });
  return {
    ...info,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => {
        const t = setTimeout(() => (child.kill('SIGKILL'), r()), 5_000);
        child.on('exit', () => (clearTimeout(t), r()));
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls the API as a bridge or a script would. */
export async function call(server, method, path, body) {
  const res = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Resolves with the first live event of `type` from `GET /events` (as the UI hears it), or
 * rejects after `ms`. Start it before the action that causes the event.
 */
export async function nextEvent(server, type, ms = 15_000) {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), ms);
  try {
    const res = await fetch(`${server.url}/api/v1/events`, {
      headers: { Authorization: `Bearer ${server.token}` },
      signal: stop.signal,
    });
    if (!res.ok) throw new Error(`GET /events: ${res.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body) {
      buffer += decoder.decode(chunk, { stream: true });
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('data:')) continue;
        const event = JSON.parse(line.slice(5));
        if (event?.type === type) return event;
      }
    }
    throw new Error(`the event stream ended before a ${type} event`);
  } catch (e) {
    if (stop.signal.aborted) throw new Error(`no ${type} event within ${ms} ms`);
    throw e;
  } finally {
    clearTimeout(timer);
    stop.abort();
  }
}

/** A buyer message through the normal inbound endpoint. */
export function inbound(server, customer, text, extra = {}) {
  return call(server, 'POST', '/inbound', {
    channel: 'e2e',
    customer,
    message_id: `${customer}-${Math.random().toString(36).slice(2)}`,
    text,
    ...extra,
  });
}

/** Opens Chromium and a signed-in page in `locale` ('zh-CN' or 'en'). */
export async function openBrowser(server, { locale = 'zh-CN', signIn = true } = {}) {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // A new context is a fresh profile: no storage from another test.
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(signIn ? `${server.url}/#token=${server.token}` : server.url);
  return {
    browser,
    page,
    errors,
    async shot(name) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
    },
  };
}
