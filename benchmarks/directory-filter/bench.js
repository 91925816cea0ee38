// Types a search into <ctk-contact-directory> holding 10,000 contacts, one keystroke at a
// time, then deletes it again, and reports the median and the 95th percentile of the time per
// keystroke: from the input event to the directory updated and laid out (not painted).
// The one-file build: every import already resolved, as an intranet page would load it.
import '../../packages/elements/dist/ctkit.min.js';

const categories = ['emergency', 'report', 'advice', 'support'];
const contacts = Array.from({ length: 10_000 }, (_, i) => {
  const n = String(i).padStart(4, '0');
  return {
    id: `contact-${i}`,
    name: `Contact number ${i}`,
    organisation: `Organisation ${i % 97}`,
    category: categories[i % 4],
    summary: 'An advice line for people worried about exploitation at work, open on weekdays.',
    phones: [{ number: `+44163296${n}`, display: `01632 96${n}`, freephone: i % 2 === 0 }],
    emails: [],
    websites: [{ url: `https://example.org/contacts/${i}`, label: 'Website' }],
    availability: { type: 'weekly', timeZone: 'Europe/London', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '17:00' }] },
    languages: ['en'],
    jurisdictions: ['GB-ENG'],
    audiences: ['public'],
    source: { title: 'Benchmark data', url: 'https://example.org/' },
    verifiedOn: '2026-11-30',
  };
});

const el = document.createElement('ctk-contact-directory');
el.contacts = contacts;
document.body.append(el);
await el.updateComplete;
const input = el.shadowRoot.querySelector('input');

const typed = ['number 4321', '01632 964321'];
const queries = typed.flatMap((text) => {
  const prefixes = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  return [...prefixes, ...prefixes.slice(0, -1).reverse(), ''];
});

const times = [];
for (const query of queries) {
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  void el.shadowRoot.firstElementChild.offsetHeight; // lay it out
  times.push(performance.now() - start);
  await new Promise((resolve) => requestAnimationFrame(resolve));
}
times.sort((a, b) => a - b);
window.ninetyFifth = times[Math.floor(times.length * 0.95)];
window.tachometerResult = times[Math.floor(times.length / 2)];
console.log(`median ${window.tachometerResult.toFixed(2)} ms, 95th percentile ${window.ninetyFifth.toFixed(2)} ms over ${times.length} keystrokes`);
