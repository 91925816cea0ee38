import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Contact, FlowNode, ReferralFlow } from '@ctkit/data/schemas';
import { renderFallback } from '../internal/config-error.js';
import { emergencyLine } from '@ctkit/data/emergency-line';
import { contact as helpline } from '@ctkit/data/contacts/modern-slavery-helpline';
import { uiDir, uiLang } from '../internal/locale.js';
import { settled, type Chunk } from '../internal/chunks.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { callContact, callEmergency, dataText, fromData, headingLevel } from '../internal/markup.js';
import { loading, shown } from '../internal/resolution.js';
import { flowIdFor, flows, standIn } from './flows.js';
import { hasExtra, resolveFlow, type Resolved } from './resolve.js';
import { contactFromFile } from '../internal/contacts.js';
import { JsonSource } from '../internal/json-source.js';
import { chart, stepCaution, stepContacts } from './diagram.js';
import { answersOf, current, replay, walk, type Passed, type ReferralAnswer, type Walkable } from './walk.js';
import { styles } from './referral-flowchart.styles.js';

/** How the flow is shown: one question at a time, or the whole flow at once. */
export type ReferralFlowchartView = 'guided' | 'diagram';

export type { ReferralAnswer } from './walk.js';

/** `detail` of the `ctk-step` event. */
export interface ReferralStepDetail {
  /** Id of the step now shown. */
  node: string;
  /** Whether that step is an end of the flow (an action with nothing after it). */
  end: boolean;
  /** The answers given to reach it, in order. */
  answers: ReferralAnswer[];
}


