import { definePoster } from '../define.js';
import { a21Guide, statutoryGuidance, verifiedOn } from './sources.js';

/** The public poster for police: the few signs that matter most there, chosen with the reason for each. */
export const poster = definePoster({
  id: 'law-enforcement',
  audience: 'public',
  title: 'Could this person be controlled by someone else?',
  intro: 'A person found committing a crime may have been forced to do it.',
  signs: [
    { indicator: 'general-criminal-made-to-commit-crime', why: 'The Home Office names it: a person who breaks the law may be exploited too.' },
    { indicator: 'law-enforcement-many-at-one-address', why: 'Officers may see it when they enter a house, and the Home Office names it.' },
    { indicator: 'law-enforcement-living-at-workplace', why: 'Officers see it at scenes and searches, and UNODC and the ILO name it.' },
    { indicator: 'law-enforcement-money-controlled', why: 'Officers may find it at a stop or a search, and the ILO and Home Office name it.' },
    { indicator: 'law-enforcement-child-drugs-cash-phones', why: 'It can point to county lines, where children are made to sell drugs.' },
  ],
  proof: 'A sign is not proof, but it is a reason to ask more, even if the person broke the law.',
  source: a21Guide,
  credits: [statutoryGuidance],
  verifiedOn,
});
