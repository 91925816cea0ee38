import { html } from 'lit';
import type { FlowAction, FlowQuestion, ReferralFlow } from '@ctkit/data/schemas';
import type { ReferralAnswer } from './referral-flowchart.js';
import { getReferralFlow } from '@ctkit/data/referral';
import type { Fixture } from '../fixture-types.fixtures.js';
import { dataPath, dutyManager, ownContacts, safeguardingLead, unsafeContact } from '../contacts.fixtures.js';

/** A way through a flow: the answers given, and the end they lead to. */
export interface FlowPath {
  answers: ReferralAnswer[];
  end: FlowAction;
}

/**
 * Every way from the start to an end, visiting no step twice. (An info or action step with a
 * `next` needs no answer: it is passed with "Continue".)
 */
export function pathsThrough(flow: ReferralFlow): FlowPath[] {
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  const paths: FlowPath[] = [];
  const visit = (id: string, answers: ReferralAnswer[], seen: ReadonlySet<string>): void => {
    const node = nodes.get(id);
    if (!node || seen.has(id)) return;
    const next = new Set(seen).add(id);
    if (node.type === 'question') node.answers.forEach((answer) => visit(answer.next, [...answers, { question: node.id, answer: answer.label }], next));
    else if (node.next !== undefined) visit(node.next, answers, next);
    else if (node.type === 'action') paths.push({ answers, end: node });
  };
  visit(flow.start, [], new Set());
  return paths;
}

export const englandWales = getReferralFlow('england-wales') as ReferralFlow;

/** An organisation's own pathway: the duty manager first, then the safeguarding lead or the helpline. */
export const customFlow: ReferralFlow = {
  id: 'riverside-hotel',
  title: 'Riverside Hotel: if you are worried about a guest or a worker',
  summary: 'What to do on any shift, step by step. Our duty manager is the central point of contact.',
  jurisdictions: ['GB-WLS'],
  start: 'danger',
  nodes: [
    {
      type: 'question',
      id: 'danger',
      text: 'Is anyone in immediate danger?',
      answers: [
        { label: 'Yes', next: 'call-999' },
        { label: 'No', next: 'duty-manager' },
      ],
    },
    {
      type: 'action',
      id: 'call-999',
      title: 'Call 999, then tell the duty manager',
      steps: ['Call 999 and ask for the police.', 'Then tell the duty manager, who will meet the police at the door.'],
      why: 'Danger comes first; the duty manager knows the building and the guest list.',
      contacts: ['police-emergency', dutyManager.id],
    },
    {
      type: 'action',
      id: 'duty-manager',
      title: 'Tell the duty manager',
      steps: ['Tell the duty manager what you saw, away from the guest.', 'Write it in the safeguarding log: what, where and when, not guesses.'],
      why: 'The duty manager is our central point of contact, on site day and night.',
      contacts: [dutyManager.id],
      next: 'lead-on-shift',
    },
    {
      type: 'question',
      id: 'lead-on-shift',
      text: 'Is the safeguarding lead on shift?',
      help: 'The rota by the staff room door shows who is on.',
      answers: [
        { label: 'Yes', next: 'tell-lead' },
        { label: 'No', next: 'helpline' },
      ],
    },
    {
      type: 'action',
      id: 'tell-lead',
      title: 'The safeguarding lead takes it from here',
      steps: ['The duty manager tells the safeguarding lead, who decides on a referral.'],
      why: 'Our safeguarding lead is trained to make referrals and knows the local services.',
      contacts: [safeguardingLead.id],
    },
    {
      type: 'action',
      id: 'helpline',
      title: 'Call the Modern Slavery & Exploitation Helpline',
      steps: ['The duty manager calls the helpline for advice, then tells the safeguarding lead in the morning.'],
      why: 'The helpline is open day and night, and can advise on what to do now.',
      contacts: ['modern-slavery-helpline'],
    },
  ],
  source: { title: 'Riverside Hotel staff handbook', url: 'https://example.org/handbook' },
  verifiedOn: '2026-11-01',
};

/**
 * A flow with the three mistakes the validator names: an answer that leads nowhere (a
 * dangling edge), a step no answer leads to, and a contact that does not exist.
 */
export const invalidFlow = {
  ...customFlow,
  nodes: customFlow.nodes.map((node) => {
    if (node.id === 'danger') return { ...node, answers: [{ label: 'Yes', next: 'call-999' }, { label: 'No', next: 'duty-manger' }] };
    if (node.id === 'helpline') return { ...node, contacts: ['night-porter'] };
    return node;
  }),
};

const riverside = (id: string) => customFlow.nodes.find((node) => node.id === id);

/**
 * A flow where two answers lead to the same end, and one answer loops back to ask again:
 * the diagram draws each step once and refers back to it.
 */
