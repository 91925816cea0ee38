import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for hotels and hospitality: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'hospitality',
  audience: 'public',
  title: 'Could a guest or worker here need help?',
  intro: 'Hotel staff and guests may see signs that others miss.',
  signs: [
    { indicator: 'hospitality-guest-never-alone', why: 'Front desk and room staff can see it, and the Blue Campaign and UNODC both name it.' },
    { indicator: 'hospitality-guest-seems-afraid', why: 'Staff meet guests face to face, so fear or control can show.' },
    { indicator: 'hospitality-many-visitors-one-room', why: 'The Blue Campaign names it as a sign that hotel staff can spot.' },
    { indicator: 'hospitality-cleaning-refused', why: 'Room staff see it first, and the Blue Campaign names it for them.' },
    { indicator: 'hospitality-workers-pay-taken', why: 'Other workers may hear about it, and the ILO names both taken pay and job debts.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to ask or to share your concern.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
