// toHsds() against Open Referral's own HSDS 3.0 compiled service schema (stored unchanged in
// hsds-3.0/, with its source and CC BY-SA 4.0 licence in hsds-3.0/SOURCE.md). No network: the
// schema's references are all local (#/definitions/…), and ajv never fetches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { contacts, toHsds } from '../dist/index.js';

const bytes = readFileSync(new URL('./hsds-3.0/service_with_definitions.json', import.meta.url));
const schema = JSON.parse(bytes.toString('utf8'));

// The schema has no $schema; its keywords mean the same in every draft. strict: false because it
// carries Frictionless Data annotations (name, path, constraints, example, core, datapackage_type,
// tabular_required...) that are not JSON Schema keywords. ajv-formats is not installed: `uuid` is
// checked with ajv-formats' own pattern, and `uri`, `email` and `date-time` go unchecked.
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uuid', /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i);
for (const format of ['uri', 'email', 'date-time']) ajv.addFormat(format, true);
const validate = ajv.compile(schema);

const services = toHsds(contacts);
const report = (errors) => JSON.stringify(errors, null, 2);

test('the stored HSDS schema is the unchanged upstream file (git blob in SOURCE.md)', () => {
  const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  assert.equal(blob, '7704a133387f5fabc8c2d77c87be4cc642b6ad29');
});

test('every service of toHsds(contacts) is valid against the HSDS 3.0 compiled service schema', () => {
  assert.ok(contacts.length > 0, 'there are contacts');
  assert.equal(services.length, contacts.length, 'one service per contact');
  for (const service of services) {
    assert.equal(validate(service), true, `${service.name} (${service.id}):\n${report(validate.errors)}`);
  }
});

test('the HSDS schema rejects a service with a required field missing or of the wrong type', () => {
  const [service] = services;
  assert.equal(validate(service), true);
  const rejects = (candidate, why, path, keyword) => {
    assert.equal(validate(candidate), false, why);
    assert.ok(
      validate.errors.some((error) => error.instancePath === path && error.keyword === keyword),
      `${why}: expected a ${keyword} error at "${path}", got\n${report(validate.errors)}`,
    );
  };
  const nameless = { ...service };
  delete nameless.name;
  rejects(nameless, 'service without its required name', '', 'required');
  rejects({ ...service, status: 'open' }, 'status outside the enum', '/status', 'enum');
  rejects({ ...service, minimum_age: '18' }, 'a number given as a string', '/minimum_age', 'type');
  rejects({ ...service, phones: service.phones[0] }, 'phones as an object, not an array', '/phones', 'type');
  rejects({ ...service, id: 'modern-slavery-helpline' }, 'an id that is not a UUID', '/id', 'format');
  const organization = { ...service.organization };
  delete organization.description;
  rejects({ ...service, organization }, 'organization without its required description', '/organization', 'required');
  const [phone] = service.phones;
  rejects({ ...service, phones: [{ ...phone, number: 999 }] }, 'a phone number that is not a string', '/phones/0/number', 'type');
});
