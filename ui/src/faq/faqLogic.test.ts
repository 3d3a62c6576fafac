import { describe, expect, it } from 'vitest';
import { blank, move, previewText, search, validate } from './faqLogic';
import type { FaqEntry, FaqItem } from '../lib/api/client';

const entry = (over: Partial<FaqEntry>): FaqEntry => ({ ...blank(0), id: 'x', question: 'q', answer: 'a', ...over });
const item = (e: FaqEntry): FaqItem => ({ ...e, stats: { hits: 0 } }) as FaqItem;

describe('faq search', () => {
  const items = [
    item(entry({ id: 'ship', question: '几天发货', paraphrases: ['什么时候发货', 'when do you ship'], tags: ['物流'] })),
    item(entry({ id: 'size', question: '尺码怎么选', answer: 'See the size chart', tags: ['尺码'] })),
  ];
  it('matches questions, paraphrases (Chinese and English) and answers', () => {
    expect(search(items, '什么时候', '').map((i) => i.id)).toEqual(['ship']);
    expect(search(items, 'SHIP', '').map((i) => i.id)).toEqual(['ship']);
    expect(search(items, 'size chart', '').map((i) => i.id)).toEqual(['size']);
    expect(search(items, '', '尺码').map((i) => i.id)).toEqual(['size']);
  });
});

describe('faq validation', () => {
  it('names empty answers, duplicate questions, bad ids and unknown placeholders', () => {
    const other = entry({ id: 'other', question: '几天发货' });
    const problems = validate(entry({ id: 'Bad Id', question: '几天发货', answer: '单号 {order.tracking}' }), [other]);
    expect(problems.map((p) => p.key).sort()).toEqual(['faq.err.duplicate', 'faq.err.id', 'faq.err.placeholder']);
    expect(validate(entry({ answer: ' ' }), []).map((p) => p.key)).toEqual(['faq.err.answer']);
    expect(validate(entry({ answer: '{order.tracking_no}' }), []), 'a known placeholder is fine').toEqual([]);
  });

  it('previews the variant for the chosen status with sample values', () => {
    const e = entry({ answer: '{shop.name} 发货', variants: { 已发货: '单号 {order.tracking_no}' } });
    expect(previewText(e, '已发货', '青禾')).toBe('单号 78461059328714');
    expect(previewText(e, '', '青禾')).toBe('青禾 发货');
  });

  it('moves paraphrases within bounds', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('enabled', () => {
  it('treats a missing enabled field as on (the server leaves it out when true)', async () => {
    const { isOn } = await import('./faqLogic');
    expect(isOn(entry({}))).toBe(true);
    const { enabled: _e, ...without } = entry({});
    expect(isOn(without as FaqEntry)).toBe(true);
    expect(isOn(entry({ enabled: false }))).toBe(false);
  });
});
