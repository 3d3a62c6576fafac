// The FAQ editor: create, edit, delete an entry; a CSV import with one bad row saves nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, openBrowser, call } from './harness.mjs';

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

test('create, edit and delete an FAQ entry', async () => {
  const { page } = ui;
  await page.locator('[data-nav="faq"]').click();
  await page.locator('[data-faq="ship_time"]').waitFor();
  assert.ok(await page.locator('[data-faq="ship_time"] input.switch').isChecked(), 'demo entries are on');
  await ui.shot('faq-editor');

  await page.locator('[data-testid="faq-new"]').click();
  const form = page.locator('[data-testid="faq-form"]');
  await form.locator('input[name="id"]').fill('night_delivery');
  await form.locator('input[name="question"]').fill('晚上下单第二天能发吗？');
  await form.locator('[data-testid="faq-save"]').click();
  await form.getByText('The answer must not be empty.').waitFor();
  await form.locator('textarea[name="answer"]').fill('亲，晚上 10 点前的订单第二天发出，单号 {order.tracking}');
  await form.locator('[data-testid="faq-save"]').click();
  await form.getByText('Unknown placeholder {order.tracking}.').waitFor();
  await form.locator('textarea[name="answer"]').fill('亲，晚上 10 点前的订单第二天发出～{shop.name}');
  await form.locator('input[name="paraphrase"]').fill('半夜拍的明天发货吗');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await form.locator('[data-testid="faq-preview"]').getByText('青禾童装').waitFor();
  await ui.shot('faq-form');
  await form.locator('[data-testid="faq-save"]').click();
  await form.waitFor({ state: 'detached' });
  const row = page.locator('[data-faq="night_delivery"]');
  await row.waitFor();
  const saved = await call(server, 'GET', '/faq/night_delivery');
  assert.deepEqual(saved.paraphrases, ['半夜拍的明天发货吗']);

  await row.getByRole('button', { name: 'Edit' }).click();
  await form.locator('textarea[name="answer"]').fill('亲，晚上 11 点前的订单第二天发出');
  await form.locator('[data-testid="faq-save"]').click();
  await form.waitFor({ state: 'detached' });
  await row.getByText('11 点前').waitFor();
  assert.match((await call(server, 'GET', '/faq/night_delivery')).answer, /11 点前/);

  page.once('dialog', (d) => d.accept());
  await row.locator('[data-testid="faq-delete"]').click();
  await row.waitFor({ state: 'detached' });
  const list = await call(server, 'GET', '/faq');
  assert.ok(!list.items.some((i) => i.id === 'night_delivery'), 'deleted on the server');
});

test('a CSV import with one bad row shows the error and saves nothing', async () => {
  const { page } = ui;
  const before = (await call(server, 'GET', '/faq')).items.length;
  const dir = mkdtempSync(join(tmpdir(), 'owldesk-csv-'));
  const file = join(dir, 'faq.csv');
  writeFileSync(
    file,
    'id,question,paraphrases,answer,tags\n' +
      'gift_card,可以用礼品卡吗？,礼品卡能用吗|有购物卡吗,亲，暂不支持礼品卡～,支付\n' +
      'bad_row,这一行没有答案,,,\n',
  );
  await page.locator('[data-testid="faq-import"]').click();
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  const error = page.locator('[data-testid="import-error"]');
  await error.waitFor();
  assert.match(await error.innerText(), /line 3/, 'the error names the bad row');
  assert.equal(await page.locator('[data-testid="import-confirm"]').count(), 0, 'nothing to confirm');
  await ui.shot('faq-import-error');
  assert.equal((await call(server, 'GET', '/faq')).items.length, before, 'nothing was saved');

  writeFileSync(file, 'id,question,paraphrases,answer,tags\ngift_card,可以用礼品卡吗？,礼品卡能用吗,亲，暂不支持礼品卡～,支付\n');
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.locator('[data-testid="import-preview"]').getByText('gift_card').waitFor();
  await page.locator('[data-testid="import-confirm"]').click();
  await page.getByText('Imported.').waitFor();
  assert.equal((await call(server, 'GET', '/faq')).items.length, before + 1);
  assert.deepEqual(ui.errors, []);
});
