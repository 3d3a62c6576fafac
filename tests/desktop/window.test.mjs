// The desktop app end to end, in its real window: the inbox renders, the first-run question turns
// on start at login, a buyer message that escalates urgently appears live and raises exactly one
// desktop notification, a person's reply and Resolve clear it, and a second launch hands over to
// the first instance and exits. Screenshot: desktop-window.png (the README's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDesktop, until, sleep, APP } from './harness.mjs';

let d;
before(async () => {
  d = await startDesktop();
});
after(async () => {
  await d?.stop();
});

// The UI follows the system language; the test knows both labels of a button.
const button = (zh, en) =>
  `xpath://button[(normalize-space()='${zh}' or normalize-space()='${en}') and not(@disabled)]`;

test('the window shows the inbox; an urgent escalation notifies once; a reply resolves it', async () => {
  await d.waitFor('[data-screen="inbox"]', 60_000);
  assert.match(await d.origin(), /^http:\/\/127\.0\.0\.1:\d+$/, 'the UI comes from the in-process server');

  // The first-run question, asked only in the desktop app; yes writes the login entry.
  await d.click(await d.waitFor('[data-testid="start-at-login-yes"]'));
  const entry = join(d.home, '.config', 'autostart', 'Owldesk.desktop');
  await until('the start-at-login entry', () => existsSync(entry));
  assert.match(readFileSync(entry, 'utf8'), /--hidden/, 'it starts in the tray at login');
  await until('the question to go', async () => !(await d.find('[data-testid="first-run"]')));

  const out = await d.inbound('angry-buyer', '衣服破了个洞，我要退款！太差劲了', {
    order: { id: '240618-000111', status: '交易成功', items: [{ title: '纯棉儿童T恤', quantity: 1 }] },
  });
  assert.equal(out.decision.action, 'escalate');
  const row = await d.waitFor('[data-testid="inbox-row"][data-customer="angry-buyer"]');

  const lines = await until('a notification', () => (d.notifications().length ? d.notifications() : null));
  await sleep(2_000); // nothing more may arrive
  assert.equal(d.notifications().length, 1, `exactly one notification: ${d.notifications().join('\n')}`);
  const [app, summary, body, urgency] = lines[0].split('\t');
  assert.equal(app, 'owldesk');
  assert.match(summary, /A buyer needs you now/);
  assert.match(body, /angry-buyer/, 'the buyer is named');
  assert.match(body, /after_sale|anger/, 'the reason is given');
  assert.equal(urgency, 'CRITICAL');

  await d.click(row);
  const box = await d.waitFor('[data-testid="reply-box"]');
  await d.type(box, '非常抱歉！麻烦拍一下破洞的照片，我们马上给您补发一件。');
  await d.shot('desktop-window');
  await d.click(await d.waitFor(button('发送', 'Send')));
  await d.waitFor(`xpath://*[@data-testid='transcript']//*[contains(@class,'agent') and contains(., '马上给您补发')]`);
  await d.click(await d.waitFor(button('标记解决', 'Resolve')));
  await until('the row to leave the inbox', async () => !(await d.find('[data-testid="inbox-row"][data-customer="angry-buyer"]')));
});

test('a second launch hands over to the running app and exits', async () => {
  const second = spawn(APP, d.args, { env: d.env, stdio: 'ignore' });
  const code = await Promise.race([
    new Promise((r) => second.on('exit', (c) => r(c))),
    sleep(30_000).then(() => 'still running'),
  ]);
  if (code === 'still running') second.kill('SIGKILL');
  assert.equal(code, 0, 'the second instance exits by itself');
  await until('the first instance to show its window', () => d.log.text.includes('Owldesk was started again'));
  assert.ok(await d.find('[data-screen="inbox"]'), 'the first window still works');
});