/** A value's content as a string to compare, or `undefined` when it has none (a cycle). */
function key(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/**
 * What to do when trafficking or modern slavery is suspected, from `@ctkit/data/referral`:
 * the flow of the nation the reader is in (`region`: `england` and `wales` share the England
 * and Wales flow, the default; `scotland`; `northern-ireland`), a flow by its id (`flow`, which
 * wins over `region`), or your organisation's own pathway.
 *
 * The guided view (default) asks one question at a time: a heading and a button for each
 * answer. Focus moves to each new step and the change is announced; the answers so far are
 * listed; Back and Start again go back. Each end says what to do, whom to call (`tel:` links
 * from the data) and why.
 *
 * `view="diagram"` shows the whole flow at once as a flow chart: boxes joined by lines, each
 * branch labelled with its answer. It is built of nested lists, so screen readers and narrow
 * screens read it as lists; it prints on one A4 page. Without JavaScript (server-rendered),
 * the guided view shows the whole flow the same way, since its buttons cannot work yet.
 *
 * `contact-src` names a JSON file with your central point of contact, shown at every end of the
 * flow before the national contacts, with no script. Set `flow` to your own `ReferralFlow` (for example "tell the duty manager, then …") and
 * `extraContacts` to the contacts it names that are not in the data: both are validated with
 * `@ctkit/data/validate` (loaded on demand). A step that leads nowhere, a step that cannot be
 * reached, or a contact that does not exist is not shown: the national flow stands in, from
 * its danger step, beside a short notice naming the problem; never a broken flow.
 *
 * Nothing is stored or sent: the answers last as long as the page.
 *
 * @summary The referral flow: one question at a time, or the whole flow chart.
 *
 * @fires {CustomEvent<ReferralStepDetail>} ctk-step - The reader moved (answered, continued, went back or started again), or `back()` or `restart()` ran: `detail` is a `ReferralStepDetail`, with the id of the step now shown and the answers so far.
 *
 * @csspart base - The whole flow.
 * @csspart title - The flow's title (a heading at `heading-level`).
 * @csspart summary - The flow's summary.
 * @csspart path - The answers so far (guided view).
 * @csspart step - The step shown (guided view).
 * @csspart step-title - The question, or the title of the step shown (guided view).
 * @csspart answer - A button for an answer, or for going on to the next step (guided view).
 * @csspart button - The "Back" and "Start again" buttons (guided view).
 * @csspart end - An end of the flow: what to do, whom to call and why.
 * @csspart contacts - The contacts of an action.
 * @csspart caution - What is not confirmed about a contact or a step, when the data says so.
 * @csspart phone - A `tel:` link.
 * @csspart why - Why an action is the right thing to do.
 * @csspart chart - The whole flow chart (diagram view, and the guided view without JavaScript).
 * @csspart node - A box of the flow chart: a question, an information step or an action.
 * @csspart edge - An answer labelling a branch of the flow chart.
 * @csspart source - Where the flow comes from.
 * @csspart error - The notice shown above the national flow when the configuration is wrong.
 *
 * @cssprop [--ctk-color-caution=#f47738] - Colour of the bar beside a caution about unconfirmed facts.
 * @cssprop [--ctk-flow-background=#ffffff] - Background of the boxes and of the step shown.
 * @cssprop [--ctk-flow-border=#b1b4b6] - Colour of the boxes' borders.
 * @cssprop [--ctk-flow-line=#505a5f] - Colour of the lines joining the boxes.
 * @cssprop [--ctk-flow-accent=#1d70b8] - Colour of the bar beside an end and of the answer buttons' borders.
 * @cssprop [--ctk-flow-edge-background=#f3f2f1] - Background of the answer labelling a branch of the flow chart.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text (help, sources).
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-button-background=#ffffff] - Background of its buttons (the same in every browser; keep 4.5:1 contrast with `--ctk-button-color`).
 * @cssprop [--ctk-button-color=#0b0c0c] - Text and border colour of its buttons.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkReferralFlowchart extends CtkElement {
  static override styles = styles;

  static {
    // The guided view replaces the server's whole-flow fallback from the second render, on purpose.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { flow: 'id-or-object', region: 'text', view: 'text', extraContacts: 'list', contactSrc: 'text', answers: 'list', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    flow: {},
    region: {},
    view: { reflect: true },
    extraContacts: { attribute: false },
    contactSrc: { attribute: 'contact-src' },
    answers: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The flow: an id from `@ctkit/data/referral` (`england-wales`, `scotland`,
   * `northern-ireland`), or, as a property, your own `ReferralFlow`, validated. Empty: the flow
   * of `region`.
   */
  flow: string | ReferralFlow = '';

  /**
   * Where the reader is: `england`, `wales`, `scotland` or `northern-ireland`. Picks the flow
   * that serves that nation when `flow` is empty. Empty: England and Wales.
   */
  region: string = '';

  /** `guided` (default: one question at a time) or `diagram` (the whole flow chart). */
  view: ReferralFlowchartView = 'guided';

  /**
   * Contacts your own flow names that are not in `@ctkit/data/contacts` (for example your
   * duty manager); validated.
   */
  extraContacts: readonly Contact[] = [];

  /**
   * The address of a JSON file with your central point of contact (the person in your
   * organisation every concern goes to): one contact, or a list in the format of
   * `@ctkit/data/json/contacts.json` (the directory's `extra-src` file) of which the first is
   * used. It is shown at every end of the flow, first, or after 999 where an end says to call
   * it, with the national contacts after it. Fetched without cookies for other sites and
   * without a referrer, then validated; the flow shows while it loads, and a file that cannot be
   * loaded or is not valid is named beside the national flow. The only request for data this
   * element makes.
   */
  contactSrc: string = '';

  /**
   * The answers given, in order from the first question, as `{ question, answer }` (the
   * question's id and the answer's label, as in `ctk-step`). The reader's answers update it.
   * Set it to resume a walk (it does not fire `ctk-step`): the walk stops at the step after
   * the last answer that applies (an information step there is shown, not passed), and the
   * answers that do not apply are dropped. Never stored anywhere.
   */
  answers: readonly ReferralAnswer[] = [];

  /** Heading level (1 to 6) of the flow's title; the step shown is one level below. */
  headingLevel: number = 2;

  #resolution: Resolved = loading;
  #fileLoaded = false;
  #source = new JsonSource(
    this,
    () => this.contactSrc,
    () => {
      this.#fileLoaded = true;
      this.requestUpdate();
    },
  );

  /** `updateComplete` waits for the `contact-src` file. */
  protected override pendingWork() {
    return [this.#source.pending];
  }
  /** What `#resolution` was made from, so a new array or object with the same content keeps the reader's place. */
  #resolvedFrom: string | undefined;
  /** The steps passed, from the start; the step shown is where the last one leads. */
  #passed: Passed[] = [];
  #announcement = '';
  /** The guided view needs script: until the element has run, it shows the whole flow. */
  #interactive = false;

  /**
   * Moves focus into the flow: to the step shown (guided), or to the flow's title (diagram),
   * where reading goes on (a link elsewhere on the page, such as the checklist's "Follow the
   * referral steps", brings the reader here).
   */
  override focus(options?: FocusOptions): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[part="step-title"]') ?? this.renderRoot.querySelector<HTMLElement>('[part="title"]');
    if (heading) heading.focus(options);
    else super.focus(options);
  }

  /** Goes back to the first step and forgets every answer. */
  restart(): void {
    this.#restart(false);
  }

  /** Goes back one step (nothing happens at the first step). */
  back(): void {
    this.#back(false);
  }

  /** `focus`: the reader pressed the button, so focus follows to the new step. */
  #restart(focus: boolean): void {
    void this.#move([], msg('Started again from the first step.'), focus);
  }

  #back(focus: boolean): void {
    if (this.#passed.length > 0) void this.#move(this.#passed.slice(0, -1), msg('Went back one step.'), focus);
  }

  protected override needs(): Chunk[] {
    const custom = typeof this.flow === 'object' && this.flow !== null;
    // The national flow is needed even with your own: it stands in if yours cannot be shown.
    const wanted: Chunk[] = ['contacts', flows.chunk(flowIdFor(this.region))];
    // Read before the value is made safe (`kinds`): only a string names a flow.
    if (typeof this.flow === 'string' && this.flow) wanted.push(flows.chunk(this.flow));
    if (custom || hasExtra(this.extraContacts) || this.contactSrc) wanted.push('validate');
    return wanted.filter((chunk) => !settled(chunk));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('contactSrc')) this.#source.changed();
    if (changed.has('flow') || changed.has('region') || changed.has('extraContacts') || changed.has('contactSrc') || this.#fileLoaded) {
      // A file that has loaded is new content, even at the same address.
      const from = this.#fileLoaded ? undefined : key([this.flow, this.region, this.extraContacts, this.contactSrc]);
      this.#fileLoaded = false;
      if (from === undefined || from !== this.#resolvedFrom) {
        this.#resolution = resolveFlow({ flow: this.flow, region: this.region, extraContacts: this.extraContacts, local: this.contactSrc ? contactFromFile(this.contactSrc, this.#source.result) : undefined });
        // The steps passed that the new flow has too, in the same order, stay passed.
        const flow = shown(this.#resolution);
        this.#passed = flow ? replay(flow, this.#passed) : [];
      }
      this.#resolvedFrom = from;
    }
    if (changed.has('answers') && key(this.answers) !== key(answersOf(this.#passed))) {
      const flow = shown(this.#resolution);
      this.#passed = flow ? walk(flow, this.answers) : [];
    }
    // Answers that do not apply are dropped, as the reader would see.
    const given = answersOf(this.#passed);
    if (key(given) !== key(this.answers)) this.answers = given;
  }

  protected override firstUpdated(): void {
    this.#interactive = true;
    if (this.view !== 'diagram') this.requestUpdate();
  }

  /**
   * A move: show the new step, tell the page, announce the change and, when the reader made
   * it, move focus to the new step's heading.
   */
  async #move(passed: Passed[], announcement: string, focus = true): Promise<void> {
    const flow = shown(this.#resolution);
    if (!flow) return;
    this.#passed = passed;
    this.answers = answersOf(this.#passed);
    // Emptied first, so the same message twice ("You answered: Yes.") is announced twice.
    this.#announcement = '';
    this.requestUpdate();
    await this.updateComplete;
    const node = current(flow, this.#passed);
    const detail: ReferralStepDetail = { node: node.id, end: node.type === 'action' && node.next === undefined, answers: answersOf(this.#passed) };
    this.dispatchEvent(new CustomEvent<ReferralStepDetail>('ctk-step', { detail, bubbles: true, composed: true }));
    if (focus) this.renderRoot.querySelector<HTMLElement>('[part="step-title"]')?.focus();
    this.#announcement = announcement;
    this.requestUpdate();
    await this.updateComplete;
  }

  protected override render() {
    const resolution = this.#resolution;
    const walkable = shown(resolution);
    const notice =
      resolution.state === 'error'
        ? renderFallback(
            walkable
              ? standIn(walkable.flow.id)
              : msg('This flow could not be shown. In an emergency, or for advice, call the numbers below.'),
            resolution.message(),
          )
        : nothing;
    if (!walkable) {
      // Nothing to draw: the numbers a reader needs most, as the flow's first step would give.
      return html`${notice}
        <p part="base" lang=${uiLang()} dir=${uiDir()}>
          ${msg(html`If someone is in immediate danger, call ${callEmergency(emergencyLine)}.`)}
          ${msg(html`If no one is in immediate danger, call the ${fromData(helpline.name)} on ${helpline.phones.slice(0, 1).map((phone) => callContact(helpline, phone))}.`)}
        </p>`;
    }
    const { flow } = walkable;
    const level = headingLevel(this.headingLevel);
    const guided = this.view !== 'diagram' && this.#interactive;
    return html`
      ${notice}
      <section part="base" lang=${uiLang()} dir=${uiDir()} class="flowchart ${guided ? 'guided' : 'diagram'}">
        <p part="title" class="title" role="heading" aria-level=${level} tabindex="-1">${fromData(flow.title)}</p>
        <p part="summary" class="summary">${fromData(flow.summary)}</p>
        ${guided ? this.#guided(walkable, Math.min(6, level + 1)) : chart(walkable)}
        <p part="source" class="source">
          ${msg('Source:')} <a href=${flow.source.url}>${fromData(flow.source.title)}</a>
          ${msg(str`(checked ${flow.verifiedOn})`)}
        </p>
      </section>
    `;
  }

  // Guided view ---------------------------------------------------------------------------

  #guided(resolved: Walkable, level: number): TemplateResult {
    const node = current(resolved, this.#passed);
    const answered = this.#passed.flatMap((step) => (step.answer && step.node.type === 'question' ? [{ question: step.node.text, answer: step.answer.label }] : []));
    return html`
      ${answered.length > 0
        ? html`<div part="path" class="path">
            <p class="path-title" role="heading" aria-level=${level}>${msg('Your answers so far')}</p>
            <ol>
              ${answered.map((step) => html`<li>${fromData(step.question)} <strong>${fromData(step.answer, step.question)}</strong></li>`)}
            </ol>
          </div>`
        : nothing}
      <div part="step" class="step ${node.type}">${this.#step(resolved, node, level)}</div>
      ${this.#passed.length > 0
        ? html`<p class="nav">
            <button part="button" type="button" @click=${() => this.#back(true)}>${msg('Back')}</button>
            <button part="button" type="button" @click=${() => this.#restart(true)}>${msg('Start again')}</button>
          </p>`
        : nothing}
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      <div class="print-chart">${chart(resolved, new Map(this.#passed.flatMap((step) => (step.answer ? [[step.node.id, step.answer] as const] : []))))}</div>
    `;
  }

  #step(resolved: Walkable, node: FlowNode, level: number): TemplateResult {
    const title = (text: string) => html`<p part="step-title" class="step-title" id="step-title" role="heading" aria-level=${level} tabindex="-1">${fromData(text)}</p>`;
    if (node.type === 'question') {
      return html`
        ${title(node.text)} ${node.help ? html`<p class="help" id="help">${fromData(node.help)}</p>` : nothing} ${stepCaution(node)}
        <div class="answers" role="group" aria-labelledby="step-title" aria-describedby=${node.help ? 'help' : nothing}>
          ${node.answers.map(
            (answer) =>
              html`<button part="answer" type="button" @click=${() => this.#move([...this.#passed, { node, answer }], msg(str`You answered: ${dataText(answer.label, node.text)}.`))}>
                ${fromData(answer.label, node.text)}
              </button>`,
          )}
        </div>
      `;
    }
    const next = html`<p class="answers continue"><button part="answer" type="button" @click=${() => this.#move([...this.#passed, { node }], msg('Next step.'))}>${msg('Continue')}</button></p>`;
    if (node.type === 'info') return html`${title(node.title)}<p>${fromData(node.text)}</p>${stepCaution(node)}${next}`;
    return html`
      <div part=${node.next === undefined ? 'end' : nothing} class="action">
        ${title(node.title)}
        <ol class="steps">
          ${node.steps.map((step) => html`<li>${fromData(step)}</li>`)}
        </ol>
        ${stepCaution(node)} ${stepContacts(resolved, node, Math.min(6, level + 1))}
        <p part="why" class="why"><span class="why-label">${msg('Why:')}</span> ${fromData(node.why)}</p>
        ${node.link ? html`<p><a href=${node.link.url}>${fromData(node.link.label)}</a></p>` : nothing}
      </div>
      ${node.next === undefined ? nothing : next}
    `;
  }
}
