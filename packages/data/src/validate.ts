/**
 * `@ctkit/data/validate`: check an organisation's own data before it is shown.
 *
 * Each parser returns `{ ok: true, value }` with a clean copy of the input (unknown fields
 * dropped), or `{ ok: false, errors }` where each error names a `path` such as
 * `contacts[3].phones[0].number` and a plain `message`. They never throw, whatever they are
 * given: wrong types, circular or deeply nested objects, getters that throw.
 *
 * Beyond the schemas they check what JSON Schema cannot: unique ids, references that
 * resolve, and that a referral flow leads somewhere from every step.
 *
 * @module
 */
import type { ZodMiniType } from 'zod/mini';
import { contacts as knownContacts } from './contacts.js';
import {
  ContactListSchema,
  GuidanceTopicSchema,
  IndicatorSetSchema,
  ReferralFlowSchema,
  type Contact,
  type FlowNode,
  type GuidanceTopic,
  type IndicatorSet,
  type ReferralFlow,
} from './schemas.js';

/** One problem found in the input. */
export interface ValidationError {
  /** Where, e.g. `contacts[3].phones[0].number`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
}

/** What every parser returns. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

type Report = (path: string, message: string) => void;

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unreadable error';
  }
}

function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function parse<T>(
  root: string,
  schema: ZodMiniType<T>,
  input: unknown,
  check: (value: T, report: Report, root: string) => void,
): ParseResult<T> {
  try {
    const result = schema.safeParse(input);
    if (!result.success) {
      return {
        ok: false,
        errors: result.error.issues.map((issue) => ({ path: formatPath(root, issue.path), message: issue.message })),
      };
    }
    const errors: ValidationError[] = [];
    check(result.data, (path, message) => errors.push({ path: `${root}${path}`, message }), root);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: result.data };
  } catch (error) {
    return { ok: false, errors: [{ path: root, message: `could not be read: ${describe(error)}` }] };
  }
}

/** Reports every id that appears more than once in `items`, at `root + pathOf(index)`. */
function checkUnique(items: readonly { id: string }[], root: string, pathOf: (index: number) => string, report: Report): void {
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, index);
    else report(`${pathOf(index)}.id`, `duplicate id "${item.id}" (first used at ${root}${pathOf(earlier)})`);
  });
}

/**
 * Validates a list of contacts, for example an organisation's own directory.
 * Paths start with `contacts`.
 */
export function parseContacts(input: unknown): ParseResult<Contact[]> {
  return parse('contacts', ContactListSchema, input, (list, report, root) => {
    checkUnique(list, root, (i) => `[${i}]`, report);
    list.forEach((contact, i) => {
      if (contact.confidence === 'unverified' && !contact.confidenceNote) {
        report(`[${i}].confidenceNote`, 'must say what is not confirmed when confidence is "unverified"');
      }
      if (contact.availability.type === 'weekly') {
        contact.availability.hours.forEach((period, h) => {
          if (period.opens >= period.closes) {
            report(`[${i}].availability.hours[${h}]`, `opens at ${period.opens}, which is not before it closes at ${period.closes}`);
          }
        });
      }
    });
  });
}

/** Validates one indicator set. Paths start with `indicatorSet`. */
export function parseIndicatorSet(input: unknown): ParseResult<IndicatorSet> {
  return parse('indicatorSet', IndicatorSetSchema, input, (set, report, root) => {
    checkUnique(set.credits, root, (i) => `.credits[${i}]`, report);
    checkUnique(set.categories, root, (i) => `.categories[${i}]`, report);
    const credits = new Set(set.credits.map((c) => c.id));
    const indicators = set.categories.flatMap((category, c) =>
      category.indicators.map((indicator, n) => ({ id: indicator.id, credits: indicator.credits, path: `.categories[${c}].indicators[${n}]` })),
    );
    checkUnique(indicators, root, (i) => indicators[i]?.path ?? '', report);
    for (const indicator of indicators) {
      indicator.credits.forEach((credit, k) => {
        if (!credits.has(credit)) report(`${indicator.path}.credits[${k}]`, `credits "${credit}", which is not in the set's credits`);
      });
    }
  });
}

/** Validates one guidance topic. Paths start with `topic`. */
export function parseGuidance(input: unknown): ParseResult<GuidanceTopic> {
  return parse('topic', GuidanceTopicSchema, input, (topic, report, root) => {
    checkUnique(topic.sections, root, (i) => `.sections[${i}]`, report);
    topic.sections.forEach((section, i) => {
      const parts = [section.body, section.items, section.do, section.dont];
      if (!parts.some((part) => part !== undefined && part.length > 0)) {
        report(`.sections[${i}]`, 'must have body text, items, or do / don’t items');
      }
    });
  });
}

