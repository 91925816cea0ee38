// The sources the indicator sets paraphrase, each credited by id in the sets that use it.
import type { Credit } from '../schemas.js';

/** Home Office statutory guidance: physical, psychological, situational and environmental signs. */
export const homeOffice = {
  id: 'home-office-statutory-guidance',
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
} as const satisfies Credit;

/** UNODC lists: general, children, domestic servitude, sexual and labour exploitation, begging. */
export const unodc = {
  id: 'unodc-indicators',
  title: 'UNODC, Human trafficking indicators',
  url: 'https://www.unodc.org/pdf/HT_indicators_E_LOWRES.pdf',
} as const satisfies Credit;

/** The ILO's 11 indicators of forced labour (ILO copyright: paraphrased only). */
export const ilo = {
  id: 'ilo-forced-labour-indicators',
  title: 'ILO, Indicators of forced labour (paraphrased)',
  url: 'https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_203832.pdf',
} as const satisfies Credit;

/** US DHS Blue Campaign: general indicators, and signs by role for hospitality staff. */
export const dhs = {
  id: 'dhs-blue-campaign',
  title: 'US Department of Homeland Security, Blue Campaign: indicators of human trafficking',
  url: 'https://www.dhs.gov/blue-campaign/indicators-human-trafficking',
} as const satisfies Credit;

/** ICAO guidance for cabin crew. */
export const icao = {
  id: 'icao-circular-352',
  title:
    'ICAO Circular 352, Guidelines for training cabin crew on identifying and responding to trafficking in persons',
  url: 'https://www.icao.int/',
} as const satisfies Credit;

/** IATA awareness campaign for airline and airport staff. */
export const iata = {
  id: 'iata-eyes-open',
  title: 'IATA, Airlines magazine: human trafficking, keeping your eyes open (#eyesopen)',
  url: 'https://airlines.iata.org/analysis/human-trafficking-keeping-your-eyes-open',
} as const satisfies Credit;

/** DHSC guidance for health staff: the companion who speaks for the patient, seeing them alone. */
export const dhsc = {
  id: 'dhsc-health-staff',
  title:
    'Department of Health and Social Care, Identifying and supporting victims of modern slavery: guidance for health staff',
  url: 'https://www.gov.uk/government/publications/identifying-and-supporting-victims-of-human-trafficking-guidance-for-health-staff',
} as const satisfies Credit;

/** College of Policing APP on modern slavery. */
export const collegeOfPolicing = {
  id: 'college-of-policing-app',
  title: 'College of Policing, Authorised Professional Practice: modern slavery',
  url: 'https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/',
} as const satisfies Credit;
