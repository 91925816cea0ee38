import { emergencyLine } from '../emergency-line.js';
import { defineContact } from '../define.js';

/**
 * Police, fire, ambulance: emergency.
 */
export const contact = defineContact({
  id: 'police-emergency',
  name: 'Police, fire, ambulance: emergency',
  organisation: 'UK emergency services',
  category: 'emergency',
  summary:
    'Call 999 if someone is in immediate danger or a crime is happening now. Deaf, hard of hearing or speech-impaired people can also use the 999 BSL video relay service in British Sign Language (app or website, free, 24/7, no registration).',
  phones: [
    emergencyLine,
    {
      number: '999',
      display: '999',
      label: 'Text',
      textOnly: true,
      note: 'Register first: text "register" to 999, then reply "yes". Only registered phones can text 999.',
    },
    { number: '18000', display: '18000', label: 'Textphone (Relay UK)', textphone: true },
  ],
  emails: [],
  websites: [],
  availability: { type: 'always' },
  languages: ['en'],
  jurisdictions: ['GB-ENG', 'GB-WLS', 'GB-SCT', 'GB-NIR'],
  audiences: ['public', 'victims', 'professionals', 'children'],
  source: {
    title: 'West Yorkshire Police: deaf and hard of hearing information (emergency SMS, Relay UK)',
    url: 'https://www.westyorkshire.police.uk/advice/our-services/accessible-information/deaf-and-hard-hearing-information/deaf-and-hard-hearing-information',
  },
  credits: [
    { title: 'Cambridgeshire and Hertfordshire police: accessible contact methods (18000; text REGISTER to 999)', url: 'https://www.contactcambspolice.uk/Contact/Accessible.aspx' },
  ],
  verifiedOn: '2026-12-03',
});
