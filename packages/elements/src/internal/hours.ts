import { msg } from '@lit/localize';
import type { Availability, Weekday } from '@ctkit/data/schemas';

const order: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Short day names, in the current locale (a function: msg() must run at render time). */
const dayNames = (): string[] => [msg('Mon'), msg('Tue'), msg('Wed'), msg('Thu'), msg('Fri'), msg('Sat'), msg('Sun')];

/** Days as runs: `mon,tue,wed,thu,fri` → "Mon–Fri"; `mon,wed` → "Mon, Wed". */
function dayRuns(days: readonly Weekday[]): string {
  const names = dayNames();
  const runs: number[][] = [];
  order.forEach((day, i) => {
    if (!days.includes(day)) return;
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  });
  return runs
    .map((run) => (run.length > 2 ? `${names[run[0] as number]}–${names[run[run.length - 1] as number]}` : run.map((i) => names[i]).join(', ')))
    .join(', ');
}

/**
 * When a contact is open, in words: "Open 24/7", "Mon–Fri 08:00–18:00 (UK time)", or
 * `undefined` when no source gives the hours.
 */
export function openingHours(availability: Availability): string | undefined {
  if (availability.type === 'always') return msg('Open 24/7');
  if (availability.type === 'unknown') return undefined;
  const zone = availability.timeZone === 'Europe/London' ? msg('UK time') : availability.timeZone;
  const periods = availability.hours.map((period) => `${dayRuns(period.days)} ${period.opens}–${period.closes}`);
  return `${periods.join('; ')} (${zone})`;
}
