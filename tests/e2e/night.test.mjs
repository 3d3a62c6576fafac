// Night mode in the UI: modes and hours set on the schedule screen change the status in the
// sidebar; a manual override and its end; 422 errors shown by their field; a draft kept in
// assist mode is edited and sent from the inbox (and another discarded); the morning briefing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, inbound, call, nextEvent } from './harness.mjs';

let server;
let ui;
before(async () => {
  server = await startServer();
  ui = await openBrowser(server, { locale: 'en' });
});
after(async () => {
  await ui?.close();
  await server?.stop();
});

const status = (attrs) => ui.page.locator(`[data-testid="night-status"]${attrs}`);

test('modes and hours set on the schedule screen change the status; override and its end', async () => {
  const { page } = ui;
  await status('[data-mode="auto"]').waitFor();
  await page.locator('[data-nav="schedule"]').click();

  // Modes: assist inside and outside business hours, whatever the time now.
  const modes = page.locator('[data-testid="modes-form"]');
  await modes.locator('select[name="mode-inside"]').selectOption('assist');
  await modes.locator('select[name="mode-outside"]').selectOption('assist');
  await modes.getByRole('button', { name: 'Save' }).click();
  await modes.getByText('Saved').waitFor();
  await status('[data-mode="assist"]').waitFor();
  assert.deepEqual(await call(server, 'GET', '/schedule/modes'), { inside: 'assist', outside: 'assist' });

  // Hours: closed every day → closed now; open all day → open now. The demo shop may already be
  // closed when this runs, so each step waits for its save to end (the form is disabled while a
  // save is in flight, and edits wait for it), not only for the status it expects.
  const form = page.locator('[data-testid="schedule-form"]');
  const saveDone = () => form.locator('fieldset:not([disabled])').getByText('Saved').waitFor();
  for (let i = 0; i < 7; i++) await form.locator(`select[name="weekly-${i}-kind"]`).selectOption('closed');
  await form.getByRole('button', { name: 'Save' }).click();
  await saveDone();
  await status('[data-open="false"]').waitFor();
  for (let i = 0; i < 7; i++) await form.locator(`select[name="weekly-${i}-kind"]`).selectOption('allday');
  await form.getByRole('button', { name: 'Save' }).click();
  await saveDone();
  await status('[data-open="true"]').waitFor();
  assert.equal((await call(server, 'GET', '/schedule/status')).open, true);

  // A bad time zone and overlapping hours: the server's 422 is shown by the field.
  await form.locator('input[name="timezone"]').fill('Mars/Olympus');
  await form.getByRole('button', { name: 'Save' }).click();
  await page.locator('[data-testid="error-timezone"]').getByText('Mars/Olympus').waitFor();
  await form.locator('input[name="timezone"]').fill('Asia/Shanghai');
  await form.locator('select[name="weekly-0-kind"]').selectOption('spans');
  await form.locator('input[name="weekly-0-0-start"]').fill('09:00');
  await form.locator('input[name="weekly-0-0-end"]').fill('12:00');
  await form.locator('[data-testid="day-weekly-0"]').getByRole('button', { name: '+ Add hours' }).click();
  await form.locator('input[name="weekly-0-1-start"]').fill('11:00');
  await form.locator('input[name="weekly-0-1-end"]').fill('18:00');
  await form.getByRole('button', { name: 'Save' }).click();
  await page.locator('[data-testid="day-weekly-0"] .field-error').getByText('overlaps').waitFor();
  await page.locator('[data-testid="error-timezone"]').waitFor({ state: 'detached' });
  await form.locator('input[name="weekly-0-1-start"]').fill('13:00');
  // A special day: 春节 closed.
  await form.getByRole('button', { name: '+ Add a special day' }).click();
  await form.locator('input[name="special-0-name"]').fill('春节');
  await form.locator('input[name="special-0-from"]').fill('2027-02-06');
  await form.locator('input[name="special-0-to"]').fill('2027-02-12');
  await form.locator('select[name="special-0-kind"]').selectOption('closed');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Saved').waitFor();
  const saved = await call(server, 'GET', '/schedule');
  assert.deepEqual(saved.weekly[0], [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]);
  assert.equal(saved.special[0].name, '春节');
  assert.equal(saved.special[0].to, '2027-02-12');

  // A manual override ("off until 08:00 tomorrow"), then its end.
  await page.locator('[data-testid="override-open"]').click();
  await page.locator('select[name="override-mode"]').selectOption('off');
  await page.getByRole('button', { name: 'Apply' }).click();
  await status('[data-mode="off"]').waitFor();
  await page.locator('[data-testid="night-override"]').getByText('tomorrow 08:00').waitFor();
  const override = await call(server, 'GET', '/schedule/override');
  assert.equal(override.mode, 'off');
  await ui.shot('night-schedule');
  await page.locator('[data-testid="override-end"]').click();
  await page.locator('[data-testid="night-override"]').waitFor({ state: 'detached' });
  assert.equal(await call(server, 'GET', '/schedule/override'), null);

  // Phone alerts: a webhook with a short secret is refused, shown by the outlet.
  const alerts = page.locator('[data-testid="alerts-form"]');
  await alerts.getByRole('combobox', { name: 'Outlet type' }).selectOption('webhook');
  await alerts.getByRole('button', { name: '+ Add outlet' }).click();
  await alerts.locator('input[name="outlet-0-url"]').fill('http://127.0.0.1:9/hook');
  await alerts.locator('input[name="outlet-0-secret"]').fill('short');
  await alerts.getByRole('button', { name: 'Save' }).click();
  await page.locator('[data-testid="outlet-error-0"]').waitFor();
  await alerts.locator('input[name="outlet-0-secret"]').fill('a-long-enough-signing-secret');
  await alerts.getByRole('button', { name: 'Save' }).click();
  await alerts.getByText('Saved').waitFor();
  assert.equal((await call(server, 'GET', '/settings/alerts')).outlets[0].kind, 'webhook');
  await page.locator('[data-testid="alerts-form"]').scrollIntoViewIfNeeded();
  await ui.shot('night-alerts');
  assert.deepEqual(ui.errors, [], 'no script errors on the page');
});

