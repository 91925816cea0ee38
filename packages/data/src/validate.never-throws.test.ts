// @ctkit/data/validate on any input at all: arbitrary, circular, deeply nested and hostile values.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatPath, parseContact, parseContacts, parseGuidanceTopic, parseIndicatorSet, parseReferralFlow, type ParseResult } from './validate.js';

const parsers = {
  parseContact,
  parseContacts,
  parseIndicatorSet,
  parseGuidanceTopic,
  parseReferralFlow: (input: unknown) => parseReferralFlow(input),
};

/** A well-formed result: ok with a value, or errors that each have a path and a message. */
function expectWellFormed(result: ParseResult<unknown>) {
  if (result.ok) {
    expect(result).to.have.property('value');
  } else {
    expect(result.errors).to.be.an('array').that.is.not.empty;
    for (const error of result.errors) {
      expect(error.path).to.be.an('array').that.is.not.empty;
      expect(error.pathText).to.equal(formatPath(error.path));
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
