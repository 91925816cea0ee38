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
 * When a contact is open, in words: "Open 24/7", "Mon–Fri 08:00–18:00 (UK time)" (with "not
 * confirmed" when the data says so), or `undefined` when no source gives the hours.
 */
export function openingHours(availability: Availability): string | undefined {
  if (availability.type === 'always') return msg('Open 24/7');
  if (availability.type === 'unknown') return undefined;
  const zone = availability.timeZone === 'Europe/London' ? msg('UK time') : availability.timeZone;
  const periods = availability.hours.map((period) => `${dayRuns(period.days)} ${period.opens}–${period.closes}`);
  return `${periods.join('; ')} (${availability.confirmed === false ? `${zone}; ${msg('not confirmed')}` : zone})`;
}

type Weekly = Extract<Availability, { type: 'weekly' }>;
/** The day and time in each zone at the last `now` asked about: many contacts share a zone. */
const clocks = new Map<string, { at: number; day: Weekday; time: string }>();

/**
 * Whether a contact with weekly hours is open at `now`, and its hours today ("08:00–18:00",
 * empty when closed all day), both in the contact's own time zone; `undefined` when this
 * browser does not know the zone.
 */
export function openAt(availability: Weekly, now: Date): { open: boolean; today: string } | undefined {
  const zone = availability.timeZone;
  let clock = clocks.get(zone);
  if (clock?.at !== now.getTime()) {
    try {
      const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
          .formatToParts(now)
          .map((part) => [part.type, part.value]),
      );
      clock = { at: now.getTime(), day: String(parts.weekday).toLowerCase() as Weekday, time: `${parts.hour}:${parts.minute}` };
      clocks.set(zone, clock);
    } catch {
      return undefined;
    }
  }
  const { day, time } = clock;
  const periods = availability.hours.filter((period) => period.days.includes(day));
  return {
    open: periods.some((period) => period.opens <= time && time < period.closes),
    today: periods.map((period) => `${period.opens}–${period.closes}`).join(', '),
  };
}
