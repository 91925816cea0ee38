/**
 * Signs that a person may be trafficked or exploited: a general set for everyone, and one set
 * for each sector whose staff are likely to meet victims (hotels, aviation, healthcare,
 * transport, schools and the police).
 *
 * An indicator is a reason to ask more and to seek advice, never proof. No set scores or
 * adds up its indicators, and no indicator is written as a verdict. Many victims do not see
 * themselves as victims, and one sign alone may have an innocent reason.
 *
 * Every indicator is our own plain-English paraphrase, in short sentences for readers who may
 * read English as a second language. Each one credits the sources whose themes it reflects
 * (ids from its set's `credits`); nothing is copied. The general set is shown with every sector
 * set: a sector set only adds what staff in that sector see. This file holds no phone numbers:
 * components take them from `@ctkit/data/contacts`.
 *
 * Ids are kebab-case, start with the set id (`general-`, `hospitality-`, ...), are unique
 * across all sets and are stable across releases: integrators refer to them.
 *
 * @module
 */
import type { Credit, IndicatorSet, Sector, Source } from './schemas.js';

/** When the indicators were last checked against their sources. */
const verifiedOn = '2026-11-30';

// ---------------------------------------------------------------------------------------------
// Sources

/** Home Office statutory guidance: physical, psychological, situational and environmental signs. */
const homeOffice = {
  id: 'home-office-statutory-guidance',
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
} as const satisfies Credit;

/** UNODC lists: general, children, domestic servitude, sexual and labour exploitation, begging. */
const unodc = {
  id: 'unodc-indicators',
  title: 'UNODC, Human trafficking indicators',
  url: 'https://www.unodc.org/pdf/HT_indicators_E_LOWRES.pdf',
} as const satisfies Credit;

/** The ILO's 11 indicators of forced labour (ILO copyright: paraphrased only). */
const ilo = {
  id: 'ilo-forced-labour-indicators',
  title: 'ILO, Indicators of forced labour (paraphrased)',
  url: 'https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf',
} as const satisfies Credit;

/** US DHS Blue Campaign: general indicators, and signs by role for hospitality staff. */
const dhs = {
  id: 'dhs-blue-campaign',
  title: 'US Department of Homeland Security, Blue Campaign: indicators of human trafficking',
  url: 'https://www.dhs.gov/blue-campaign/indicators-human-trafficking',
} as const satisfies Credit;

/** ICAO guidance for cabin crew. */
const icao = {
  id: 'icao-circular-352',
  title:
    'ICAO Circular 352, Guidelines for training cabin crew on identifying and responding to trafficking in persons',
  url: 'https://www.icao.int/',
} as const satisfies Credit;

/** IATA awareness campaign for airline and airport staff. */
const iata = {
  id: 'iata-eyes-open',
  title: 'IATA, Airlines magazine: human trafficking, keeping your eyes open (#eyesopen)',
  url: 'https://airlines.iata.org/analysis/human-trafficking-keeping-your-eyes-open',
} as const satisfies Credit;

/** DHSC guidance for health staff: the companion who speaks for the patient, seeing them alone. */
const dhsc = {
  id: 'dhsc-health-staff',
  title:
    'Department of Health and Social Care, Identifying and supporting victims of modern slavery: guidance for health staff',
  url: 'https://www.gov.uk/government/publications/identifying-and-supporting-victims-of-human-trafficking-guidance-for-health-staff',
} as const satisfies Credit;

/** College of Policing APP on modern slavery. */
const collegeOfPolicing = {
  id: 'college-of-policing-app',
  title: 'College of Policing, Authorised Professional Practice: modern slavery',
  url: 'https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/',
} as const satisfies Credit;

// ---------------------------------------------------------------------------------------------
// Building a set

