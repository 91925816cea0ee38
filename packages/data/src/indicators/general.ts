import { defineSet } from './define-set.js';
import { dhs, homeOffice, ilo, unodc } from './sources.js';

/**
 * Signs to look for: everyone.
 */
export const indicatorSet = defineSet({
  id: 'general',
  title: 'Signs to look for: everyone',
  summary:
    'Signs that a person may be trafficked or exploited, for anyone at work. A sign is a reason to ask more and to get advice, not proof, and many victims do not see themselves as victims.',
  credits: [homeOffice, unodc, ilo, dhs],
  categories: {
    physical: [
      {
        id: 'general-unexplained-injuries',
        text: 'They have injuries they cannot or will not explain, or the explanation does not fit the injury.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators', 'ilo-forced-labour-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-untreated-health-problems',
        text: 'They have health problems that have not been treated, or they cannot see a doctor when they need one.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-tired-or-underfed',
        text: 'They look very tired, hungry or underfed, as if they do not get enough food, water or sleep.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'general-clothes-not-suitable',
        text: 'Their clothes do not suit the weather or the work they do.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
    ],
    psychological: [
      {
        id: 'general-fearful-or-withdrawn',
        text: 'They seem frightened, anxious or withdrawn, or they obey another person without question.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-someone-speaks-for-them',
        text: 'Another person answers for them, or they look at another person before they answer.',
        credits: ['unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-rehearsed-story',
        text: 'Their story sounds rehearsed, as if someone told them what to say.',
        credits: ['unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-afraid-of-authorities',
        text: 'They are afraid of the police or other officials, or do not want their help.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
      {
        id: 'general-threatened',
        text: 'They or their family have been threatened, for example with violence or with being reported to the authorities.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
    ],
    situational: [
      {
        id: 'general-isolated',
        text: 'They have little contact with family or friends, and rarely go out on their own.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators', 'ilo-forced-labour-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-poor-living-conditions',
        text: 'They live in crowded, dirty or unsafe housing, or sleep at the place where they work.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators', 'ilo-forced-labour-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-few-belongings',
        text: 'They have very few personal belongings.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'general-does-not-know-address',
        text: 'They do not know the address of their home or their work.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'general-many-people-one-address',
        text: 'Many people seem to live at one address, or they are often moved from place to place.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'general-unusual-security',
        text: 'Their home or workplace has unusual security, such as covered windows or locks that keep people in.',
        credits: ['unodc-indicators', 'dhs-blue-campaign'],
      },
    ],
    'work-and-pay': [
      {
        id: 'general-debt-cannot-repay',
        text: 'They owe money to an employer, a recruiter or the person who arranged their travel, and cannot pay it back.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-pay-withheld',
        text: 'They get little or no pay, or someone else takes or keeps their wages.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
      {
        id: 'general-very-long-hours',
        text: 'They work very long hours and have few or no days off.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
      {
        id: 'general-job-not-as-promised',
        text: 'The work or the pay is not what they were promised.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
      {
        id: 'general-depends-on-employer',
        text: 'They depend on their employer for housing, transport or food, and have no choice about it.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'general-documents-held-by-others',
        text: 'Someone else keeps their passport or other identity documents.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'general-no-or-false-documents',
        text: 'They have no identity documents, or their documents seem false or belong to someone else.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
      {
        id: 'general-movement-controlled',
        text: 'They cannot come and go freely, or someone always takes them where they go.',
        credits: ['home-office-statutory-guidance', 'ilo-forced-labour-indicators', 'unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'general-unusual-travel-times',
        text: 'They are picked up or dropped off at unusual times, such as very early in the morning or late at night.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    'sexual-exploitation': [
      {
        id: 'general-sexual-moved-often',
        text: 'They are moved often between flats, hotels or towns, and do not know the area they are in.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'general-sexual-others-arrange-clients',
        text: 'Someone else advertises them online, arranges who they see, or keeps the money.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
      {
        id: 'general-sexual-no-say',
        text: 'They have no say over who they see or how often, and cannot refuse sex without a condom.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'general-sexual-lives-where-works',
        text: 'They live and sleep in the place where they are made to sell sex, or are always driven there and back.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
    ],
    'criminal-exploitation': [
      {
        id: 'general-criminal-made-to-commit-crime',
        text: 'They are made to steal, beg, grow cannabis or sell drugs, and must hand over what they get.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
      {
        id: 'general-criminal-county-lines',
        text: 'A child or young person is sent to towns far from home to sell drugs (known as county lines), often with a phone they must always answer.',
        credits: ['home-office-statutory-guidance'],
        child: true,
      },
      {
        id: 'general-criminal-home-taken-over',
        text: 'People have taken over the home of someone vulnerable, to sell drugs or commit other crimes from it.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'general-criminal-threats-if-they-stop',
        text: 'They say that they or their family will be hurt if they stop, or if they talk to the police.',
        credits: ['home-office-statutory-guidance', 'ilo-forced-labour-indicators'],
      },
    ],
    vulnerability: [
      {
        id: 'general-vulnerability-language',
        text: 'They do not speak English and depend on one person to speak for them.',
        credits: ['ilo-forced-labour-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'general-vulnerability-immigration-status',
        text: 'Someone uses their immigration status, or their fear of being sent home, to control them.',
        credits: ['ilo-forced-labour-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'general-vulnerability-taken-advantage-of',
        text: 'Someone takes advantage of their addiction, learning disability, mental ill health or homelessness.',
        credits: ['ilo-forced-labour-indicators', 'home-office-statutory-guidance'],
      },
    ],
    children: [
      {
        id: 'general-child-without-parent',
        text: 'A child is with an adult who is not their parent or guardian, and the adult cannot explain why.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'general-child-unsuitable-work',
        text: 'A child does work that is not suitable for their age, or has no time for school or play.',
        credits: ['unodc-indicators'],
      },
    ],
  },
});
