import { expect } from '@open-wc/testing';
import type { Availability } from '@ctkit/data/schemas';
import { openAt } from './hours.js';

type Weekly = Extract<Availability, { type: 'weekly' }>;
const weekdays = (timeZone: string): Weekly => ({
  type: 'weekly',
  timeZone,
  hours: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '18:00' },
    { days: ['sat'], opens: '10:00', closes: '12:00' },
  ],
});

describe('openAt: open now, and the hours today, in the contact’s own time zone', () => {
  it('is open inside the hours and closed outside them (London in winter: GMT)', () => {
    expect(openAt(weekdays('Europe/London'), new Date('2026-11-30T10:00:00Z'))).to.deep.equal({ open: true, today: '08:00–18:00' });
    expect(openAt(weekdays('Europe/London'), new Date('2026-11-30T07:59:00Z'))).to.deep.equal({ open: false, today: '08:00–18:00' });
    expect(openAt(weekdays('Europe/London'), new Date('2026-11-30T18:00:00Z'))).to.deep.equal({ open: false, today: '08:00–18:00' });
  });

  it('follows summer time (London in July: BST, UTC+1)', () => {
    expect(openAt(weekdays('Europe/London'), new Date('2026-07-01T07:30:00Z'))?.open).to.equal(true);
    expect(openAt(weekdays('Europe/London'), new Date('2026-07-01T17:30:00Z'))?.open).to.equal(false);
  });

  it('uses the day in the contact’s zone, not the reader’s', () => {
    // Monday 03:00 UTC is still Sunday evening in New York: closed all day.
    expect(openAt(weekdays('America/New_York'), new Date('2026-11-30T03:00:00Z'))).to.deep.equal({ open: false, today: '' });
    expect(openAt(weekdays('Europe/London'), new Date('2026-12-05T11:00:00Z'))).to.deep.equal({ open: true, today: '10:00–12:00' });
  });

  it('gives no answer for a zone the browser does not know', () => {
    expect(openAt(weekdays('Nowhere/Atlantis'), new Date())).to.equal(undefined);
  });
});
