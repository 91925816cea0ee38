// The published JSON against the published JSON Schema, with ajv (draft 2020-12), in Node:
// what a non-JS consumer would do with `@ctkit/data/json/*` and `@ctkit/data/schema/*`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const dist = new URL('../dist/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, dist), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const datasets = ['contacts', 'indicator-sets', 'guidance', 'referral-flows'];
const records = { contacts: 'contact', 'indicator-sets': 'indicator-set', guidance: 'guidance-topic', 'referral-flows': 'referral-flow' };

for (const name of datasets) {
  test(`json/${name}.json is valid against schema/${name}.schema.json`, () => {
    const validate = ajv.compile(read(`schema/${name}.schema.json`));
    const data = read(`json/${name}.json`);
    assert.ok(data.length > 0, 'the dataset is not empty');
    assert.equal(validate(data), true, ajv.errorsText(validate.errors));
  });

  test(`each record of json/${name}.json is valid against schema/${records[name]}.schema.json`, () => {
    const validate = ajv.compile(read(`schema/${records[name]}.schema.json`));
    for (const record of read(`json/${name}.json`)) {
      assert.equal(validate(record), true, `${record.id}: ${ajv.errorsText(validate.errors)}`);
    }
  });
}

test('the contact JSON Schema rejects unsafe links and numbers', () => {
  const validate = ajv.compile(read('schema/contact.schema.json'));
  const [contact] = read('json/contacts.json');
  assert.equal(validate(contact), true);
  for (const url of ['javascript:alert(1)', 'http://example.org', 'data:text/html,x']) {
    assert.equal(validate({ ...contact, websites: [{ url, label: 'x' }] }), false, url);
  }
  assert.equal(validate({ ...contact, phones: [{ number: 'javascript:1', display: 'x' }] }), false);
  assert.equal(validate({ ...contact, source: { title: 'x', url: 'javascript:alert(1)' } }), false);
});

test('the referral flow JSON Schema rejects a javascript: link in an action', () => {
  const validate = ajv.compile(read('schema/referral-flow.schema.json'));
  const [flow] = read('json/referral-flows.json');
  const nodes = flow.nodes.map((node) => (node.link ? { ...node, link: { ...node.link, url: 'javascript:alert(1)' } } : node));
  assert.equal(validate(flow), true);
  assert.equal(validate({ ...flow, nodes }), false);
});
