import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contacts } from './contacts.js';
import { guidance } from './guidance.js';
import { indicatorSets } from './indicators.js';
import { referralFlows } from './referral.js';
import type { FlowNode, IndicatorSet, ReferralFlow } from './schemas.js';
import { flowLimits, maxErrors, parseContacts, parseGuidance, parseIndicatorSet, parseReferralFlow, type ParseResult } from './validate.js';

const parsers = {
  parseContacts,
  parseIndicatorSet,
  parseGuidance,
  parseReferralFlow: (input: unknown) => parseReferralFlow(input),
};

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function errorsOf(result: ParseResult<unknown>) {
  expect(result.ok, 'rejected').to.equal(false);
  return result.ok ? [] : result.errors;
}

/** A well-formed result: ok with a value, or errors that each have a path and a message. */
function expectWellFormed(result: ParseResult<unknown>) {
  if (result.ok) {
    expect(result).to.have.property('value');
  } else {
    expect(result.errors).to.be.an('array').that.is.not.empty;
    for (const error of result.errors) {
      expect(error.path).to.be.a('string');
      expect(error.message).to.be.a('string').and.not.equal('');
    }
  }
}

describe('@ctkit/data/validate never throws', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} on 1,000 arbitrary JSON values`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          expectWellFormed(parse(input));
        }),
        { numRuns: 1000 },
      );
    });

    it(`${name} on 1,000 arbitrary values of any kind`, () => {
      fc.assert(
        fc.property(fc.anything({ withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true }), (input) => {
          expectWellFormed(parse(input));
        }),
        { numRuns: 1000 },
      );
    });

    it(`${name} on circular, deeply nested and hostile input`, () => {
      const circular: Record<string, unknown> = { id: 'loop' };
      circular.self = circular;
      circular.phones = [circular];
      circular.nodes = [circular];
      circular.categories = [circular];
      circular.sections = [circular];
      let deep: unknown = {};
      for (let i = 0; i < 100_000; i += 1) deep = [deep];
      const throwing = new Proxy(
        {},
        {
          get() {
            throw new Error('no reading');
          },
          ownKeys() {
            throw new Error('no keys');
          },
        },
      );
      const { proxy: revoked, revoke } = Proxy.revocable({}, {});
      revoke();
      for (const input of [circular, [circular], deep, throwing, [throwing], revoked, Object.create(null), undefined, Symbol('x')]) {
        expectWellFormed(parse(input));
      }
    });
  }
});

describe('@ctkit/data/validate', () => {
  it('accepts the shipped data', () => {
    expect(parseContacts(contacts).ok).to.equal(true);
    for (const set of indicatorSets) expect(parseIndicatorSet(set), set.id).to.deep.include({ ok: true });
    for (const topic of guidance) expect(parseGuidance(topic), topic.id).to.deep.include({ ok: true });
    for (const flow of referralFlows) expect(parseReferralFlow(flow), flow.id).to.deep.include({ ok: true });
  });

  it('returns a clean copy, without unknown fields', () => {
    const result = parseContacts([{ ...contacts[0], extra: '<script>' }]);
    expect(result.ok && result.value[0]).to.not.have.property('extra');
  });

  it('names the field of the record that is wrong', () => {
    const list = clone(contacts.slice(0, 4));
    list[3]!.phones[0]!.number = '0800 555 111';
    expect(errorsOf(parseContacts(list)).map((e) => e.path)).to.deep.equal(['contacts[3].phones[0].number']);
  });

  it('rejects links that are not https, and emails that could add headers', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://example.org', 'data:text/html,x', '//example.org', ' https://example.org']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url, label: 'x' }];
      expect(errorsOf(parseContacts(list))[0], url).to.deep.include({ path: 'contacts[0].websites[0].url' });
    }
    const list = clone(contacts.slice(0, 1));
    list[0]!.emails = [{ address: 'a@example.org?bcc=b@example.org' }];
    expect(errorsOf(parseContacts(list))[0]?.path).to.equal('contacts[0].emails[0].address');
  });

  it('rejects numbers that are neither E.164 nor a listed short code', () => {
    for (const number of ['08000121700', '+44 8000121700', 'tel:999', '12', '998', '+0123456789', '18001 101', '']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display: 'x' }];
      expect(errorsOf(parseContacts(list))[0], number).to.deep.include({ path: 'contacts[0].phones[0].number' });
    }
    for (const number of ['999', '112', '101', '111', '18000', '18001101', '1800103001231100', '61016', '+448000121700']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display: number }];
      expect(parseContacts(list).ok, number).to.equal(true);
    }
  });

  it('rejects a display that shows another number than the one the link calls', () => {
    const list = clone(contacts.slice(0, 1));
    list[0]!.phones = [{ number: '+447700900123', display: '08000 121 700' }];
    expect(errorsOf(parseContacts(list))).to.deep.equal([
      {
        path: 'contacts[0].phones[0].display',
        message: 'does not show the number the link calls (+447700900123): write 07700900123 or +44 7700900123, spaced as you like',
      },
    ]);
  });

  it('accepts a display with the digits of its number, national or international, short code or Relay UK', () => {
    const pairs: [string, string][] = [
      ['+448000121700', '08000 121 700'],
      ['+448000121700', '+44 8000 121 700'],
      ['+448000121700', '+44-8000-121-700'],
      ['+442077366994', '(020) 7736 6994'],
      ['+33123456789', '+33 1 23 45 67 89'],
      ['999', '999'],
      ['101', '101'],
      ['111', '111'],
      ['18000', '18000'],
      ['61016', '61016'],
      ['18001101', '18001 101'],
      ['1800103001231100', '18001 0300 123 1100'],
    ];
    for (const [number, display] of pairs) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display }];
      expect(parseContacts(list), `${number} as ${display}`).to.deep.include({ ok: true });
    }
  });

  it('rejects a display whose digits differ in any way', () => {
    const pairs: [string, string][] = [
      ['+448000121700', '8000 121 700'], // no 0 and no +44
      ['+448000121700', '+44 (0)8000 121 700'], // +44 and 0: not a number anyone can dial
      ['+448000121700', '08000 121 700 or 999'],
      ['+448000121700', '08000 127 100'],
      ['+448000121700', 'O8000 121 700'], // a letter O
      ['+33123456789', '0123456789'], // only +44 numbers may drop their country code
      ['999', '112'],
      ['999', '9999'],
      ['18001101', '18001 111'],
      ['18001101', '101'],
      ['1800103001231100', '0300 123 1100'],
      ['1800103001231100', '18001 0300 123 1101'],
      ['+448000121700', '٠٨٠٠٠ ١٢١ ٧٠٠'], // Arabic-Indic digits
      ['+448000121700', '08000 121 70০'], // a Bengali zero
    ];
    for (const [number, display] of pairs) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number, display }];
      expect(errorsOf(parseContacts(list)).map((e) => e.path), `${number} as ${display}`).to.deep.equal(['contacts[0].phones[0].display']);
    }
  });

  it('checks every shipped phone shows its number', () => {
    for (const contact of contacts) {
      for (const phone of contact.phones) {
        const list = clone([contact]);
        list[0]!.phones = [phone];
        expect(parseContacts(list), `${contact.id}: ${phone.display}`).to.deep.include({ ok: true });
      }
    }
  });

  // Bidi embeddings, overrides, isolates and marks, and zero-width characters.
  const hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u200B', '\u2060', '\uFEFF'];

  it('rejects invisible and direction-changing characters in a display, joiners too', () => {
    for (const char of [...hidden, '\u200C', '\u200D']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.phones = [{ number: '+448000121700', display: `08000 121${char} 700` }];
      const errors = errorsOf(parseContacts(list));
      expect(errors[0], `U+${char.codePointAt(0)!.toString(16)}`).to.deep.include({ path: 'contacts[0].phones[0].display' });
      expect(errors[0]?.message).to.match(/invisible or direction-changing/);
    }
  });

  it('rejects them in every text a reader sees, and keeps the joiners Persian needs', () => {
    for (const char of hidden) {
      const at = `U+${char.codePointAt(0)!.toString(16)}`;
      const contact = clone(contacts.slice(0, 1));
      contact[0]!.name = `Helpline${char}`;
      contact[0]!.phones[0]!.note = `Text${char} 999`;
      expect(errorsOf(parseContacts(contact)).map((e) => e.path), at).to.deep.equal(['contacts[0].name', 'contacts[0].phones[0].note']);

      const set = clone(indicatorSets[0]!);
      set.categories[0]!.indicators[0]!.text = `A sign${char}`;
      expect(errorsOf(parseIndicatorSet(set))[0]?.path, at).to.equal('indicatorSet.categories[0].indicators[0].text');

      const topic = clone(guidance[0]!);
      topic.summary = `${char}Listen first.`;
      expect(errorsOf(parseGuidance(topic))[0]?.path, at).to.equal('topic.summary');

      const flow = clone(referralFlows[0]!);
      const q = flow.nodes.findIndex((n) => n.type === 'question');
      const question = flow.nodes[q]!;
      if (question.type === 'question') question.answers[0]!.label = `Yes${char}`;
      expect(errorsOf(parseReferralFlow(flow))[0]?.path, at).to.equal(`flow.nodes[${q}].answers[0].label`);
    }
    const list = clone(contacts.slice(0, 1));
    list[0]!.summary = 'خط کمک (می\u200Cخواهم کمک بگیرم)'; // Persian, with a zero-width non-joiner
    expect(parseContacts(list).ok).to.equal(true);
  });

  it('accepts a port from 1 to 65535, and no other', () => {
    for (const port of ['1', '80', '443', '8080', '9999', '10000', '59999', '64999', '65499', '65529', '65535']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url: `https://example.org:${port}/path`, label: 'x' }];
      expect(parseContacts(list).ok, port).to.equal(true);
    }
    for (const port of ['0', '00', '080', '65536', '65540', '65600', '66000', '70000', '99999', '100000', '']) {
      const list = clone(contacts.slice(0, 1));
      list[0]!.websites = [{ url: `https://example.org:${port}/`, label: 'x' }];
      expect(errorsOf(parseContacts(list))[0], port).to.deep.include({ path: 'contacts[0].websites[0].url' });
    }
  });

  it(`returns at most ${maxErrors} errors, then one saying how many more`, () => {
    const bad = Array.from({ length: 10_000 }, (_, i) => ({ ...clone(contacts[0]!), id: `c${i}`, phones: [{ number: 'x', display: 'x' }] }));
    const errors = errorsOf(parseContacts(bad));
    expect(errors).to.have.length(maxErrors + 1);
    expect(errors[0]?.path).to.equal('contacts[0].phones[0].number');
    expect(errors[maxErrors]).to.deep.equal({ path: 'contacts', message: 'and 9,900 more problems' });

    // The same for the checks across records.
    const same = Array.from({ length: maxErrors + 2 }, () => contacts[0]);
    const duplicates = errorsOf(parseContacts(same));
    expect(duplicates).to.have.length(maxErrors + 1);
    expect(duplicates[maxErrors]).to.deep.equal({ path: 'contacts', message: 'and 1 more problem' });
  });

  it('accepts a custom indicator set of 10,000 signs, and finds a duplicate among them', () => {
    const set: IndicatorSet = clone(indicatorSets[0]!);
    const credit = set.credits[0]!.id;
    set.categories = [
      {
        id: 'many',
        title: 'Many signs',
        indicators: Array.from({ length: 10_000 }, (_, i) => ({ id: `sign-${i}`, text: `Sign ${i}.`, credits: [credit] })),
      },
    ];
    const result = parseIndicatorSet(set);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.value.categories[0]!.indicators).to.have.length(10_000);
    set.categories[0]!.indicators[9_999]!.id = 'sign-0';
    expect(errorsOf(parseIndicatorSet(set))).to.deep.equal([
      { path: 'indicatorSet.categories[0].indicators[9999].id', message: 'duplicate id "sign-0" (first used at indicatorSet.categories[0].indicators[0])' },
    ]);
  });

  it('rejects duplicate ids', () => {
    const list = clone([contacts[0], contacts[1], contacts[0]]);
    expect(errorsOf(parseContacts(list))).to.deep.equal([
      { path: 'contacts[2].id', message: `duplicate id "${contacts[0]!.id}" (first used at contacts[0])` },
    ]);
  });

  it('rejects an unverified contact that does not say what is unverified', () => {
    const list = clone(contacts.filter((c) => c.id === 'a21-uk'));
    delete list[0]!.confidenceNote;
    expect(errorsOf(parseContacts(list))[0]?.path).to.equal('contacts[0].confidenceNote');
  });

  it('rejects an indicator credited to a source the set does not list', () => {
    const set = clone(indicatorSets[0]!);
    set.categories[0]!.indicators[0]!.credits = ['nobody'];
    expect(errorsOf(parseIndicatorSet(set))[0]?.path).to.equal('indicatorSet.categories[0].indicators[0].credits[0]');
  });
});

