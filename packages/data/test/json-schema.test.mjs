// The published JSON against the published JSON Schema, with ajv (draft 2020-12), in Node:
// what a non-JS consumer would do with `@ctkit/data/json/*` and `@ctkit/data/schema/*`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const dist = new URL('../dist/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, dist), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const datasets = ['contacts', 'indicator-sets', 'guidance', 'referral-flows', 'scenario-sets', 'awareness-posters'];
const records = { contacts: 'contact', 'indicator-sets': 'indicator-set', guidance: 'guidance-topic', 'referral-flows': 'referral-flow', 'scenario-sets': 'scenario-set', 'awareness-posters': 'awareness-poster' };

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

test('the JSON Schemas keep the rules on hidden characters, ports and flow size', () => {
  const contact = ajv.compile(read('schema/contact.schema.json'));
  const [record] = read('json/contacts.json');
  const phone = { number: '+448000121700', display: '08000 121 700' };
  assert.equal(contact({ ...record, phones: [phone] }), true);
  for (const char of ['\u202E', '\u2066', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF', '\u200C', '\u200D']) {
    const at = `U+${char.codePointAt(0).toString(16)}`;
    assert.equal(contact({ ...record, phones: [{ ...phone, display: `08000${char} 121 700` }] }), false, `display ${at}`);
  }
  for (const char of ['\u202E', '\u2066', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF']) {
    const at = `U+${char.codePointAt(0).toString(16)}`;
    assert.equal(contact({ ...record, name: `Helpline${char}` }), false, `name ${at}`);
    assert.equal(contact({ ...record, summary: `${char}Call us.` }), false, `summary ${at}`);
  }
  assert.equal(contact({ ...record, summary: 'می\u200Cخواهم' }), true, 'a zero-width non-joiner in prose');
  assert.equal(contact({ ...record, websites: [{ url: 'https://example.org:65535/', label: 'x' }] }), true);
  for (const port of ['0', '65536', '99999']) {
    assert.equal(contact({ ...record, websites: [{ url: `https://example.org:${port}/`, label: 'x' }] }), false, port);
  }

  const schema = read('schema/referral-flow.schema.json');
  assert.equal(schema.properties.nodes.maxItems, 200);
  const flow = ajv.compile(schema);
  const [shipped] = read('json/referral-flows.json');
  assert.equal(flow(shipped), true);
  const filler = { type: 'info', id: 'x', title: 'x', text: 'x', next: 'x' };
  assert.equal(flow({ ...shipped, nodes: [...shipped.nodes, ...Array(201 - shipped.nodes.length).fill(filler)] }), false, '201 nodes');
  const answers = Array.from({ length: 51 }, (_, i) => ({ label: `a${i}`, next: 'x' }));
  assert.equal(flow({ ...shipped, nodes: [{ type: 'question', id: 'q', text: 'q', answers }, ...shipped.nodes] }), false, '51 answers');
});
