/**
 * Contacts in two open standards, for service directories and search engines:
 * Open Referral HSDS 3.0 (`toHsds`) and schema.org `ContactPoint` as JSON-LD (`toJsonLd`).
 *
 * @module
 */
import type { Availability, Contact, Jurisdiction, OpeningPeriod, Phone, Weekday } from './schemas.js';

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
function periods(availability: Availability): readonly OpeningPeriod[] {
  if (availability.type === 'always') return [{ days: everyDay, opens: '00:00', closes: '23:59' }];
  if (availability.type === 'weekly') return availability.hours;
  return [];
}

function phoneType(phone: Phone): 'voice' | 'text' | 'textphone' {
  if (phone.textOnly) return 'text';
  if (phone.textphone) return 'textphone';
  return 'voice';
}

/**
 * A stable UUID (version 8, name-based) for `name`: HSDS ids must be UUIDs, and the same
 * record must get the same id in every export. Four FNV-1a passes with different seeds.
 */
function uuidFor(name: string): string {
  const words = [0x811c9dc5, 0x050c5d1f, 0x2f0a4b3d, 0x6a09e667].map((seed) => {
    let hash = seed;
    for (let i = 0; i < name.length; i += 1) {
      hash ^= name.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  });
  const hex = words.join('');
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface HsdsLanguage {
  id: string;
  code: string;
}

/** An HSDS 3.0 service, in the compiled form with its organization, phones and schedules. */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  status: 'active';
  url?: string;
  email?: string;
  /** Interpreting offered, in words; absent when no source says. */
  interpretation_services?: string;
  /** Cost of the main line, in words; absent when no source says. */
  fees_description?: string;
  assured_date: string;
  organization: { id: string; name: string; description: string };
  phones: {
    id: string;
    service_id: string;
    number: string;
    type: 'voice' | 'text' | 'textphone';
    description?: string;
    languages: (HsdsLanguage & { phone_id: string })[];
  }[];
  schedules: {
    id: string;
    service_id: string;
    freq: 'WEEKLY';
    byday: string;
    opens_at: string;
    closes_at: string;
    description: string;
  }[];
  languages: (HsdsLanguage & { service_id: string })[];
  service_areas: { id: string; service_id: string; name: string; extent_type: 'other'; extent: string }[];
}

/**
 * Contacts as Open Referral HSDS 3.0 services (one per contact, in the compiled form with
 * its organization, phones, schedules, languages and service areas). Ids are stable,
 * name-based UUIDs; `assured_date` is `verifiedOn`. HSDS gives a time zone as a fixed UTC
 * offset, which Europe/London is not (it changes in summer), so schedules carry no
 * `timezone`: each one's `description` names the IANA zone its times are in.
 */
export function toHsds(contacts: readonly Contact[]): HsdsService[] {
  return contacts.map((contact) => {
    const serviceId = uuidFor(`ctkit:service:${contact.id}`);
    const organizationId = uuidFor(`ctkit:organization:${contact.id}`);
    const zone = contact.availability.type === 'weekly' ? contact.availability.timeZone : 'Europe/London';
    const main = contact.phones.find((phone) => !phone.textOnly && !phone.textphone);
    const service: HsdsService = {
      id: serviceId,
      organization_id: organizationId,
      name: contact.name,
      description: contact.summary,
      status: 'active',
      assured_date: contact.verifiedOn,
      organization: { id: organizationId, name: contact.organisation ?? contact.name, description: contact.summary },
      phones: contact.phones.map((phone, i) => {
        const phoneId = uuidFor(`ctkit:phone:${contact.id}:${i}`);
        return {
          id: phoneId,
          service_id: serviceId,
          number: phone.number,
          type: phoneType(phone),
          ...(phone.label || phone.note ? { description: [phone.label, phone.note].filter(Boolean).join('. ') } : {}),
          languages: contact.languages.map((code) => ({ id: uuidFor(`ctkit:language:${contact.id}:${i}:${code}`), phone_id: phoneId, code })),
        };
      }),
      schedules: periods(contact.availability).map((period, i) => ({
        id: uuidFor(`ctkit:schedule:${contact.id}:${i}`),
        service_id: serviceId,
        freq: 'WEEKLY',
        byday: period.days.map((day) => hsdsDays[day]).join(','),
        opens_at: period.opens,
        closes_at: period.closes,
        description:
          contact.availability.type === 'always'
            ? 'Open 24 hours, every day'
            : `Times in ${zone}${contact.availability.type === 'weekly' && contact.availability.confirmed === false ? '; not confirmed by a current source' : ''}`,
      })),
      languages: contact.languages.map((code) => ({ id: uuidFor(`ctkit:language:${contact.id}:${code}`), service_id: serviceId, code })),
      service_areas: contact.jurisdictions.map((code) => ({
        id: uuidFor(`ctkit:area:${contact.id}:${code}`),
        service_id: serviceId,
        name: nationNames[code],
        extent_type: 'other',
        extent: code,
      })),
    };
    if (contact.websites[0]) service.url = contact.websites[0].url;
    if (contact.emails[0]) service.email = contact.emails[0].address;
    if (contact.interpreters !== undefined) {
      service.interpretation_services = contact.interpreters ? 'Interpreters available on request' : 'No interpreters';
    }
    if (main?.freephone !== undefined) {
      service.fees_description = main.freephone ? 'Free to call from UK landlines and mobiles' : 'Calls may be charged';
    }
    return service;
  });
}

/** A schema.org JSON-LD document: one `ContactPoint` per phone line, grouped by organisation. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

/**
 * Where {@link toJsonLd}'s `@id`s point by default: the published contacts dataset, one
 * fragment per contact id (`…/contacts.json#modern-slavery-helpline`).
 */
export const defaultJsonLdBase = 'https://cdn.jsdelivr.net/npm/@ctkit/data/dist/json/contacts.json';

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * The absolute `http:` or `https:` URL each `@id` is made from: the contact's id becomes its
   * fragment (`https://example.org/help` → `https://example.org/help#modern-slavery-helpline`),
   * replacing any fragment the URL has. Give the page that shows the contacts. Default
   * {@link defaultJsonLdBase}.
   */
  base?: string;
}

/**
 * Contacts as schema.org JSON-LD: for each contact an `Organization` whose `contactPoint`s
 * are its phone lines (`telephone`, `contactType`, `areaServed`, `availableLanguage`,
 * `hoursAvailable`, `contactOption` TollFree / HearingImpairedSupported). Each organisation's
 * `@id` is absolute (see {@link JsonLdOptions.base}), so the document keeps its meaning read
 * alone, outside a page.
 * @throws {TypeError} when `base` is not an absolute `http:` or `https:` URL.
 */
export function toJsonLd(contacts: readonly Contact[], options: JsonLdOptions = {}): JsonLdDocument {
  const base = options.base ?? defaultJsonLdBase;
  // An absolute http(s) address with a host and no white space (the data package has no URL
  // global in its types: it runs anywhere).
  if (!/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(base)) {
    throw new TypeError(`toJsonLd: base must be an absolute http: or https: URL, not ${JSON.stringify(base)}`);
  }
  // Contact ids are lowercase letters, digits and hyphens: safe as a fragment as they are.
  const id = (contactId: string): string => `${base.split('#')[0]}#${contactId}`;
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
        '@id': id(contact.id),
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
