// The sources the guidance topics restate, and when the topics were last checked against them.
import type { Source } from '../schemas.js';

/** The charity guide that topics 1 to 5 restate. */
export const a21Guide: Source = {
  title: 'A21, Developing a counter-trafficking strategy (guide for organisations)',
  url: 'https://www.a21.org/',
};

/** Home Office statutory guidance: the NRM and Duty to Notify. */
export const statutoryGuidance: Source = {
  title:
    'Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)',
  url: 'https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims',
  licence: 'OGL-3.0',
};

/** GOV.UK guidance for First Responders: how referrals are made. */
export const firstResponderGuidance: Source = {
  title: 'GOV.UK, Report modern slavery as a first responder',
  url: 'https://www.gov.uk/guidance/report-modern-slavery-as-a-first-responder',
};

/** When the topics were last checked against their sources. */
export const verifiedOn = '2026-11-30';