export const loopingFlow: ReferralFlow = {
  ...customFlow,
  id: 'riverside-night-porter',
  title: 'Riverside Hotel: night porters',
  start: 'danger',
  nodes: [
    { ...(riverside('danger') as FlowQuestion), answers: [{ label: 'Yes', next: 'call-999' }, { label: 'No', next: 'sure' }] },
    {
      type: 'action',
      id: 'call-999',
      title: 'Call 999',
      steps: ['Call 999 and ask for the police.'],
      why: 'Danger comes first.',
      contacts: ['police-emergency'],
    },
    {
      type: 'question',
      id: 'sure',
      text: 'Are you sure of what you saw?',
      answers: [
        { label: 'Yes', next: 'duty-manager' },
        { label: 'Not yet', next: 'look-again' },
        { label: 'Someone is now in danger', next: 'call-999' },
      ],
    },
    { ...(riverside('duty-manager') as FlowAction), next: undefined },
    {
      type: 'info',
      id: 'look-again',
      title: 'Look again, quietly',
      text: 'Do not follow or question anyone. Note what you see and when, then answer again.',
      next: 'sure',
    },
  ],
};

const views = ['guided', 'diagram'] as const;

/**
 * The ends of the England and Wales flow, by node id: a story names an end's fixture
 * `end-<id>`. The end fixtures themselves come from the data, one for each way through the
 * flow (`pathsThrough`), so every end is scanned: an end new in the data then has a fixture
 * that no story shows, which test/fixtures.test.ts reports (add its id here, and its story);
 * an end gone from the data fails the story that names it, when Storybook loads it.
 */
export type EnglandWalesEndId =
  | 'call-999'
  | 'child'
  | 'nrm-referral'
  | 'contact-first-responder'
  | 'duty-to-notify'
  | 'helpline-advice'
  | 'check-duty'
  | 'labour'
  | 'work-rights'
  | 'health';

export const referralFlowchartFixtures = [
  ...views.map((view) => ({
    id: `england-wales-${view}` as const,
    name: `England and Wales, ${view}`,
    description:
      view === 'guided'
        ? 'The default: one question at a time, with Back and Start again.'
        : '`view="diagram"`: the whole flow as a flow chart, made of nested lists. Print it to see it on one A4 page.',
    template: () => html`<ctk-referral-flowchart view=${view}></ctk-referral-flowchart>`,
  })),
  ...pathsThrough(englandWales).map(({ answers, end }) => ({
    id: `end-${end.id}` as `end-${EnglandWalesEndId}`,
    name: `End: ${end.title}`,
    description: `Where the answers ${answers.map((a) => `"${a.answer}"`).join(', ')} lead, set with the \`answers\` property.`,
    template: () => html`<ctk-referral-flowchart .answers=${answers}></ctk-referral-flowchart>`,
  })),
  ...(['scotland', 'northern-ireland'] as const).flatMap((region) =>
    views.map((view) => ({
      id: `${region}-${view}` as const,
      name: `${region === 'scotland' ? 'Scotland' : 'Northern Ireland'}, ${view}`,
      description: `\`region="${region}"\` (or \`flow="${region}"\`): that nation's flow, its child route, support providers and duty to notify.`,
      template: () => html`<ctk-referral-flowchart region=${region} view=${view}></ctk-referral-flowchart>`,
    })),
  ),
  {
    id: 'national-flow-own-contact',
    name: 'The national flow, with your central point of contact',
    description:
      '`contact-src` names a JSON file whose first contact (your central point of contact) is shown at every end of the national flow: first, or after 999 where an end says to call it. No script needed.',
    template: () => html`<ctk-referral-flowchart view="diagram" contact-src="${dataPath}own-contacts.json"></ctk-referral-flowchart>`,
  },
  ...views.map((view) => ({
    id: `own-flow-${view}` as const,
    name: `Your own flow, ${view}`,
    description: "An organisation's own pathway in the `flow` property, naming its own contacts from `extraContacts`; both validated.",
    template: () => html`<ctk-referral-flowchart view=${view} .flow=${customFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`,
  })),
  {
    id: 'own-flow-loop-diagram',
    name: 'Your own flow with a loop, diagram',
    description: 'Two answers lead to the same end and one loops back to ask again: each step is drawn once, and referred back to.',
    template: () => html`<ctk-referral-flowchart view="diagram" .flow=${loopingFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`,
  },
  {
    id: 'unknown-flow',
    name: 'Unknown flow',
    description: 'A flow id the data does not have: a visible error naming it, and the flows there are.',
    template: () => html`<ctk-referral-flowchart flow="england-and-wales"></ctk-referral-flowchart>`,
    error: true,
  },
  {
    id: 'unknown-region',
    name: 'Unknown region',
    description: 'A region that is not a UK nation: a visible error naming the regions there are, above the England and Wales flow.',
    template: () => html`<ctk-referral-flowchart region="scotlnd"></ctk-referral-flowchart>`,
    error: true,
  },
  {
    id: 'invalid-custom-flow',
    name: 'Invalid custom flow',
    description: 'A flow with an answer that leads nowhere, a step that cannot be reached and an unknown contact: the error names each.',
    template: () => html`<ctk-referral-flowchart .flow=${invalidFlow} .extraContacts=${ownContacts}></ctk-referral-flowchart>`,
    error: true,
  },
  {
    id: 'invalid-extra-contact',
    name: 'Invalid extra contact',
    description: 'A contact in `extraContacts` with a javascript: link and a number that is not E.164: never shown.',
    template: () => html`<ctk-referral-flowchart .flow=${customFlow} .extraContacts=${[unsafeContact, dutyManager]}></ctk-referral-flowchart>`,
    error: true,
  },
] as const satisfies readonly Fixture[];
