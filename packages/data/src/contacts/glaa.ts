import { defineContact } from '../define.js';

/**
 * Fair Work Agency (formerly the GLAA).
 */
export const contact = defineContact({
  id: 'glaa',
  name: 'Fair Work Agency (formerly the GLAA)',
  organisation: 'Fair Work Agency',
  formerNames: ['Gangmasters and Labour Abuse Authority (GLAA)'],
  category: 'report',
  summary:
    "Report labour exploitation or poor working conditions. The Fair Work Agency took over the Gangmasters and Labour Abuse Authority's work on 7 April 2026. It investigates; it is not an advice line.",
  phones: [{ number: '+448004320804', display: '0800 432 0804', freephone: true }],
  emails: [],
  websites: [],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS'],
  audiences: ['workers', 'public', 'professionals'],
  confidence: 'unverified',
  confidenceNote:
    "This is the GLAA's reporting line. No source since the Fair Work Agency launched on 7 April 2026 confirms that it still works or gives a new number.",
  source: {
    title: 'Gangmasters and Labour Abuse Authority: is the GLAA the correct enforcement body for you? (report issues)',
    url: 'https://gla.gov.uk/report-issues/is-the-glaa-the-correct-enforcement-body-for-you',
  },
  credits: [
    { title: 'Gangmasters and Labour Abuse Authority: complaints procedure (site header: Report Problems 0800 432 0804)', url: 'https://www.gla.gov.uk/who-we-are/complaints/complaints-procedure-external/' },
    {
      title: 'Dutton Gregory, 24 April 2026: the Fair Work Agency, the new enforcement reality for employers',
      url: 'https://www.duttongregory.co.uk/news/the-fair-work-agency-the-new-enforcement-reality-for-employers/',
    },
  ],
  verifiedOn: '2026-12-03',
});
