import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for everyone: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'general',
  audience: 'public',
  title: 'Could someone near you need help?',
  intro: 'Modern slavery can happen to anyone, and the signs are easy to miss.',
  signs: [
    { indicator: 'general-movement-controlled', why: 'All four sources name it, and you can see it in public: the person is never on their own.' },
    { indicator: 'general-tired-or-underfed', why: 'How a person looks is one of the signs the public can see, and the Home Office names it.' },
    { indicator: 'general-isolated', why: 'All four sources name it, and neighbours may notice someone who rarely goes out alone.' },
    { indicator: 'general-poor-living-conditions', why: 'All four sources name it, and neighbours may see crowded or unsafe housing.' },
    { indicator: 'general-documents-held-by-others', why: 'Taking a person’s passport is a key way to stop them leaving, and three sources name it.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to ask or to share your concern.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
