import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for airlines and airports: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'aviation',
  audience: 'public',
  title: 'Could a passenger near you need help?',
  intro: 'People can be moved by air to be exploited, with someone else in control.',
  signs: [
    { indicator: 'aviation-companion-watches-closely', why: 'Crew and other passengers can see it, and the air travel guidance names it.' },
    { indicator: 'aviation-companion-holds-documents', why: 'It is easy to see at check-in and at the gate, and all three sources name it.' },
    { indicator: 'aviation-does-not-know-destination', why: 'A short, friendly chat can bring it out, and ICAO and IATA both name it.' },
    { indicator: 'aviation-passenger-afraid-or-confused', why: 'Crew see passengers for hours, so fear or drowsiness can show.' },
    { indicator: 'aviation-child-afraid-of-adult', why: 'A child may not be able to ask for help, and two sources name it.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to tell the crew or airport staff.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
