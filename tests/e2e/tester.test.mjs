// The tester's trace, switching language, and a handoff-matrix change seen in the simulator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser } from './harness.mjs';

let server;
let ui;
before(async () => {
  server = await startServer();
  ui = await openBrowser(server, { locale: 'zh-CN' });
});
after(async () => {
  await ui?.close();
  await server?.stop();
});

test('switching language changes the interface and is remembered', async () => {
  const { page } = ui;
  await page.locator('[data-nav="inbox"]').getByText('待处理').waitFor();
  await page.locator('.nav [data-lang="en"]').click();
  await page.locator('[data-nav="inbox"]').getByText('Inbox').waitFor();
  await page.reload();
  await page.locator('[data-nav="faq"]').getByText('FAQ').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.locator('.nav [data-lang="zh-CN"]').click();
  await page.locator('[data-nav="inbox"]').getByText('待处理').waitFor();
});

test('the tester shows the decision, candidates and the trace', async () => {
  const { page } = ui;
  await page.locator('[data-nav="tester"]').click();
  await page.locator('[data-testid="tester-input"]').fill('亲 拍下之后几天能发货呀');
  await page.locator('select[name="status"]').selectOption('待发货');
  await page.locator('[data-testid="tester-run"]').click();
  const trace = page.locator('[data-testid="trace"]');
  await trace.waitFor();
  await trace.getByText('什么时候发货？').first().waitFor();
  assert.match(await trace.innerText(), /规范化后/);
  assert.ok((await page.locator('[data-testid="tester-reply"]').innerText()).length > 5);
  await ui.shot('tester');
});

test('a handoff matrix change takes effect in the simulator', async () => {
  const { page } = ui;
  await page.locator('[data-nav="simulator"]').click();
  await page.locator('[data-testid="sim-status"]').selectOption('已发货');
  await page.locator('[data-testid="sim-input"]').fill('发什么快递？');
  await page.locator('[data-testid="sim-send"]').click();
  await page.locator('.pb.shop').first().waitFor();
  assert.equal(await page.locator('.pb.system').count(), 0, 'answered normally before the change');

  await page.locator('[data-nav="rules"]').click();
  const cell = page.locator('[data-kind="text"][data-status="已发货"]');
  assert.equal(await cell.getAttribute('data-cell'), 'answer');
  await cell.click();
  await page.locator('[data-kind="text"][data-status="已发货"][data-cell="handover"]').waitFor();
  await ui.shot('rules');

  await page.locator('[data-nav="simulator"]').click();
  await page.locator('[data-testid="sim-status"]').selectOption('已发货');
  await page.locator('[data-testid="sim-input"]').fill('发什么快递？');
  await page.locator('[data-testid="sim-send"]').click();
  await page.locator('.pb.system').getByText('已转人工').waitFor();
  await ui.shot('simulator');
  await page.locator('[data-nav="inbox"]').click();
  await page.locator('[data-testid="inbox-row"]').first().waitFor();
  assert.deepEqual(ui.errors, []);
});

test('the dashboard counts the simulated messages', async () => {
  const { page } = ui;
  await page.locator('[data-nav="dashboard"]').click();
  const first = page.locator('.kpi .kpi-n').first();
  await first.waitFor();
  assert.equal(await first.innerText(), '2', 'two buyer messages from the simulator');
  await page.locator('.kpis + .grid2 canvas').first().waitFor();
  await ui.shot('dashboard');
  assert.deepEqual(ui.errors, []);
});

test('settings show the data folder and make a backup', async () => {
  const { page } = ui;
  await page.locator('[data-nav="settings"]').click();
  const dir = page.locator('[data-testid="data-dir"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="data-dir"]')?.value.includes('owldesk-e2e-'));
  assert.match(await dir.inputValue(), /owldesk-e2e-/);
  await page.getByRole('button', { name: '立即备份' }).click();
  await page.getByText(/已备份到 .*owldesk-backup-\d{8}-\d{6}\.sqlite3/).waitFor();
  await ui.shot('settings');
  assert.deepEqual(ui.errors, []);
});

test('a keyword rule hands matching messages to a person, and thresholds show their effect', async () => {
  const { page } = ui;
  await page.locator('[data-nav="rules"]').click();
  await page.getByPlaceholder('名称').fill('过敏');
  await page.getByPlaceholder('关键词（逗号分隔）').fill('过敏, allergy');
  await page.getByRole('button', { name: '添加关键词规则' }).click();
  await page.locator('.tag').getByText('allergy').waitFor();
  // Two simulated messages were decided by the thresholds earlier in this file.
  await page.locator('[data-testid="threshold-effect"]').getByText('自动回答').waitFor();
  await page.locator('[data-nav="tester"]').click();
  await page.locator('[data-testid="tester-input"]').fill('宝宝皮肤过敏能穿吗');
  await page.locator('[data-testid="tester-run"]').click();
  await page.locator('[data-testid="tester-reply"]').getByText('过敏').waitFor();
  assert.match(await page.locator('[data-testid="trace"]').innerText(), /rule:过敏/);
});