function edgesOf(node: FlowNode): string[] {
  if (node.type === 'question') return node.answers.map((answer) => answer.next);
  return node.next === undefined ? [] : [node.next];
}

/** Options for {@link parseReferralFlow}. */
export interface ReferralFlowOptions {
  /**
   * Contacts an action may name besides those in `@ctkit/data/contacts`, e.g. your own
   * safeguarding lead. Ids or whole contacts.
   */
  contacts?: readonly (string | Pick<Contact, 'id'>)[];
}

/**
 * Validates a referral flow, such as an organisation's own pathway. Besides the schema it
 * rejects a start or an answer that leads to no node (a dangling edge), nodes that cannot be
 * reached from the start, steps from which no end can be reached (a loop with no way out),
 * ends that name no contact, and contact ids that are neither in the data nor in
 * `options.contacts`. Paths start with `flow`.
 */
export function parseReferralFlow(input: unknown, options: ReferralFlowOptions = {}): ParseResult<ReferralFlow> {
  let extra: string[];
  try {
    const given: unknown = options?.contacts ?? [];
    if (!Array.isArray(given)) throw new TypeError(`got ${typeof given}`);
    extra = (given as unknown[]).map((c) => (typeof c === 'string' ? c : (c as { id?: unknown } | null)?.id)).filter((id): id is string => typeof id === 'string');
  } catch (error) {
    return { ok: false, errors: [{ path: 'options.contacts', message: `must be a list of contact ids or contacts: ${describe(error)}` }] };
  }
  return parse('flow', ReferralFlowSchema, input, (flow, report, root) => {
    checkUnique(flow.nodes, root, (i) => `.nodes[${i}]`, report);
    const index = new Map<string, number>();
    flow.nodes.forEach((node, i) => {
      if (!index.has(node.id)) index.set(node.id, i);
    });

    if (!index.has(flow.start)) report('.start', `leads to "${flow.start}", which is not a node of this flow`);

    const contactIds = new Set([...knownContacts.map((c) => c.id), ...extra]);

    flow.nodes.forEach((node, i) => {
      const path = `.nodes[${i}]`;
      if (node.type === 'question') {
        const labels = new Set<string>();
        node.answers.forEach((answer, a) => {
          if (!index.has(answer.next)) report(`${path}.answers[${a}].next`, `leads to "${answer.next}", which is not a node of this flow`);
          if (labels.has(answer.label)) report(`${path}.answers[${a}].label`, `repeats the answer "${answer.label}"`);
          labels.add(answer.label);
        });
      } else if (node.next !== undefined && !index.has(node.next)) {
        report(`${path}.next`, `leads to "${node.next}", which is not a node of this flow`);
      }
      if (node.type === 'action') {
        node.contacts.forEach((id, c) => {
          if (!contactIds.has(id)) report(`${path}.contacts[${c}]`, `names the contact "${id}", which is not in the data or your contacts`);
        });
        if (node.next === undefined && node.contacts.length === 0) report(`${path}.contacts`, 'an end must name at least one contact');
      }
    });

    // Forward from the start, and backward from the ends (nodes with no way on): each node
    // once, so a large hostile flow costs linear time.
    const forward = new Map<string, string[]>();
    const backward = new Map<string, string[]>();
    for (const node of flow.nodes) {
      const edges = edgesOf(node).filter((next) => index.has(next));
      forward.set(node.id, edges);
      for (const next of edges) {
        const from = backward.get(next) ?? [];
        from.push(node.id);
        backward.set(next, from);
      }
    }
    const search = (starts: string[], edges: Map<string, string[]>): Set<string> => {
      const seen = new Set<string>();
      const queue = [...starts];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        if (seen.has(id)) continue;
        seen.add(id);
        for (const next of edges.get(id) ?? []) queue.push(next);
      }
      return seen;
    };
    const reached = search(index.has(flow.start) ? [flow.start] : [], forward);
    const leadsToEnd = search(
      flow.nodes.filter((node) => edgesOf(node).length === 0).map((node) => node.id),
      backward,
    );
    flow.nodes.forEach((node, i) => {
      if (index.get(node.id) !== i) return; // duplicates are reported above
      if (index.has(flow.start) && !reached.has(node.id)) {
        report(`.nodes[${i}]`, `"${node.id}" cannot be reached from the start`);
      } else if (!leadsToEnd.has(node.id)) {
        report(`.nodes[${i}]`, `"${node.id}" never leads to an end: it is in a loop with no way out`);
      }
    });
  });
}
