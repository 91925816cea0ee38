import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { contacts } from './contacts.js';
import { guidance } from './guidance.js';
import { indicatorSets } from './indicators.js';
import { referralFlows } from './referral.js';
import type { FlowNode, ReferralFlow } from './schemas.js';
import { parseContacts, parseGuidance, parseIndicatorSet, parseReferralFlow, type ParseResult } from './validate.js';

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
      list[0]!.phones = [{ number, display: 'x' }];
      expect(parseContacts(list).ok, number).to.equal(true);
    }
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

  it('takes linear time on a long chain', () => {
    const nodes: FlowNode[] = Array.from({ length: 30_000 }, (_, i) => ({ type: 'info', id: `n${i}`, title: 'x', text: 'x', next: `n${i + 1}` }));
    nodes.push({ type: 'action', id: 'n30000', title: 'x', steps: ['x'], why: 'x', contacts: ['acas'] });
    const wide: FlowNode = { type: 'question', id: 'wide', text: 'x', answers: Array.from({ length: 200_000 }, (_, i) => ({ label: `a${i}`, next: 'n0' })) };
    const started = performance.now();
    expect(parseReferralFlow({ ...clone(referralFlows[0]!), start: 'wide', nodes: [wide, ...nodes] }).ok).to.equal(true);
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
  const paths = (flow: unknown, options?: Parameters<typeof parseReferralFlow>[1]) =>
    errorsOf(parseReferralFlow(flow, options)).map((e) => `${e.path}: ${e.message}`);

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
