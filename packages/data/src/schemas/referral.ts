// Referral flows: their limits, answers, question, information and action nodes, and the flow.
import * as z from 'zod/mini';
import { HttpsUrlSchema, IdSchema, IsoDateSchema, provenance, SourceSchema, text, type Provenance, type Source } from './common.js';
import { JurisdictionSchema, type Jurisdiction } from './contacts.js';

/**
 * The most a referral flow may hold, so that a reader can follow it and a renderer can draw
 * it (the diagram view nests a question's answers inside it):
 *
 * - `nodes`: at most 200 nodes (schema: `maxItems`);
 * - `answers`: at most 50 answers to one question (schema: `maxItems`);
 * - `depth`: at most 100 steps on the longest way from the start, counting the start and the
 *   last step, following `next` and answers without going back to a step already on the way
 *   (checked by `parseReferralFlow`).
 */
export const flowLimits = Object.freeze({ nodes: 200, answers: 50, depth: 100 } as const);

const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const tooMany = (what: string, limit: number) =>
  z.maxLength(limit, {
    error: (issue) => {
      const given = Array.isArray(issue.input) ? `has ${count(issue.input.length)} ${what}s` : 'has too many';
      return `${given}; ${what === 'node' ? 'a flow' : 'a question'} may have at most ${count(limit)}`;
    },
  });

/** Where a step's facts come from, when not only the flow's own source: see {@link FlowStepBase}. */
const nodeProvenance = {
  sources: z.optional(z.array(SourceSchema).check(z.minLength(1, 'must name at least one source'))),
  verifiedOn: z.optional(IsoDateSchema),
};

/** An answer to a question: see {@link FlowAnswer}. */
export const FlowAnswerSchema = z.object({
  label: text('label'),
  next: IdSchema,
});

/** A question with its answers: see {@link FlowQuestion}. */
export const FlowQuestionSchema = z.object({
  type: z.literal('question'),
  id: IdSchema,
  text: text('text'),
  help: z.optional(text('help')),
  caution: z.optional(text('caution')),
  ...nodeProvenance,
  answers: z
    .array(FlowAnswerSchema)
    .check(z.minLength(2, 'a question needs at least two answers'), tooMany('answer', flowLimits.answers)),
});

/** Something to know before going on: see {@link FlowInfo}. */
export const FlowInfoSchema = z.object({
  type: z.literal('info'),
  id: IdSchema,
  title: text('title'),
  text: text('text'),
  caution: z.optional(text('caution')),
  ...nodeProvenance,
  next: IdSchema,
});

/** Something to do: see {@link FlowAction}. */
export const FlowActionSchema = z.object({
  type: z.literal('action'),
  id: IdSchema,
  title: text('title'),
  steps: z.array(text('step')).check(z.minLength(1, 'an action needs at least one step')),
  why: text('why'),
  contacts: z.array(IdSchema),
  link: z.optional(z.object({ url: HttpsUrlSchema, label: text('label') })),
  next: z.optional(IdSchema),
  caution: z.optional(text('caution')),
  ...nodeProvenance,
});

/** A step of a flow: see {@link FlowNode}. */
export const FlowNodeSchema = z.discriminatedUnion('type', [FlowQuestionSchema, FlowInfoSchema, FlowActionSchema]);

/** A referral decision flow: see {@link ReferralFlow}. */
export const ReferralFlowSchema = z.object({
  id: IdSchema,
  title: text('title'),
  summary: text('summary'),
  jurisdictions: z.array(JurisdictionSchema).check(z.minLength(1, 'must name at least one nation')),
  start: IdSchema,
  nodes: z.array(FlowNodeSchema).check(z.minLength(1, 'must hold at least one node'), tooMany('node', flowLimits.nodes)),
  ...provenance,
});

/** The referral flows, as `@ctkit/data/json/referral-flows.json` holds them. */
export const ReferralFlowListSchema = z.array(ReferralFlowSchema);

// Types. Written out, not inferred, so that each field's documentation shows on hover;
// `schemas.test.ts` checks that each is exactly what its schema parses, read-only.

/** An answer to a question: an edge of the flow, named by its label. */
export interface FlowAnswer {
  /** The answer as the reader chooses it, e.g. "Yes". */
  readonly label: string;
  /** Id of the node this answer leads to. */
  readonly next: string;
}

/** What every step of a flow may carry: a caution, and where its facts come from. */
interface FlowStepBase {
  /**
   * What in this step is not confirmed, in plain words (for example a duty whose transfer to
   * a new body no source confirms). Shown as a caution wherever the step is shown.
   */
  readonly caution?: string;
  /**
   * Where this step's facts come from, when more than the flow's own `source` (a law, a
   * nation's guidance, a support provider's page). Each step of the dataset's flows has them
   * or rests on the flow's `source` alone.
   */
  readonly sources?: readonly Source[];
  /** When this step's `sources` were last checked (`YYYY-MM-DD`); required with `sources`. */
  readonly verifiedOn?: string;
}

/** A question with its answers. */
export interface FlowQuestion extends FlowStepBase {
  /** A question. */
  readonly type: 'question';
  /** Kebab-case, unique in its flow. */
  readonly id: string;
  /** The question, e.g. "Is anyone in immediate danger?". */
  readonly text: string;
  /** Help for answering, e.g. who counts as a First Responder. */
  readonly help?: string;
  /** Two to {@link flowLimits}`.answers` (50), each leading to a node. */
  readonly answers: readonly FlowAnswer[];
}

/** Something to know before going on. */
export interface FlowInfo extends FlowStepBase {
  /** Information. */
  readonly type: 'info';
  /** Kebab-case, unique in its flow. */
  readonly id: string;
  /** Its heading. */
  readonly title: string;
  /** What to know, in plain words. */
  readonly text: string;
  /** Id of the node to go on to. */
  readonly next: string;
}

/** Something to do, with whom to contact and why. Every end of a flow is an action. */
export interface FlowAction extends FlowStepBase {
  /** An action. */
  readonly type: 'action';
  /** Kebab-case, unique in its flow. */
  readonly id: string;
  /** Its heading, e.g. "Call 999 now". */
  readonly title: string;
  /** What to do, step by step (at least one). */
  readonly steps: readonly string[];
  /** Why this is the right thing to do. */
  readonly why: string;
  /** Ids of the contacts to use (from `@ctkit/data/contacts` or your own); an end names at least one. */
  readonly contacts: readonly string[];
  /** A further page with the detail (https). */
  readonly link?: {
    /** Its address (https only). */
    readonly url: string;
    /** Link text naming the page, e.g. "GOV.UK: report modern slavery as a first responder". */
    readonly label: string;
  };
  /** Where to go after this action, when it is not the end. */
  readonly next?: string;
}

/** A step of a flow: a question, information, or an action. */
export type FlowNode = FlowQuestion | FlowInfo | FlowAction;

/** A referral decision flow: a graph of question, information and action nodes. `Id`: {@link FlowId} in the dataset. */
export interface ReferralFlow<Id extends string = string> extends Provenance {
  /** Kebab-case, stable across releases; the flowchart's `flow` attribute. */
  readonly id: Id;
  /** Its heading, naming the nations it covers. */
  readonly title: string;
  /** What it helps the reader do, in plain words. */
  readonly summary: string;
  /** The UK nations it applies to (at least one). */
  readonly jurisdictions: readonly Jurisdiction[];
  /** Id of the first node. */
  readonly start: string;
  /** One to {@link flowLimits}`.nodes` (200). */
  readonly nodes: readonly FlowNode[];
}