const paths = (flow: unknown, options?: Parameters<typeof parseReferralFlow>[1]) =>
  errorsOf(parseReferralFlow(flow, options)).map((e) => `${e.path}: ${e.message}`);

describe('parseReferralFlow on generated flows', () => {
  // Small graphs over a pool of five ids, so edges often dangle, loop or leave nodes behind.
  const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const node = fc.oneof(
    fc.record({ type: fc.constant('question'), id, text: fc.constant('Q?'), answers: fc.uniqueArray(fc.record({ label: fc.constantFrom('Yes', 'No', 'Maybe'), next: id }), { minLength: 2, maxLength: 3, selector: (a) => a.label }) }),
    fc.record({ type: fc.constant('info'), id, title: fc.constant('I'), text: fc.constant('I'), next: id }),
    fc.record(
      { type: fc.constant('action'), id, title: fc.constant('A'), steps: fc.constant(['Do it.']), why: fc.constant('Because.'), contacts: fc.subarray(['acas', 'nhs-111']), next: id },
      { requiredKeys: ['type', 'id', 'title', 'steps', 'why', 'contacts'] },
    ),
  );
  const flow = fc.record({ start: id, nodes: fc.array(node, { minLength: 1, maxLength: 6 }) }).map((f) => ({
    ...clone(referralFlows[0]!),
    ...f,
  }));

  /** An independent, slow check of what an accepted flow must be. */
  function sound(f: ReferralFlow): boolean {
    const byId = new Map(f.nodes.map((n) => [n.id, n]));
    if (byId.size !== f.nodes.length || !byId.has(f.start)) return false;
    const next = (n: FlowNode) => (n.type === 'question' ? n.answers.map((a) => a.next) : n.next ? [n.next] : []);
    if (f.nodes.some((n) => next(n).some((to) => !byId.has(to)))) return false;
    const reached = new Set([f.start]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of f.nodes) if (reached.has(n.id)) for (const to of next(n)) if (!reached.has(to)) reached.add(to), (changed = true);
    }
    const ends = new Set(f.nodes.filter((n) => next(n).length === 0).map((n) => n.id));
    for (let changed = true; changed; ) {
      changed = false;
      for (const n of f.nodes) if (!ends.has(n.id) && next(n).some((to) => ends.has(to))) ends.add(n.id), (changed = true);
    }
    const endsNameContacts = f.nodes.every((n) => next(n).length > 0 || (n.type === 'action' && n.contacts.length > 0));
    return reached.size === f.nodes.length && ends.size === f.nodes.length && endsNameContacts;
  }

  it('accepts a generated flow exactly when it is sound (1,000 runs)', () => {
    fc.assert(
      fc.property(flow, (f) => {
        const result = parseReferralFlow(f);
        expectWellFormed(result);
        expect(result.ok, JSON.stringify(f.nodes)).to.equal(sound(f as ReferralFlow));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes linear time on a large hostile flow, and refuses it in a few lines', () => {
    const nodes: FlowNode[] = Array.from({ length: 30_000 }, (_, i) => ({ type: 'info', id: `n${i}`, title: 'x', text: 'x', next: `n${i + 1}` }));
    nodes.push({ type: 'action', id: 'n30000', title: 'x', steps: ['x'], why: 'x', contacts: ['acas'] });
    const wide: FlowNode = { type: 'question', id: 'wide', text: 'x', answers: Array.from({ length: 200_000 }, (_, i) => ({ label: `a${i}`, next: 'n0' })) };
    const started = performance.now();
    // The schema counts the nodes before it reads them, so the 200,000 answers are never read.
    expect(paths({ ...clone(referralFlows[0]!), start: 'wide', nodes: [wide, ...nodes] })).to.deep.equal([
      'flow.nodes: has 30,002 nodes; a flow may have at most 200',
    ]);
    expect(paths({ ...clone(referralFlows[0]!), start: 'wide', nodes: [wide, ...nodes.slice(-2)] })).to.deep.equal([
      'flow.nodes[0].answers: has 200,000 answers; a question may have at most 50',
    ]);
    // Not a benchmark: a quadratic pass over 30,000 nodes would take minutes, not seconds.
    expect(performance.now() - started).to.be.below(5000);
  });

  it('reports options it cannot read, and never throws on them', () => {
    const result = parseReferralFlow(referralFlows[0], { contacts: 42 as unknown as string[] });
    expect(errorsOf(result)[0]?.path).to.equal('options.contacts');
  });
});

describe('parseReferralFlow', () => {
  const base = (): ReferralFlow => clone(referralFlows[0]!);
  const indexOf = (flow: ReferralFlow, id: string) => flow.nodes.findIndex((n) => n.id === id);

  it('rejects a dangling edge', () => {
    const flow = base();
    const danger = flow.nodes[indexOf(flow, 'danger')]!;
    if (danger.type === 'question') danger.answers[0]!.next = 'nowhere';
    const errors = paths(flow);
    expect(errors[0]).to.equal(`flow.nodes[${indexOf(flow, 'danger')}].answers[0].next: leads to "nowhere", which is not a node of this flow`);
  });

  it('rejects a start that is not a node', () => {
    const flow = base();
    flow.start = 'missing';
    expect(paths(flow)[0]).to.match(/^flow\.start: leads to "missing"/);
  });

  it('rejects an unreachable node', () => {
    const flow = base();
    flow.nodes.push({ type: 'action', id: 'orphan', title: 'x', steps: ['x'], why: 'x', contacts: ['acas'] });
    expect(paths(flow)).to.deep.equal([`flow.nodes[${flow.nodes.length - 1}]: "orphan" cannot be reached from the start`]);
  });

  it('rejects a loop with no way out', () => {
    const flow = base();
    const age = flow.nodes[indexOf(flow, 'age')]!;
    if (age.type === 'question') age.answers[1]!.next = 'loop-a';
    flow.nodes.push({ type: 'info', id: 'loop-a', title: 'a', text: 'a', next: 'loop-b' });
    flow.nodes.push({ type: 'info', id: 'loop-b', title: 'b', text: 'b', next: 'loop-a' });
    const errors = paths(flow);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'loop-a')}]: "loop-a" never leads to an end: it is in a loop with no way out`);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'loop-b')}]: "loop-b" never leads to an end: it is in a loop with no way out`);
  });

  it('rejects an end that is not an action', () => {
    const flow = base() as unknown as { nodes: Record<string, unknown>[] };
    const info = flow.nodes.find((n) => n.type === 'info')!;
    delete info.next;
    expect(paths(flow)[0]).to.match(/^flow\.nodes\[\d+\]\.next: /);
  });

  it('rejects an end that names no contact', () => {
    const flow = base();
    const end = flow.nodes[indexOf(flow, 'work-rights')]!;
    if (end.type === 'action') end.contacts = [];
    expect(paths(flow)).to.deep.equal([`flow.nodes[${indexOf(flow, 'work-rights')}].contacts: an end must name at least one contact`]);
  });

  it('rejects unknown contact ids, and accepts the organisation’s own', () => {
    const flow = base();
    const end = flow.nodes[indexOf(flow, 'work-rights')]!;
    if (end.type === 'action') end.contacts = ['duty-manager'];
    expect(paths(flow)).to.deep.equal([
      `flow.nodes[${indexOf(flow, 'work-rights')}].contacts[0]: names the contact "duty-manager", which is not in the data or your contacts`,
    ]);
    expect(parseReferralFlow(flow, { contacts: ['duty-manager'] }).ok).to.equal(true);
    expect(parseReferralFlow(flow, { contacts: [{ id: 'duty-manager' }] }).ok).to.equal(true);
  });

  it('rejects duplicate node ids and repeated answers', () => {
    const flow = base();
    flow.nodes.push(clone(flow.nodes[indexOf(flow, 'health')]!));
    const danger = flow.nodes[indexOf(flow, 'danger')]!;
    if (danger.type === 'question') danger.answers[1]!.label = danger.answers[0]!.label;
    const errors = paths(flow);
    expect(errors).to.include(`flow.nodes[${flow.nodes.length - 1}].id: duplicate id "health" (first used at flow.nodes[${indexOf(flow, 'health')}])`);
    expect(errors).to.include(`flow.nodes[${indexOf(flow, 'danger')}].answers[1].label: repeats the answer "Yes"`);
  });
});

