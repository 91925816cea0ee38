/**
 * Contacts in two open standards, for service directories and search engines:
 * Open Referral HSDS 3.0 (`toHsds`) and schema.org `ContactPoint` as JSON-LD (`toJsonLd`).
 *
 * @module
 */
import type { Availability, Contact, Jurisdiction, Phone, Weekday } from './schemas.js';

const nationNames: Record<Jurisdiction, string> = {
  'GB-ENG': 'England',
  'GB-WLS': 'Wales',
  'GB-SCT': 'Scotland',
  'GB-NIR': 'Northern Ireland',
};

const hsdsDays: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const schemaOrgDays: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};
const everyDay: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Weekly opening periods; always-open is every day, 00:00 to 23:59. */
function periods(availability: Availability): { days: Weekday[]; opens: string; closes: string }[] {
  if (availability.type === 'always') return [{ days: everyDay, opens: '00:00', closes: '23:59' }];
  if (availability.type === 'weekly') return availability.hours;
  return [];
}

function phoneType(phone: Phone): 'voice' | 'text' | 'textphone' {
  if (phone.textOnly) return 'text';
  if (phone.textphone) return 'textphone';
  return 'voice';
}

/** An HSDS 3.0 service, in the compiled form with its organization, phones and schedules. */
export interface HsdsService {
  id: string;
  name: string;
  description: string;
  status: 'active';
  url?: string;
  email?: string;
  assured_date: string;
  organization: { id: string; name: string; description: string };
  phones: {
    id: string;
    number: string;
    type: 'voice' | 'text' | 'textphone';
    description?: string;
    languages: { id: string; code: string }[];
  }[];
  schedules: {
    id: string;
    freq: 'WEEKLY';
    byday: string;
    opens_at: string;
    closes_at: string;
    description: string;
  }[];
  languages: { id: string; code: string }[];
  service_areas: { id: string; name: string }[];
  attributes: { id: string; label: string }[];
}

/**
 * Contacts as Open Referral HSDS 3.0 services (one per contact, with its organization,
 * phones, schedules, languages and service areas). `assured_date` is `verifiedOn`.
 * HSDS gives a schedule's time zone as a fixed offset; ours are IANA zones, so each
 * schedule's `description` names the zone instead.
 */
export function toHsds(contacts: readonly Contact[]): HsdsService[] {
  return contacts.map((contact) => {
    const languages = contact.languages.map((code) => ({ id: `${contact.id}-language-${code}`, code }));
    const zone = contact.availability.type === 'weekly' ? contact.availability.timeZone : 'Europe/London';
    const service: HsdsService = {
      id: contact.id,
      name: contact.name,
      description: contact.summary,
      status: 'active',
      assured_date: contact.verifiedOn,
      organization: {
        id: `${contact.id}-organization`,
        name: contact.organisation ?? contact.name,
        description: contact.summary,
      },
      phones: contact.phones.map((phone, i) => ({
        id: `${contact.id}-phone-${i}`,
        number: phone.number,
        type: phoneType(phone),
        ...(phone.label || phone.note ? { description: [phone.label, phone.note].filter(Boolean).join('. ') } : {}),
        languages,
      })),
      schedules: periods(contact.availability).map((period, i) => ({
        id: `${contact.id}-schedule-${i}`,
        freq: 'WEEKLY',
        byday: period.days.map((day) => hsdsDays[day]).join(','),
        opens_at: period.opens,
        closes_at: period.closes,
        description: contact.availability.type === 'always' ? 'Open 24 hours, every day' : `Times in ${zone}`,
      })),
      languages,
      service_areas: contact.jurisdictions.map((code) => ({ id: `${contact.id}-area-${code}`, name: nationNames[code] })),
      attributes: [
        ...(contact.confidential ? [{ id: `${contact.id}-confidential`, label: 'Confidential' }] : []),
        ...(contact.anonymous ? [{ id: `${contact.id}-anonymous`, label: 'Anonymous' }] : []),
        ...(contact.interpreters ? [{ id: `${contact.id}-interpreters`, label: 'Interpreters available' }] : []),
      ],
    };
    if (contact.websites[0]) service.url = contact.websites[0].url;
    if (contact.emails[0]) service.email = contact.emails[0].address;
    return service;
  });
}

/** A schema.org JSON-LD document: one `ContactPoint` per phone line, grouped by organisation. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

/**
 * Contacts as schema.org JSON-LD: for each contact an `Organization` whose `contactPoint`s
 * are its phone lines (`telephone`, `contactType`, `areaServed`, `availableLanguage`,
 * `hoursAvailable`, `contactOption` TollFree / HearingImpairedSupported).
 */
export function toJsonLd(contacts: readonly Contact[]): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@graph': contacts.map((contact) => {
      const hours = periods(contact.availability).map((period) => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: period.days.map((day) => schemaOrgDays[day]),
        opens: period.opens,
        closes: period.closes,
      }));
      const areaServed = contact.jurisdictions.map((code) => ({ '@type': 'AdministrativeArea', name: nationNames[code] }));
      return {
        '@type': 'Organization',
        '@id': `#${contact.id}`,
        name: contact.organisation ?? contact.name,
        description: contact.summary,
        ...(contact.websites[0] ? { url: contact.websites[0].url } : {}),
        ...(contact.emails[0] ? { email: contact.emails[0].address } : {}),
        contactPoint: contact.phones.map((phone) => {
          const options = [
            ...(phone.freephone ? ['https://schema.org/TollFree'] : []),
            ...(phone.textphone ? ['https://schema.org/HearingImpairedSupported'] : []),
          ];
          return {
            '@type': 'ContactPoint',
            name: phone.label ? `${contact.name}: ${phone.label}` : contact.name,
            telephone: phone.number,
            contactType: contact.category,
            areaServed,
            availableLanguage: contact.languages,
            ...(hours.length > 0 ? { hoursAvailable: hours } : {}),
            ...(options.length > 0 ? { contactOption: options } : {}),
          };
        }),
      };
    }),
  };
}