test('a draft kept in assist mode is edited and sent from the inbox; another is discarded', async () => {
  const { page } = ui;
  await call(server, 'PUT', '/schedule/modes', { inside: 'assist', outside: 'assist' });
  await page.locator('[data-nav="inbox"]').click();
  const first = await inbound(server, 'draft-buyer', '包邮吗？');
  assert.equal(first.mode, 'assist');
  assert.equal(first.reply ?? null, null, 'nothing is sent to the buyer in assist mode');
  assert.ok(first.draft, 'the answer is kept as a draft');
  await inbound(server, 'discard-buyer', '发什么快递？');

  await page.locator('[data-testid="tab-drafts"]').click();
  await page.locator('[data-testid="drafts-count"]').getByText('2').waitFor();
  const row = page.locator('[data-testid="draft-row"][data-customer="draft-buyer"]');
  await row.click();
  const box = page.locator('[data-testid="reply-box"]');
  await page.locator('[data-testid="draft-hint"]').waitFor();
  assert.match(await box.inputValue(), /59元包邮/, 'the reply box holds the draft');
  await box.fill(`${await box.inputValue()} 今天下单还送小礼物～`);
  await page.locator('[data-testid="draft-hint"]').getByText('Edited draft').waitFor();
  await ui.shot('night-draft');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('[data-testid="transcript"] .bubble.agent').getByText('送小礼物').waitFor();
  await row.waitFor({ state: 'detached' });
  assert.deepEqual(
    (await call(server, 'GET', '/drafts')).map((d) => d.conversation_id).includes(first.conversation_id),
    false,
    'the sent draft no longer waits',
  );

  await page.locator('[data-testid="draft-row"][data-customer="discard-buyer"]').click();
  await page.locator('[data-testid="discard-draft"]').click();
  await page.getByText('No drafts wait for you.').waitFor();
  assert.deepEqual(await call(server, 'GET', '/drafts'), []);
  assert.deepEqual(ui.errors, []);
});

