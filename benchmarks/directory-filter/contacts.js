// Made-up contacts (01632 96xxxx is Ofcom's range for drama), the same for ctkit and its static
// twin: 10,000, or as many as asked; and the keystrokes both type: a name, then a number, each
// typed and deleted.
const categories = ['emergency', 'report', 'advice', 'support'];
export const makeContacts = (count) => Array.from({ length: count }, (_, i) => {
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
export const contacts = makeContacts(10_000);


const typed = ['number 4321', '01632 964321'];
export const queries = typed.flatMap((text) => {
  const prefixes = Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
  return [...prefixes, ...prefixes.slice(0, -1).reverse(), ''];
});