/** Category titles, in the order every set shows its categories. */
const categoryTitles = {
  physical: 'Physical signs',
  psychological: 'Behaviour and emotions',
  situational: 'Living and travel situation',
  'work-and-pay': 'Work and pay',
  'documents-and-movement': 'Documents and movement',
  'sexual-exploitation': 'Sexual exploitation',
  'criminal-exploitation': 'Criminal exploitation',
  vulnerability: 'Vulnerability used against them',
  children: 'Children',
} as const;

type CategoryId = keyof typeof categoryTitles;

const categoryOrder: readonly CategoryId[] = [
  'physical',
  'psychological',
  'situational',
  'work-and-pay',
  'documents-and-movement',
  'sexual-exploitation',
  'criminal-exploitation',
  'vulnerability',
  'children',
];

/** Ids of the sectors with their own set. */
type SectorId = 'hospitality' | 'aviation' | 'healthcare' | 'transport' | 'education' | 'law-enforcement';

/** An indicator as written below: its id starts with the set id, its credits are the set's. */
interface IndicatorDraft<SetId extends string, CreditId extends string> {
  readonly id: `${SetId}-${string}`;
  readonly text: string;
  readonly credits: readonly [CreditId, ...CreditId[]];
  /** The sign is about a child (every sign in `children`, and in a set `aboutChildren`, is). */
  readonly child?: true;
}

/** A set as written below. The first credit is the set's main source. */
interface SetDraft<SetId extends string, Credits extends readonly [Credit, ...Credit[]]> {
  readonly id: SetId;
  readonly title: string;
  readonly summary: string;
  readonly credits: Credits;
  /** Every sign of the set is about a child (a pupil, for example). */
  readonly aboutChildren?: true;
  readonly categories: {
    readonly [K in CategoryId]?: readonly IndicatorDraft<NoInfer<SetId>, NoInfer<Credits[number]['id']>>[];
  };
}

function sourceOf(credit: Credit): Source {
  return credit.licence === undefined
    ? { title: credit.title, url: credit.url }
    : { title: credit.title, url: credit.url, licence: credit.licence };
}

/**
 * Turns a draft into an {@link IndicatorSet}. The types check that every indicator id starts
 * with the set id and that every indicator credits only the set's own sources.
 */
function defineSet<const SetId extends 'general' | SectorId, const Credits extends readonly [Credit, ...Credit[]]>(
  draft: SetDraft<SetId, Credits>,
): IndicatorSet {
  return {
    id: draft.id,
    sector: draft.id,
    title: draft.title,
    summary: draft.summary,
    categories: categoryOrder.flatMap((categoryId) => {
      const indicators = draft.categories[categoryId];
      if (indicators === undefined || indicators.length === 0) return [];
      return [
        {
          id: categoryId,
          title: categoryTitles[categoryId],
          indicators: indicators.map(({ id, text, credits, child }) =>
            child || draft.aboutChildren || categoryId === 'children' ? { id, text, credits: [...credits], child: true } : { id, text, credits: [...credits] },
          ),
        },
      ];
    }),
    credits: draft.credits.map((credit) => ({ ...credit })),
    source: sourceOf(draft.credits[0]),
    verifiedOn,
  };
}

// ---------------------------------------------------------------------------------------------
// Sectors

/** The sectors with their own indicator set, in display order. */
export const sectors: readonly Sector[] = [
  {
    id: 'hospitality',
    name: 'Hotels and hospitality',
    roles: 'Front desk, housekeeping, food and drink, security and maintenance staff in hotels, hostels and other places to stay',
  },
  {
    id: 'aviation',
    name: 'Airlines and airports',
    roles: 'Cabin crew, gate and check-in staff, ground staff and airport security staff',
  },
  {
    id: 'healthcare',
    name: 'Healthcare',
    roles: 'Nurses, GPs, A&E and maternity staff, midwives, dentists, pharmacists and reception staff',
  },
  {
    id: 'transport',
    name: 'Buses, trains, taxis and rideshare',
    roles: 'Bus and coach drivers, rail and station staff, and taxi, minicab and rideshare drivers',
  },
  {
    id: 'education',
    name: 'Schools and education',
    roles: 'Teachers, teaching assistants, safeguarding leads, school nurses and office and support staff',
  },
  {
    id: 'law-enforcement',
    name: 'Police and law enforcement',
    roles: 'Police officers, police community support officers, custody staff and call handlers',
  },
] satisfies readonly (Sector & { id: SectorId })[];

