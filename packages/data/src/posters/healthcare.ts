import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for healthcare: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'healthcare',
  audience: 'public',
  title: 'Could a patient here need help?',
  intro: 'A health visit may be a rare chance to speak away from the person in control.',
  signs: [
    { indicator: 'healthcare-companion-speaks-for-patient', why: 'Anyone in the room can notice it, and the guidance for health staff names it.' },
    { indicator: 'healthcare-companion-will-not-leave', why: 'It stops staff seeing the patient alone, which the guidance for health staff asks them to do.' },
    { indicator: 'healthcare-injuries-do-not-fit-account', why: 'Health staff see injuries up close, and the DHSC and Home Office both name it.' },
    { indicator: 'healthcare-documents-held', why: 'It can show when a patient signs in, and the DHSC and UNODC both name it.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to ask more or to tell staff.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
