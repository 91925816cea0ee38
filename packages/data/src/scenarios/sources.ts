// The sources the scenario sets rest on, and when the sets were last checked against them.
import type { Source } from '../schemas.js';

/** The charity guide whose first strategy area is training staff by sector. */
export const a21Guide: Source = {
  title: 'A21, Developing a counter-trafficking strategy (guide for organisations)',
  url: 'https://www.a21.org/',
};

/** Home Office statutory guidance: signs, the NRM, and what a First Responder does. */
export const statutoryGuidance: Source = {
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
};

/** When the sets were last checked against their sources and against the records they name. */
export const verifiedOn = '2026-12-05';
