import { defineTopic } from '../define.js';
import { a21Guide, verifiedOn } from './sources.js';

/**
 * The modern slavery statement.
 */
export const topic = defineTopic({
  id: 'modern-slavery-statement',
  title: 'The modern slavery statement',
  summary:
    'Under section 54 of the Modern Slavery Act 2015, larger businesses must publish a statement each year on what they do about modern slavery in their business and supply chains.',
  sections: [
    {
      id: 'who-must-publish',
      title: 'Who must publish a statement',
      body: [
        'A commercial organisation must publish a statement for each financial year if it supplies goods or services, carries on all or part of its business in the UK, and has a total yearly turnover of £36 million or more.',
        'Check each year whether your organisation meets these conditions.',
      ],
    },
    {
      id: 'what-to-cover',
      title: 'What the statement can cover',
      body: ['The statutory guidance suggests that a statement covers six areas:'],
      items: [
        {
          text: 'The structure of the organisation, its business and its supply chains.',
          why: 'Readers need this to understand where risks may be.',
        },
        {
          text: 'Its policies on slavery and human trafficking.',
          why: 'These show what the organisation expects of its staff and suppliers.',
        },
        {
          text: 'Its due diligence processes on slavery and human trafficking in the business and its supply chains.',
          why: 'These show how the organisation checks for problems, not only what it intends.',
        },
        {
          text: 'Which parts of the business and supply chains are at risk, and the steps taken to assess and manage that risk.',
          why: 'Risk is not the same everywhere, so effort should go where the risk is highest.',
        },
        {
          text: 'How effective its actions have been, measured against performance indicators it chooses.',
          why: 'Measures show whether the actions are working and make progress visible from year to year.',
        },
        {
          text: 'The training on slavery and human trafficking available to its staff.',
          why: 'Trained staff are more likely to notice and report a problem.',
        },
      ],
    },
    {
      id: 'approval-and-publishing',
      title: 'Approving and publishing the statement',
      ordered: true,
      items: [
        { text: 'Write the statement for the financial year, covering the areas above.' },
        {
          text: 'Have it approved by the board of directors, or an equivalent body.',
          why: 'The law requires approval at the top of the organisation, so leaders are accountable for it.',
        },
        {
          text: 'Have it signed by a director, or an equivalent person. Partnerships have their own rules on who signs: see section 54.',
          why: 'A signature shows who is responsible for the statement.',
        },
        {
          text: 'Publish it on your website, with a link to it in a prominent place on the homepage.',
          why: 'The statement must be easy for the public to find.',
        },
        {
          text: 'Publish your policies on slavery and human trafficking on the website too, where staff, suppliers and the public can find them.',
          why: 'The guide this kit grew from asks for it: published policies show staff, suppliers and the public what you expect, and let them hold you to it.',
        },
        {
          text: 'If your organisation has no website, give a copy of the statement to anyone who asks for it in writing, within 30 days of their request (section 54(8)).',
          why: 'Without a website the law still makes the statement available to anyone who asks.',
        },
        {
          text: 'Repeat these steps every financial year.',
          why: 'The duty applies to each financial year, not only once.',
        },
      ],
    },
  ],
  source: {
    title: 'Modern Slavery Act 2015, section 54 (transparency in supply chains)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
  },
  credits: [
    a21Guide,
    {
      title: 'Home Office, Transparency in supply chains: a practical guide',
      url: 'https://www.gov.uk/government/publications/transparency-in-supply-chains-a-practical-guide',
      licence: 'OGL-3.0',
    },
  ],
  verifiedOn,
});
