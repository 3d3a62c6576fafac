import { describe, expect, it } from 'vitest';
import { dayKind, errorAt, errorField, nextSpan, refreshDelay, relativeTime, tomorrowAt, withKind, localInput } from './night';
import { blankOutlet, outletKinds } from './outlets';
import { rateOption } from '../stats/replyRate';

describe('night mode logic', () => {
  it('"until 08:00 tomorrow" is the next local day at 08:00, also late at night and at month end', () => {
    const late = new Date(2026, 10, 30, 23, 30);
    const until = new Date(tomorrowAt('08:00', late));
    expect([until.getFullYear(), until.getMonth(), until.getDate(), until.getHours(), until.getMinutes()]).toEqual([2026, 11, 1, 8, 0]);
    expect(localInput(until.toISOString())).toBe('2026-12-01T08:00');
  });

  it('reads the field of a 422 error, without the document prefix, and matches fields inside it', () => {
    const e = errorField('invalid schedule.weekly[2][0].end: "25:00" is not a time HH:MM');
    expect(e).toEqual({ field: 'weekly[2][0].end', message: '"25:00" is not a time HH:MM' });
    expect(errorAt(e, 'weekly[2]'), 'the day holds its span').toBe(true);
    expect(errorAt(e, 'weekly[1]')).toBe(false);
    expect(errorAt(e, 'weekly[2][0].end')).toBe(true);
    expect(errorField('invalid schedule.timezone: "Mars/Base" is not an IANA time zone')?.field).toBe('timezone');
    expect(errorField('invalid alerts.outlets[0].secret: too short')?.field).toBe('outlets[0].secret');
    expect(errorField('the server cannot be reached'), 'no field: shown as a plain error').toBeNull();
    expect(errorAt(null, 'timezone')).toBe(false);
  });

  it('switches a day between closed, all day and spans, keeping spans it had', () => {
    expect(dayKind([])).toBe('closed');
    expect(dayKind([{ start: '00:00', end: '24:00' }])).toBe('allday');
    expect(dayKind([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '23:00' }])).toBe('spans');
    const two = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }];
    expect(withKind(two, 'spans')).toBe(two);
    expect(withKind(two, 'closed')).toEqual([]);
    expect(withKind([], 'allday')).toEqual([{ start: '00:00', end: '24:00' }]);
    expect(withKind([], 'spans')).toEqual([{ start: '09:00', end: '23:00' }]);
    expect(nextSpan([{ start: '09:00', end: '12:00' }])).toEqual({ start: '13:00', end: '14:00' });
    expect(nextSpan([{ start: '09:00', end: '23:30' }]), 'stays within the day').toEqual({ start: '22:00', end: '23:00' });
  });

  it('words the next switch relative to today', () => {
    const now = new Date(2026, 10, 21, 22, 0);
    const words = { today: 'today', tomorrow: 'tomorrow' };
    expect(relativeTime(new Date(2026, 10, 21, 23, 0).toISOString(), now, 'en', words)).toBe('today 23:00');
    expect(relativeTime(new Date(2026, 10, 22, 9, 0).toISOString(), now, 'en', words)).toBe('tomorrow 09:00');
    expect(relativeTime(new Date(2026, 10, 24, 9, 0).toISOString(), now, 'en', words)).toMatch(/24.*09:00/);
  });

  it('refreshes the status just after the next switch, between 1 s and the maximum', () => {
    const now = Date.parse('2026-11-21T14:59:30Z');
    expect(refreshDelay('2026-11-21T15:00:00Z', now)).toBe(31_000);
    expect(refreshDelay('2026-11-22T01:00:00Z', now)).toBe(60_000);
    expect(refreshDelay('2026-11-21T14:00:00Z', now), 'a switch in the past: soon').toBe(1_000);
    expect(refreshDelay(null, now)).toBe(60_000);
  });

  it('offers every outlet kind with its required fields', () => {
    expect(outletKinds.map((k) => blankOutlet(k).kind)).toEqual(['webhook', 'ntfy', 'wecom', 'email']);
    expect(blankOutlet('email')).toMatchObject({ port: 587, security: 'starttls' });
    expect(blankOutlet('webhook')).toMatchObject({ url: '', secret: '' });
  });

  it('charts the reply rate in percent, leaving days without messages empty', () => {
    const o = rateOption(
      [
        { date: '2026-11-20', messages: 8, replied_within_3m: 7, rate: 0.875 },
        { date: '2026-11-21', messages: 0, replied_within_3m: 0, rate: 1 },
      ],
      '#000',
    );
    expect(o.xAxis.data).toEqual(['11-20', '11-21']);
    expect(o.series[0]?.data).toEqual([87.5, null]);
  });
});