test('the briefing is the inbox\'s first screen; system lines read in the UI language', async () => {
  const { page } = ui;
  const out = await inbound(server, 'night-buyer', '衣服破了个洞，我要退款！太差劲了', {
    order: { id: '240618-000222', status: '交易成功' },
  });
  assert.equal(out.decision.action, 'escalate');
  // Open the inbox afresh: nothing selected, so the briefing shows.
  await page.locator('[data-nav="dashboard"]').click();
  await page.locator('[data-testid="reply-rate"]').waitFor();
  await page.locator('[data-nav="inbox"]').click();
  const briefing = page.locator('[data-testid="briefing"]');
  await briefing.waitFor();
  const headline = await page.locator('[data-testid="briefing-headline"]').innerText();
  assert.ok(headline.length > 0, 'the headline is shown');
  await briefing.locator('[data-testid="briefing-item"]').filter({ hasText: 'night-buyer' }).waitFor();
  await ui.shot('night-briefing');
  await briefing.locator('[data-testid="briefing-item"]').filter({ hasText: 'night-buyer' }).getByRole('button').click();
  const sys = page.locator('[data-testid="transcript"] .sys-line').first();
  await sys.getByText('Handed to a person: After-sale').waitFor();
  assert.match(await sys.innerText(), /order Completed/);
  // In Chinese.
  await page.locator('.nav-foot [data-lang="zh-CN"]').click();
  await sys.getByText('已转人工：售后').waitFor();
  await ui.shot('night-system-line-zh');
  assert.deepEqual(ui.errors, []);
});

test('a briefing announced while a person is in a conversation leaves them in it', async () => {
  const { page } = ui;
  await inbound(server, 'busy-buyer', '收到的衣服是坏的，我要退货');
  await page.locator('[data-nav="inbox"]').click();
  await page.locator('[data-testid="tab-escalations"]').click();
  await page.locator('[data-testid="inbox-row"][data-customer="busy-buyer"]').click();
  await page.locator('[data-testid="reply-box"]').waitFor();

  // The shop closed two minutes ago and opened again a minute later: the next tick announces
  // the night's briefing. A zone far from midnight keeps both times on today's date.
  const zone = new Date().getUTCHours() >= 2 && new Date().getUTCHours() < 22 ? 'UTC' : 'Asia/Shanghai';
  const local = (minutesAgo) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(new Date(Date.now() - minutesAgo * 60_000));
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const announced = nextEvent(server, 'briefing_ready');
  await call(server, 'PUT', '/schedule', {
    timezone: zone,
    weekly: Array.from({ length: 7 }, () => [{ start: '00:00', end: '24:00' }]),
    special: [{ name: 'break', from: today, to: today, spans: [{ start: '00:00', end: local(2) }, { start: local(1), end: '24:00' }] }],
  });
  await announced;

  // Events arrive in order: once the buyer's next line shows, the page has heard the briefing.
  await inbound(server, 'busy-buyer', '什么时候能处理？');
  await page.locator('[data-testid="transcript"] .bubble.customer').getByText('什么时候能处理').waitFor();
  await page.locator('[data-testid="reply-box"]').waitFor();
  assert.equal(await page.locator('[data-testid="briefing"]').count(), 0, 'the briefing waits');

  // Back to the inbox afresh: the briefing is its first screen.
  await page.locator('[data-nav="dashboard"]').click();
  await page.locator('[data-testid="reply-rate"]').waitFor();
  await page.locator('[data-nav="inbox"]').click();
  await page.locator('[data-testid="briefing"] [data-testid="briefing-item"]').filter({ hasText: 'busy-buyer' }).waitFor();
  assert.deepEqual(ui.errors, []);
});
