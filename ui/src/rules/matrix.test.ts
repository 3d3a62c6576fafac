import { describe, expect, it } from 'vitest';
import { keywordRule, keywordsOf, readMatrix, rowRule } from './matrix';
import type { Rule } from '../lib/api/client';

describe('handoff matrix', () => {
  it('defaults to answering text and handing media over', () => {
    const m = readMatrix([]);
    expect(m.text['已发货']).toBe('answer');
    expect(m.image['已发货']).toBe('handover');
  });

  it('round-trips a changed row through a rule', () => {
    const row = { ...readMatrix([]).text, 已发货: 'handover' as const };
    const rule = rowRule('text', row);
    expect(rule?.id).toBe('matrix_text_handover');
    expect(rule?.actions).toEqual([{ type: 'escalate', priority: 'normal' }]);
    const back = readMatrix([rule as Rule]);
    expect(back.text['已发货']).toBe('handover');
    expect(back.text['待发货'], 'other statuses keep the default').toBe('answer');
  });

  it('answers images in chosen statuses with an answer rule, and an all-default row needs no rule', () => {
    const row = { ...readMatrix([]).image, 未下单: 'answer' as const };
    const rule = rowRule('image', row) as Rule;
    expect(rule.actions).toEqual([{ type: 'answer' }]);
    expect(readMatrix([rule]).image['未下单']).toBe('answer');
    expect(rowRule('image', readMatrix([]).image)).toBeNull();
  });

  it('ignores a disabled matrix rule', () => {
    const rule = { ...(rowRule('text', { ...readMatrix([]).text, 已发货: 'handover' }) as Rule), enabled: false };
    expect(readMatrix([rule]).text['已发货']).toBe('answer');
  });

  it('recognises keyword rules', () => {
    const r = keywordRule('kw_1', 'allergy', ['过敏', 'allergy'], 'urgent');
    expect(keywordsOf(r)).toEqual(['过敏', 'allergy']);
    expect(keywordsOf(rowRule('text', { ...readMatrix([]).text, 已发货: 'handover' }) as Rule)).toBeNull();
  });
});