describe('parseReferralFlow limits', () => {
  const end = (id: string): FlowNode => ({ type: 'action', id, title: 'End', steps: ['Call.'], why: 'Help.', contacts: ['modern-slavery-helpline'] });
  /** `length` questions in a row, each with a way on and a way out to the one end. */
  const questions = (length: number): ReferralFlow => ({
    ...clone(referralFlows[0]!),
    start: 'q0',
    nodes: [
      ...Array.from({ length }, (_, i): FlowNode => ({
        type: 'question',
        id: `q${i}`,
        text: `Question ${i}?`,
        answers: [
          { label: 'Yes', next: i + 1 < length ? `q${i + 1}` : 'end' },
          { label: 'No', next: 'end' },
        ],
      })),
      end('end'),
    ],
  });

  it('exports its limits', () => {
    expect(flowLimits).to.deep.equal({ nodes: 200, answers: 50, depth: 100 });
    expect(Object.isFrozen(flowLimits)).to.equal(true);
  });

  it(`accepts a flow ${flowLimits.depth} steps long, and rejects one a step longer, naming its last step`, () => {
    expect(parseReferralFlow(questions(flowLimits.depth - 1))).to.deep.include({ ok: true });
    expect(paths(questions(flowLimits.depth))).to.deep.equal([
      `flow.nodes[${flowLimits.depth}]: "end" is step 101 on the longest way from the start; a flow may be at most 100 steps long`,
    ]);
  });

  it('rejects a chain of 900 questions', () => {
    expect(paths(questions(900))).to.deep.equal(['flow.nodes: has 901 nodes; a flow may have at most 200']);
  });

  it('rejects a chain of 10,000 questions in one clear line, without overflowing the stack', () => {
    expect(paths(questions(10_000))).to.deep.equal(['flow.nodes: has 10,001 nodes; a flow may have at most 200']);
  });

  it('caps the errors of a flow with a problem on each of 150 nodes', () => {
    const flow = questions(150);
    for (const node of flow.nodes) if (node.type === 'question') node.text = '';
    const errors = errorsOf(parseReferralFlow(flow));
    expect(errors).to.have.length(maxErrors + 1);
    expect(errors[0]?.path).to.equal('flow.nodes[0].text');
    expect(errors[maxErrors]).to.deep.equal({ path: 'flow', message: 'and 50 more problems' });
  });

  it('walks the longest of several ways, not the first', () => {
    // A short way to the end first, then a long one to the same end: the end is step 102.
    const flow = questions(flowLimits.depth);
    const first = flow.nodes[0]!;
    if (first.type === 'question') first.answers.reverse();
    expect(paths(flow)).to.deep.equal([
      `flow.nodes[${flowLimits.depth}]: "end" is step 101 on the longest way from the start; a flow may be at most 100 steps long`,
    ]);
  });

  it('does not go round a loop when measuring', () => {
    // 90 steps, each question's "No" going back to the start: sound (every step reaches the end) and short.
    const flow = questions(89);
    for (const node of flow.nodes) if (node.type === 'question' && node.id !== 'q0') node.answers[1]!.next = 'q0';
    expect(parseReferralFlow(flow)).to.deep.include({ ok: true });
    // A loop among the last steps, with a way out.
    const looped = questions(99);
    const last = looped.nodes[98]!;
    if (last.type === 'question') last.answers[1]!.next = 'q50';
    expect(parseReferralFlow(looped)).to.deep.include({ ok: true });
  });

  it('accepts a wide flow at the limits, and rejects a node or an answer more', () => {
    // A question with 50 answers, each to a question with 2 answers, each to its own end: 1 + 50 + 100 = 151 nodes.
    const nodes: FlowNode[] = [
      { type: 'question', id: 'root', text: 'Which?', answers: Array.from({ length: flowLimits.answers }, (_, i) => ({ label: `Option ${i}`, next: `q${i}` })) },
    ];
    for (let i = 0; i < flowLimits.answers; i += 1) {
      nodes.push({ type: 'question', id: `q${i}`, text: `Question ${i}?`, answers: [{ label: 'Yes', next: `yes${i}` }, { label: 'No', next: `no${i}` }] });
      nodes.push(end(`yes${i}`), end(`no${i}`));
    }
    // Fill to exactly 200 nodes with a chain of steps from the first end.
    const first = nodes.find((n) => n.id === 'yes0') as Extract<FlowNode, { type: 'action' }>;
    first.next = 'extra0';
    const extra = flowLimits.nodes - nodes.length;
    for (let i = 0; i < extra; i += 1) {
      nodes.push(i + 1 < extra ? { type: 'info', id: `extra${i}`, title: 'Know this', text: 'x', next: `extra${i + 1}` } : end(`extra${i}`));
    }
    const flow: ReferralFlow = { ...clone(referralFlows[0]!), start: 'root', nodes };
    expect(flow.nodes).to.have.length(flowLimits.nodes);
    expect(parseReferralFlow(flow)).to.deep.include({ ok: true });

    expect(paths({ ...flow, nodes: [...nodes, end('one-more')] })).to.deep.equal(['flow.nodes: has 201 nodes; a flow may have at most 200']);
    const root = clone(nodes[0]!);
    if (root.type === 'question') root.answers.push({ label: 'One more', next: 'q0' });
    expect(paths({ ...flow, nodes: [root, ...nodes.slice(1)] })).to.deep.equal(['flow.nodes[0].answers: has 51 answers; a question may have at most 50']);
  });
});
