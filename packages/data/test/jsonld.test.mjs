// The JSON-LD export read alone, as a JSON-LD processor would read a file of it: expanded by the
// `jsonld` package in safe mode, which fails on anything it would otherwise drop (a relative
// @id is one). The schema.org context is given from a local copy of its terms: no network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { contacts, toJsonLd } from '../dist/index.js';

// Every term the export uses, mapped as schema.org's own context maps it (`@vocab` and the
// terms typed `@id` there). The real context is fetched from schema.org; a test may not fetch.
const schemaOrg = {
  '@context': {
    '@vocab': 'https://schema.org/',
    contactOption: { '@type': '@id' },
    url: { '@type': '@id' },
  },
};
const documentLoader = async (url) => {
  if (url === 'https://schema.org' || url === 'https://schema.org/') return { contextUrl: null, documentUrl: url, document: schemaOrg };
  throw new Error(`no network in tests: ${url}`);
};

test('toJsonLd expands in safe mode, every organisation kept under its absolute @id', async () => {
  const base = 'https://example.org/help';
  const expanded = await jsonld.expand(toJsonLd(contacts, { base }), { safe: true, documentLoader });
  const organisations = expanded.filter((node) => node['@type']?.includes('https://schema.org/Organization'));
  assert.deepEqual(
    organisations.map((node) => node['@id']),
    contacts.map((contact) => `${base}#${contact.id}`),
  );
  const helpline = organisations.find((node) => node['@id'] === `${base}#modern-slavery-helpline`);
  const [point] = helpline['https://schema.org/contactPoint'];
  assert.equal(point['https://schema.org/telephone'][0]['@value'], '+448000121700');
});

test('with the default base the document expands in safe mode too', async () => {
  const expanded = await jsonld.expand(toJsonLd(contacts), { safe: true, documentLoader });
  assert.equal(expanded.filter((node) => node['@id']).length, contacts.length);
});

test('a relative @id, as the export gave before, fails safe-mode expansion (the check can fail)', async () => {
  const doc = toJsonLd(contacts);
  doc['@graph'][0]['@id'] = '#relative';
  await assert.rejects(jsonld.expand(doc, { safe: true, documentLoader }));
});
