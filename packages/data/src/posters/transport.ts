import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for transport: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'transport',
  audience: 'public',
  title: 'Could someone on your journey need help?',
  intro: 'People who are exploited may be driven to work, or sent far from home.',
  signs: [
    { indicator: 'transport-someone-else-in-charge', why: 'Drivers see who pays and who speaks, and the Blue Campaign names it.' },
    { indicator: 'transport-passenger-afraid', why: 'Drivers and staff meet passengers face to face, so fear can show.' },
    { indicator: 'transport-passenger-does-not-know-address', why: 'A driver may be the one who asks where they are going, and UNODC names it.' },
    { indicator: 'transport-child-travelling-far-alone', why: 'Children made to sell drugs far from home travel by train and bus, and the Home Office names it.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to ask or to report what you saw.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
