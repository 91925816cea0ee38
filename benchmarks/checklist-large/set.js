// A set of an organisation's own with 10,000 signs in one category: what the checklist must
// render at once (a page of signs at a time), however long the set.
import { set } from '../checklist/set.js';

export const largeSet = {
  ...set,
  id: 'large-set',
  categories: [
    {
      id: 'many',
      title: 'Many signs',
      indicators: Array.from({ length: 10_000 }, (_, i) => ({ id: `large-set-sign-${i}`, text: `A sign to look for, number ${i + 1}.`, credits: [set.credits[0].id] })),
    },
  ],
};
