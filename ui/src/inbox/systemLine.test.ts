import { describe, expect, it } from 'vitest';
import { gistText, parseSystemLine, systemText } from './systemLine';
import { fill } from '../lib/i18n/index.svelte';
import { en } from '../lib/i18n/en';
import { zh } from '../lib/i18n/zh';
import type { MessageKey } from '../lib/i18n/en';

const tEn = (k: MessageKey, p?: Record<string, string | number>) => fill(en[k], p);
const tZh = (k: MessageKey, p?: Record<string, string | number>) => fill(zh[k], p);

describe('system lines', () => {
  it('parses the escalation line: reason, quote with commas and colons, order status', () => {
    expect(parseSystemLine('escalated: after_sale: "衣服破了, 怎么办: 急", order 交易成功')).toEqual({
      type: 'escalated',
      reason: 'after_sale',
      quote: '衣服破了, 怎么办: 急',
      order: '交易成功',
    });
    expect(parseSystemLine('escalated: media: image from buyer')).toEqual({ type: 'escalated', reason: 'media', media: 'image' });
    expect(parseSystemLine('escalated: rule 过敏 keyword: "宝宝过敏了"')).toMatchObject({ reason: 'rule', rule: '过敏 keyword', quote: '宝宝过敏了' });
    expect(parseSystemLine('resolved by owner')).toEqual({ type: 'resolved', by: 'owner' });
    expect(parseSystemLine('snoozed by owner until 2026-11-21T10:00:00+08:00')).toMatchObject({ type: 'snoozed', by: 'owner' });
    expect(parseSystemLine('resolved automatically: idle')).toEqual({ type: 'auto_resolved' });
  });

  it('falls back to the raw text for unknown shapes and reasons', () => {
    for (const raw of ['escalated: teleport: "x"', 'escalated: anger: something else', 'guard replied', '']) {
      expect(parseSystemLine(raw)).toEqual({ type: 'raw', text: raw });
      expect(systemText(raw, tEn, 'en')).toBe(raw);
    }
  });

  it('words the line in Chinese and English, with the order status localized', () => {
    const line = 'escalated: after_sale: "衣服破了", order 交易成功';
    expect(systemText(line, tZh, 'zh-CN')).toBe('已转人工：售后，“衣服破了”，订单交易成功'.replace('售后', zh['reason.after_sale']));
    expect(systemText(line, tEn, 'en')).toBe('Handed to a person: After-sale · “衣服破了” · order Completed');
    expect(systemText('escalated: media: image from buyer, order 已发货', tEn, 'en')).toBe(
      'Handed to a person: Image / video · Image from the buyer · order Shipped',
    );
    expect(systemText('resolved by owner', tZh, 'zh-CN')).toBe('owner 已解决');
  });
});

describe('briefing gist', () => {
  it('drops the reason (shown as a badge) and localizes the order', () => {
    expect(gistText('after_sale: "衣服破了", order 交易成功', tEn, 'en')).toBe('“衣服破了” · order Completed');
    expect(gistText('media: video from buyer', tZh, 'zh-CN')).toBe(`买家发来${zh['kind.video']}`);
    expect(gistText('something the server says', tEn, 'en')).toBe('something the server says');
  });
});
