// The inbox: live escalations, replying, resolving, and "save as FAQ" closing the loop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openBrowser, inbound } from './harness.mjs';

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

test('a buyer message that escalates appears in the inbox live; a person replies and resolves it', async () => {
  const { page } = ui;
  await page.locator('[data-nav="inbox"].active').waitFor();
  await page.getByText('Nothing waits for you').waitFor();
  const out = await inbound(server, 'angry-buyer', '衣服破了个洞，我要退款！太差劲了', {
    order: { id: '240618-000111', status: '交易成功', items: [{ title: '纯棉儿童T恤', quantity: 1 }] },
  });
  assert.equal(out.decision.action, 'escalate', 'an after-sale complaint goes to a person');
  const row = page.locator('[data-testid="inbox-row"][data-customer="angry-buyer"]');
  await row.waitFor();
  await page.locator('[data-testid="unread"]').waitFor();
  // A calmer second one, to show the ranking.
  await inbound(server, 'photo-buyer', '', { kind: 'image', media_url: 'https://example.invalid/a.jpg' });
  await page.locator('[data-testid="inbox-row"][data-customer="photo-buyer"]').waitFor();
  const first = await page.locator('[data-testid="inbox-row"]').first().getAttribute('data-customer');
  assert.equal(first, 'angry-buyer', 'the upset after-sale buyer is ranked first');

  await row.click();
  await page.locator('[data-testid="transcript"] .bubble.customer').getByText('衣服破了个洞').waitFor();
  await page.locator('[data-testid="transcript"] .sys-line').getByText('Handed to a person: After-sale').waitFor();
  await page.locator('[data-testid="order-card"]').getByText('240618-000111').waitFor();
  await page.locator('[data-testid="trace"]').waitFor();
  await ui.shot('inbox');

  await page.locator('[data-testid="reply-box"]').fill('非常抱歉！麻烦拍一下破洞的照片，我们马上给您补发一件。');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('[data-testid="transcript"] .bubble.agent').getByText('马上给您补发').waitFor();
  await page.locator('[data-testid="note-box"]').fill('补发 110 码');
  await page.getByRole('button', { name: 'Add note' }).click();
  await page.locator('[data-testid="transcript"] .bubble.note').getByText('补发 110 码').waitFor();
  await ui.shot('inbox-replied');

  await page.getByRole('button', { name: 'Resolve' }).click();
  await row.waitFor({ state: 'detached' });
  assert.deepEqual(ui.errors, [], 'no script errors on the page');
});

test('"save as FAQ" makes the next identical question answered automatically', async () => {
  const { page } = ui;
  const question = '衣服上可以绣宝宝的名字吗';
  const first = await inbound(server, 'name-buyer', question);
  assert.equal(first.decision.action, 'escalate', 'the demo FAQ does not cover embroidery');
  const row = page.locator('[data-testid="inbox-row"][data-customer="name-buyer"]');
  await row.click();
  await page.locator('[data-testid="reply-box"]').fill('可以的亲，下单备注名字即可，免费绣字～');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('.bubble.agent').getByText('免费绣字').waitFor();
  await page.getByRole('button', { name: 'Save as FAQ' }).click();
  const dialog = page.locator('[data-testid="save-faq"]');
  assert.equal(await dialog.locator('input[name="question"]').inputValue(), question);
  assert.match(await dialog.locator('textarea[name="answer"]').inputValue(), /免费绣字/);
  await ui.shot('save-as-faq');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.getByText('Saved to the FAQ').waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });

  const next = await inbound(server, 'another-buyer', question);
  assert.equal(next.decision.action, 'answer', 'the same question is now answered');
  assert.match(next.reply.text, /免费绣字/);
});

test('conversations are searchable by buyer and by order number', async () => {
  const { page } = ui;
  await page.locator('[data-nav="conversations"]').click();
  await page.locator('.plain-list .row').first().waitFor();
  const all = await page.locator('.plain-list .row').count();
  assert.ok(all >= 3, `every conversation is listed (${all})`);
  await page.locator('.list-pane input[type="search"]').fill('240618-000111');
  await page.waitForFunction(() => document.querySelectorAll('.plain-list .row').length === 1);
  assert.match(await page.locator('.plain-list .row').innerText(), /angry-buyer/);
  await page.locator('.plain-list .row').click();
  await page.locator('[data-testid="transcript"] .bubble.customer').getByText('衣服破了个洞').waitFor();
  await ui.shot('conversations');
  assert.deepEqual(ui.errors, []);
});
