import { defineContact } from '../define.js';

/**
 * TARA (Trafficking Awareness Raising Alliance), part of Glasgow City Council: support in
 * Scotland for women trafficked for commercial sexual exploitation. A First Responder.
 */
export const contact = defineContact({
  id: 'tara',
  name: 'TARA (Trafficking Awareness Raising Alliance)',
  organisation: 'Glasgow City Council',
  category: 'support',
  summary:
    'Support in Scotland for women over 18 who may have been trafficked for commercial sexual exploitation: an assessment, a safe place and help through the National Referral Mechanism. TARA is a First Responder.',
  phones: [{ number: '+441412767724', display: '0141 276 7724', freephone: false }],
  emails: [],
  websites: [],
  availability: { type: 'unknown' },
  languages: ['en'],
  jurisdictions: ['GB-SCT'],
  audiences: ['victims', 'professionals'],
  confidence: 'unverified',
  confidenceNote:
    'The number comes from Scottish Government guidance published in 2019. No newer source we hold confirms it. Check it before you rely on it.',
  source: {
    title: 'Scottish Government: human trafficking and exploitation, what health workers need to know (2019): support services',
    url: 'https://www.gov.scot/publications/human-trafficking-exploitation-health-workers-need-know/pages/14/',
  },
  credits: [
    {
      title: 'Scottish Government: section 38 consultation report (TARA supports adult victims of commercial sexual exploitation; now part of Glasgow City Council)',
      url: 'https://gov.scot/publications/consultation-report-section-38-human-trafficking-exploitation-scotland-act-2015-duty-notify-provide-information-victims/pages/11',
    },
  ],
  verifiedOn: '2026-12-04',
});
