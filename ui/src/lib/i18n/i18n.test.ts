import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { fill, pickLocale } from './index.svelte';

describe('languages', () => {
  it('follows the system language and prefers a saved choice', () => {
    expect(pickLocale(['zh-TW', 'en'], null)).toBe('zh-CN');
    expect(pickLocale(['en-US'], null)).toBe('en');
    expect(pickLocale(['fr-FR'], null), 'Chinese when nothing matches').toBe('zh-CN');
    expect(pickLocale(['en-US'], 'zh-CN'), 'a saved choice wins').toBe('zh-CN');
  });

  it('has every English key in Chinese, none empty, with the same slots', () => {
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(zh[k], k).toBeTruthy();
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(slots(zh[k]), `slots of ${k}`).toEqual(slots(en[k]));
    }
  });

  it('fills slots and leaves unknown ones', () => {
    expect(fill('{n} new, {x}', { n: 3 })).toBe('3 new, {x}');
  });
});
