import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for schools and colleges: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'education',
  audience: 'public',
  title: 'Could a pupil here need help?',
  intro: 'Children can be exploited too, sometimes by people they think are friends.',
  signs: [
    { indicator: 'education-missing-or-absent', why: 'A school often sees it first, and the Home Office and the Blue Campaign name it.' },
    { indicator: 'education-often-tired-or-hungry', why: 'Staff see pupils every day, so hunger or tiredness can show.' },
    { indicator: 'education-older-friends', why: 'Staff may see who meets a pupil after school, and the Home Office names it.' },
    { indicator: 'education-unexplained-money-or-gifts', why: 'Gifts and money can be used to draw a child in, and the Home Office names it.' },
    { indicator: 'education-afraid-of-adult', why: 'Staff may notice when a pupil does not want to go home.' },
  ],
  proof: 'A sign is not proof, but it is a good reason to tell the school’s safeguarding lead.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