// ---------------------------------------------------------------------------------------------
// General

const general = defineSet({
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

// ---------------------------------------------------------------------------------------------
// Sectors' own sets

const hospitality = defineSet({
  id: 'hospitality',
  title: 'Signs to look for: hotels and hospitality',
  summary:
    'Signs that front desk, housekeeping and other hotel staff may notice, to use with the general list. A sign is a reason to ask more and to share your concern, not proof.',
  credits: [dhs, unodc, ilo, homeOffice],
  categories: {
    psychological: [
      {
        id: 'hospitality-guest-never-alone',
        text: 'A guest is never alone, and another person always answers the door or speaks for them.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
      {
        id: 'hospitality-guest-seems-afraid',
        text: 'A guest seems afraid, confused or controlled, and avoids contact with staff.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'hospitality-cash-payments-short-stays',
        text: 'A room is paid for in cash, one night at a time, and the stay is extended again and again.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-little-luggage-long-stay',
        text: 'Guests stay for a long time but have little or no luggage.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-many-visitors-one-room',
        text: 'Many different visitors go to one room, at all hours, and each stays only a short time.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-more-people-than-booked',
        text: 'More people use a room than were booked, or there are signs that many people sleep there.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-cleaning-refused',
        text: 'A guest refuses room cleaning for several days, or leaves the ‘do not disturb’ sign on all the time.',
        credits: ['dhs-blue-campaign'],
      },
      {
        id: 'hospitality-guest-does-not-know-where',
        text: 'A guest does not know which hotel, town or area they are in.',
        credits: ['unodc-indicators'],
      },
    ],
    'work-and-pay': [
      {
        id: 'hospitality-workers-pay-taken',
        text: 'Agency or contract workers say that someone else takes their pay, or that they owe money for the job.',
        credits: ['ilo-forced-labour-indicators', 'unodc-indicators'],
      },
      {
        id: 'hospitality-workers-transported-together',
        text: 'Workers are dropped off and collected together by the same driver, very early or very late.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'hospitality-workers-housed-by-employer',
        text: 'Workers live in housing that their employer or agency controls, and rarely go anywhere else.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
      {
        id: 'hospitality-workers-lack-kit-or-training',
        text: 'Some workers lack the training, uniform or safety equipment that others doing the same job have.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'hospitality-one-guest-holds-ids',
        text: 'One person checks in for a group and keeps everyone’s identity documents.',
        credits: ['unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'hospitality-young-person-with-adult-guest',
        text: 'A young person stays with, or visits, an adult guest who is not their parent, and seems afraid of them or controlled by them.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
    ],
  },
});

const aviation = defineSet({
  id: 'aviation',
  title: 'Signs to look for: airlines and airports',
  summary:
    'Signs that cabin crew, gate and check-in staff may notice, to use with the general list. A sign is a reason to ask more and to follow your airline’s procedure, not proof.',
  credits: [icao, iata, unodc],
  categories: {
    physical: [
      {
        id: 'aviation-visible-injuries',
        text: 'The passenger has visible injuries or other signs of physical abuse.',
        credits: ['icao-circular-352'],
      },
    ],
    psychological: [
      {
        id: 'aviation-companion-answers-for-passenger',
        text: 'A fellow traveller answers every question for the passenger, or will not let them talk to staff alone.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-companion-watches-closely',
        text: 'A fellow traveller watches the passenger closely and does not leave them alone.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-passenger-afraid-or-confused',
        text: 'The passenger seems afraid, confused or unusually drowsy, and does not want to talk.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-rehearsed-answers',
        text: 'Answers about the trip sound rehearsed, or do not match what the fellow traveller says.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    situational: [
      {
        id: 'aviation-luggage-or-clothes-do-not-fit-trip',
        text: 'Their clothes or luggage do not fit the trip, such as no bag for a long stay or clothes not suited to the weather where they are going.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    'work-and-pay': [
      {
        id: 'aviation-job-abroad-paid-by-others',
        text: 'The passenger says that someone they hardly know arranged and paid for the trip for a job abroad, and they must pay it back.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'aviation-companion-holds-documents',
        text: 'Another person holds the passenger’s passport or boarding pass and will not let them keep it.',
        credits: ['icao-circular-352', 'iata-eyes-open', 'unodc-indicators'],
      },
      {
        id: 'aviation-does-not-know-destination',
        text: 'The passenger does not know where they are going, who will meet them or what they will do there.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
      {
        id: 'aviation-group-with-one-leader',
        text: 'A group travels with one person who holds all the documents and does all the talking.',
        credits: ['icao-circular-352', 'iata-eyes-open'],
      },
    ],
    children: [
      {
        id: 'aviation-child-with-unrelated-adult',
        text: 'A child travels with an adult who does not seem to be a parent or guardian, or who cannot answer simple questions about the child.',
        credits: ['icao-circular-352', 'iata-eyes-open', 'unodc-indicators'],
      },
      {
        id: 'aviation-child-afraid-of-adult',
        text: 'A child seems afraid of the adult they travel with, or is not allowed to speak for themselves.',
        credits: ['icao-circular-352', 'unodc-indicators'],
      },
    ],
  },
});

const healthcare = defineSet({
  id: 'healthcare',
  title: 'Signs to look for: healthcare',
  summary:
    'Signs that nurses, GPs, A&E and maternity staff may notice, to use with the general list. A sign is a reason to see the patient alone and ask more, not proof; if their age is unclear, treat them as a child.',
  credits: [dhsc, homeOffice, unodc],
  categories: {
    physical: [
      {
        id: 'healthcare-injuries-do-not-fit-account',
        text: 'Injuries do not fit the account given, or old injuries were never treated.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-work-related-injuries',
        text: 'Injuries or illness seem to come from unsafe work, such as cuts, burns, skin damage from chemicals, or back pain.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-repeated-sexual-health-needs',
        text: 'The patient has repeated sexual health problems, pregnancies or terminations, especially if they are young.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-late-antenatal-care',
        text: 'A pregnant patient comes for antenatal care late, or only when they are very unwell.',
        credits: ['dhsc-health-staff'],
      },
    ],
    psychological: [
      {
        id: 'healthcare-companion-speaks-for-patient',
        text: 'Someone with the patient speaks for them, or offers to interpret for them.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-companion-will-not-leave',
        text: 'The person with the patient will not leave the room, so you cannot see the patient alone.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-signs-of-trauma',
        text: 'The patient shows signs of trauma, such as fear, low mood, poor sleep, panic or self-harm.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-afraid-to-give-details',
        text: 'The patient is afraid of what staff will do with their details, or fears being reported.',
        credits: ['home-office-statutory-guidance', 'unodc-indicators'],
      },
    ],
    situational: [
      {
        id: 'healthcare-no-gp-or-address',
        text: 'The patient is not registered with a GP, does not know their address, or gives an address that many other patients also give.',
        credits: ['dhsc-health-staff', 'home-office-statutory-guidance'],
      },
      {
        id: 'healthcare-many-services-missed-follow-up',
        text: 'The patient has been seen at many different clinics or hospitals, or often misses follow-up appointments.',
        credits: ['dhsc-health-staff'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'healthcare-documents-held',
        text: 'The patient has no identity documents, or someone else holds them.',
        credits: ['dhsc-health-staff', 'unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'healthcare-age-unclear',
        text: 'The patient may be under 18, even if they or the person with them say otherwise, so treat them as a child until you know.',
        credits: ['dhsc-health-staff'],
      },
      {
        id: 'healthcare-child-with-unrelated-adult',
        text: 'A child is brought in by an adult who is not their parent or guardian and knows little about the child’s health or history.',
        credits: ['dhsc-health-staff', 'unodc-indicators'],
      },
    ],
  },
});

const transport = defineSet({
  id: 'transport',
  title: 'Signs to look for: buses, trains, taxis and rideshare',
  summary:
    'Signs that bus, rail, taxi and rideshare drivers and staff may notice, to use with the general list. A sign is a reason to ask more or to report what you saw, not proof.',
  credits: [homeOffice, unodc, dhs],
  categories: {
    physical: [
      {
        id: 'transport-injured-or-exhausted',
        text: 'A passenger has visible injuries, or looks exhausted or hungry.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
    ],
    psychological: [
      {
        id: 'transport-someone-else-in-charge',
        text: 'Another person pays the fare and gives the directions, and the passenger does not speak.',
        credits: ['dhs-blue-campaign', 'unodc-indicators'],
      },
      {
        id: 'transport-passenger-afraid',
        text: 'A passenger seems frightened, confused or controlled, and will not say why.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'transport-groups-collected-at-odd-hours',
        text: 'Groups of people are picked up or dropped off together, very early or very late, at the same houses or workplaces.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-always-escorted',
        text: 'A passenger is always taken to and from places by another person, and never travels alone.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
      {
        id: 'transport-passenger-does-not-know-address',
        text: 'A passenger does not know where they are going, or the address of where they live or work.',
        credits: ['unodc-indicators'],
      },
    ],
    children: [
      {
        id: 'transport-child-travelling-far-alone',
        text: 'A child travels alone, often far from home, during school hours or late at night.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-child-repeated-journeys',
        text: 'The same child makes the same long journeys again and again, sometimes with a bag or package they guard closely.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'transport-child-with-older-people',
        text: 'A child travels with older people who are not family, and seems afraid of them or controlled by them.',
        credits: ['unodc-indicators', 'dhs-blue-campaign'],
      },
      {
        id: 'transport-child-cash-or-phones',
        text: 'A child carries a lot of cash, or more than one phone, and cannot explain why.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
  },
});

const education = defineSet({
  id: 'education',
  aboutChildren: true,
  title: 'Signs to look for: schools',
  summary:
    'Signs that teachers and school staff may notice in a pupil, to use with the general list. A sign is a reason to ask more and to tell your designated safeguarding lead, not proof.',
  credits: [homeOffice, unodc, dhs],
  categories: {
    physical: [
      {
        id: 'education-unexplained-injuries',
        text: 'A pupil has injuries they cannot or will not explain.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'education-often-tired-or-hungry',
        text: 'A pupil often arrives very tired or hungry, or not dressed for the weather.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    psychological: [
      {
        id: 'education-sudden-change-in-behaviour',
        text: 'A pupil’s behaviour, mood or school work changes suddenly, for example they become angry, withdrawn or secretive.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
      {
        id: 'education-afraid-of-adult',
        text: 'A pupil seems afraid to go home, or afraid of an adult who is linked to them.',
        credits: ['dhs-blue-campaign', 'home-office-statutory-guidance'],
      },
    ],
    situational: [
      {
        id: 'education-carer-is-not-parent',
        text: 'The adult who looks after the pupil is not their parent, and cannot give basic facts about them.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'education-housework-eats-apart',
        text: 'A pupil says they do most of the housework or childcare at home, or eat apart from the family they live with.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'education-older-friends',
        text: 'A pupil has new, older friends or an older boyfriend or girlfriend, who may meet them from school.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'education-unexplained-money-or-gifts',
        text: 'A pupil has money, new clothes, phones or other gifts that they cannot explain.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    'work-and-pay': [
      {
        id: 'education-working-outside-school',
        text: 'A pupil seems to work long hours outside school, or talks about a debt they must pay back.',
        credits: ['unodc-indicators'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'education-missing-or-absent',
        text: 'A pupil is often absent, goes missing, or stops coming to school with no clear reason.',
        credits: ['home-office-statutory-guidance', 'dhs-blue-campaign'],
      },
      {
        id: 'education-found-far-from-home',
        text: 'A pupil is found far from home, in places they have no link with.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
  },
});

const lawEnforcement = defineSet({
  id: 'law-enforcement',
  title: 'Signs to look for: police',
  summary:
    'Signs that police officers may notice at a scene, a stop or in custody, to use with the general list. A sign is a reason to ask more, not proof; a victim may not see themselves as one, and may have been forced to commit a crime.',
  credits: [collegeOfPolicing, homeOffice, unodc, ilo],
  categories: {
    physical: [
      {
        id: 'law-enforcement-injuries-or-marks',
        text: 'The person has injuries, or marks such as tattoos that may show that someone claims to own or control them.',
        credits: ['unodc-indicators', 'home-office-statutory-guidance'],
      },
    ],
    psychological: [
      {
        id: 'law-enforcement-rehearsed-accounts',
        text: 'Several people give the same rehearsed account, or one person speaks for them all.',
        credits: ['unodc-indicators'],
      },
      {
        id: 'law-enforcement-fears-police-more',
        text: 'The person fears the police or immigration action more than the people who control them, often because of what they were told.',
        credits: ['unodc-indicators', 'college-of-policing-app'],
      },
    ],
    situational: [
      {
        id: 'law-enforcement-crime-controlled-by-others',
        text: 'A person found committing a crime, such as cannabis growing, drug dealing, theft or begging, seems to act for others who control them and take the profit.',
        credits: ['college-of-policing-app', 'unodc-indicators'],
      },
      {
        id: 'law-enforcement-living-at-workplace',
        text: 'People are found living where they work, locked in, or unable to leave the site.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
      {
        id: 'law-enforcement-many-at-one-address',
        text: 'Many unrelated people are found at one address, with mattresses in most rooms.',
        credits: ['home-office-statutory-guidance'],
      },
      {
        id: 'law-enforcement-vehicles-moving-workers',
        text: 'Vehicles regularly move groups of workers at unusual hours.',
        credits: ['home-office-statutory-guidance'],
      },
    ],
    'work-and-pay': [
      {
        id: 'law-enforcement-money-controlled',
        text: 'Someone else controls the person’s bank card, wages or benefits.',
        credits: ['ilo-forced-labour-indicators', 'home-office-statutory-guidance'],
      },
    ],
    'documents-and-movement': [
      {
        id: 'law-enforcement-holds-others-documents',
        text: 'Someone is found holding identity documents or bank cards that belong to other people.',
        credits: ['unodc-indicators', 'ilo-forced-labour-indicators'],
      },
    ],
    children: [
      {
        id: 'law-enforcement-child-repeatedly-missing',
        text: 'A child is reported missing again and again, and is found far from home or with older people.',
        credits: ['college-of-policing-app', 'home-office-statutory-guidance'],
      },
      {
        id: 'law-enforcement-child-drugs-cash-phones',
        text: 'A child is found with drugs, a lot of cash or more than one phone, often far from home.',
        credits: ['home-office-statutory-guidance', 'college-of-policing-app'],
      },
    ],
  },
});

// ---------------------------------------------------------------------------------------------
// Exports

/**
 * Every indicator set: the general set first, then one set per sector in the order of
 * {@link sectors}. Show a sector set together with the general one.
 */
export const indicatorSets: readonly IndicatorSet[] = [
  general,
  hospitality,
  aviation,
  healthcare,
  transport,
  education,
  lawEnforcement,
];

/** The indicator set with this id (`general` or a sector id), or `undefined` if there is none. */
export function getIndicatorSet(id: string): IndicatorSet | undefined {
  return indicatorSets.find((set) => set.id === id);
}
