import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Scenario, ScenarioSet } from '@ctkit/data/schemas';
import { renderFallback } from '../internal/config-error.js';
import { loaded, settled, type Chunk } from '../internal/chunks.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { flowchartLink } from '../internal/flowchart-link.js';
import { emergencyStep, helplineStep } from '../internal/help-lines.js';
import { keepPageLanguage, uiDir, uiLang } from '../internal/locale.js';
import { code, fromData, headingLevel } from '../internal/markup.js';
import { failed, invalid, loading, problemsOf, ready, type Resolution } from '../internal/resolution.js';
import { scenarioText, sets } from './sets.js';
import { bestOf, copyOf, key } from './answers.js';
import { reviewList } from './review.js';
import { styles } from './training-scenarios.styles.js';

/** The set shown when no sector is given: for every member of staff. */
const GENERAL = 'general';

/** `quiz` (one scenario at a time) or `review` (every scenario with its best answer: a handout). */
export type TrainingScenariosView = 'quiz' | 'review';

/** `detail` of `ctk-answer`: one scenario answered. */
export interface TrainingAnswerDetail {
  /** The set's id: `general`, a sector's id, or your own set's. */
  sector: string;
  /** The scenario's id. */
  scenario: string;
  /** The position of the choice made (0 for the first). */
  choice: number;
  /** Whether it was the best answer. */
  best: boolean;
  /** Scenarios answered so far, this one included. */
  answered: number;
  /** Scenarios in the set. */
  total: number;
}

/** `detail` of `ctk-complete`: every scenario answered, and "What to remember" shown. */
export interface TrainingCompleteDetail {
  /** The set's id: `general`, a sector's id, or your own set's. */
  sector: string;
  /** Scenarios answered. */
  answered: number;
  /** Scenarios in the set. */
  total: number;
  /** Scenarios whose first (and only) answer was the best one: for your records, never shown to the reader as a score. */
  rightFirstTime: number;
}

/**
 * Training scenarios from `@ctkit/data/scenarios`, for a refresher between training sessions:
 * a short situation that staff in a sector could meet, a question and three or four choices.
 * One scenario at a time, answered by a button (keyboard or touch); the feedback comes at once
 * and is announced: why the answer chosen is or is not the best action and, when it is not,
 * the best one and why. At the end: what to remember, never a judgement of the reader, with
 * 999, the helpline and, when a `<ctk-referral-flowchart>` with an `id` is on the page, a link
 * to it.
 *
 * `view="review"` lists every scenario with its best answer and the reasons for each choice,
 * and prints as a handout. Without JavaScript (server-rendered), and before the element runs,
 * the quiz shows the same list, so every scenario can be read with its answers.
 *
 * `sector` picks the set (`general`, `hospitality`, `aviation`, `healthcare`, `transport`,
 * `education`, `law-enforcement`); the `scenarioSet` property takes your own set instead,
 * validated with `@ctkit/data/validate` (loaded on demand). An unknown sector or an invalid set
 * shows an error naming the problem, with 999 and the helpline beside it.
 *
 * It stores and sends nothing: `ctk-answer` and `ctk-complete` let an intranet or a learning
 * system record completion, if it chooses to.
 *
 * @summary Practise what to do: training scenarios for front-line staff, by sector.
 *
 * @fires {CustomEvent<TrainingAnswerDetail>} ctk-answer - The reader answered a scenario: `detail` is a `TrainingAnswerDetail` (the set, the scenario, the choice, whether it was the best, how many are answered).
 * @fires {CustomEvent<TrainingCompleteDetail>} ctk-complete - The reader answered every scenario and reached "What to remember": `detail` is a `TrainingCompleteDetail` (the set, answered, total, right first time).
 *
 * @csspart base - The whole element.
 * @csspart title - The set's title (a heading at `heading-level`).
 * @csspart summary - Who the set is for.
 * @csspart progress - "Scenario 2 of 6".
 * @csspart scenario - The scenario shown, or one scenario of the review.
 * @csspart scenario-title - A scenario's title (a heading one level below).
 * @csspart situation - What happens.
 * @csspart question - What the reader is asked.
 * @csspart choice - A button for a choice (quiz), or a choice with its reason (review).
 * @csspart feedback - Why the answer chosen is or is not the best action.
 * @csspart best - The best answer, marked in words and with a ✓.
 * @csspart end - What to remember, 999 and the helpline.
 * @csspart button - The "Next scenario", "Start again" and "Show every answer" buttons.
 * @csspart phone - A `tel:` link (999, the helpline).
 * @csspart link - The link to the referral flowchart on the page.
 * @csspart sources - Where the scenarios come from.
 * @csspart error - The message shown when the configuration is wrong (999 and the helpline stay beside it).
 *
 * @cssprop [--ctk-training-background=#ffffff] - Background of the element.
 * @cssprop [--ctk-training-border=#b1b4b6] - Colour of its border.
 * @cssprop [--ctk-training-padding=1em 1.25em] - Space inside it.
 * @cssprop [--ctk-color-do=#00703c] - Colour of the bar and ✓ beside the best answer.
 * @cssprop [--ctk-color-emergency=#d4351c] - Colour of the bar beside the 999 line.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text (progress, sources).
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-button-background=#ffffff] - Background of its buttons (keep 4.5:1 contrast with `--ctk-button-color`).
 * @cssprop [--ctk-button-color=#0b0c0c] - Text and border colour of its buttons.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkTrainingScenarios extends CtkElement {
  static override styles = styles;

  static {
    // The quiz replaces the server's list of every scenario from the second render, on purpose.
    this.disableWarning?.('change-in-update');
  }

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { sector: 'text', scenarioSet: 'object', view: 'text', answers: 'list', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    sector: {},
    scenarioSet: { attribute: false },
    view: { reflect: true },
    answers: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * Whose scenarios: `general` (the default: for every member of staff) or a sector of the
   * indicator checklist: `hospitality`, `aviation`, `healthcare`, `transport`, `education`,
   * `law-enforcement`.
   */
  sector: string = GENERAL;

  /** Your own `ScenarioSet`, validated; shown instead of the sector's. */
  scenarioSet: ScenarioSet | undefined = undefined;

  /** `quiz` (default: one scenario at a time) or `review` (every scenario with its best answer, to read or print). */
  view: TrainingScenariosView = 'quiz';

  /**
   * The choice made for each scenario answered, in order (`0` for a scenario's first choice).
   * The reader's answers update it. Set it to resume (it fires no event): the element shows the
   * feedback on the last answer, or, once every scenario is answered, what to remember. Answers
   * that do not fit the set (past its end, or a choice it does not have) are dropped. Never
   * stored anywhere.
   */
  answers: readonly number[] = [];

  /** Heading level (1 to 6) of the set's title; each scenario's is one level below. */
  headingLevel: number = 2;

  #resolution: Resolution<ScenarioSet> = loading;
  /** The scenario shown; the set's length once every one is answered (the end). */
  #index = 0;
  /** The choice made for each scenario answered, by position. */
  #chosen: number[] = [];
  #announcement: string | TemplateResult = '';
  #announcing?: ReturnType<typeof setTimeout>;
  /** Whether the first answer to each scenario (by id) was the best, since the set was shown: what `rightFirstTime` counts. */
  #firstTry = new Map<string, boolean>();
  /** The quiz needs script: until the element has run, it shows every scenario with its answers. */
  #interactive = false;

  /** Goes back to the first scenario, one at a time, and forgets every answer (nothing was stored). */
  restart(): void {
    this.answers = [];
    this.view = 'quiz';
    void this.#go(0, [], '[part="scenario-title"]', msg('Started again from the first scenario.'));
  }

  protected override needs(): Chunk[] {
    // Read before the value is made safe (`kinds`): only an object is your own set.
    const own = this.scenarioSet !== undefined && this.scenarioSet !== null;
    const id = (typeof this.sector === 'string' && this.sector) || GENERAL;
    const wanted: Chunk[] = [own ? 'validate' : sets.chunk(id)];
    // The set's text in the page's language (an id the dataset does not have is settled at once).
    if (!own) wanted.push(scenarioText.chunk(`${id}/${uiLang()}`));
    return wanted.filter((chunk) => !settled(chunk));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Answers the page gave (not the reader's own, which `answers` already mirrors).
    const given = changed.has('answers') ? copyOf(this.answers) : undefined;
    const resume = given !== undefined && key(given) !== key(this.#chosen);
    const setChanged = changed.has('sector') || changed.has('scenarioSet');
    if (setChanged) {
      const before = this.#resolution.state === 'ready' ? this.#resolution.value.id : undefined;
      this.#resolution = this.#resolve();
      // Another set starts from its first scenario, unless answers for it came with it.
      if (this.#resolution.state !== 'ready' || this.#resolution.value.id !== before) {
        this.#firstTry.clear();
        if (!resume) [this.#chosen, this.#index] = [[], 0];
      }
    }
    if (resume || setChanged) {
      // The answers that fit the set shown (a set of the same id may have fewer scenarios or choices).
      const set = this.#resolution.state === 'ready' ? this.#resolution.value : undefined;
      const total = set?.scenarios.length ?? 0;
      const fits = (choice: unknown, i: number) => typeof choice === 'number' && Number.isInteger(choice) && choice >= 0 && choice < (set?.scenarios[i]?.choices.length ?? 0);
      const from = resume ? given : this.#chosen;
      const cut = from.findIndex((choice, i) => !fits(choice, i));
      const fitted = (cut < 0 ? from : from.slice(0, cut)) as number[];
      // Resumed: the feedback on the last answer, or the end; else the reader stays where they were, if it is still there.
      this.#index = resume ? (fitted.length >= total && total > 0 ? total : Math.max(0, fitted.length - 1)) : Math.min(this.#index, fitted.length, total);
      this.#chosen = fitted;
      if (key(copyOf(this.answers)) !== key(fitted)) this.answers = [...fitted];
    }
  }

  protected override firstUpdated(): void {
    this.#interactive = true;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    keepPageLanguage(this);
  }

  #resolve(): Resolution<ScenarioSet> {
    const own: unknown = this.scenarioSet;
    if (own !== undefined && own !== null) {
      const result = loaded.validate?.parseScenarioSet(own);
      if (!result) return failed(() => msg('Your scenarios could not be checked. Check the connection and reload the page.'));
      return result.ok ? ready(result.value) : invalid(() => msg('These scenarios cannot be shown because they are not valid:'), problemsOf(result.errors));
    }
    const id = this.sector || GENERAL;
    const found = sets.get(id);
    if (found) return ready(found);
    if (!sets.ids.includes(id)) return failed(() => msg(html`Unknown sector "${code(id)}". Use one of: ${code(sets.ids.join(', '))}.`));
    return failed(() => msg('The scenarios could not be loaded. Check the connection and reload the page.'));
  }

  /**
   * Shows scenario `index` (or the end), focuses `focus` in it, and then says `announcement`: a
   * moment later, so that a screen reader reads it after what focus brought, and a message said
   * again (Start again, twice) is heard again.
   */
  async #go(index: number, chosen: number[], focus: string, announcement: string | TemplateResult): Promise<void> {
    this.#index = index;
    this.#chosen = chosen;
    this.#announcement = '';
    clearTimeout(this.#announcing);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    this.#announcing = setTimeout(() => {
      this.#announcement = announcement;
      this.requestUpdate();
    }, 150);
  }

  #answer(set: ScenarioSet, scenario: Scenario, choice: number): void {
    const chosen = [...this.#chosen.slice(0, this.#index), choice];
    this.answers = [...chosen];
    const [picked, best] = [scenario.choices[choice] ?? bestOf(scenario), bestOf(scenario)];
    if (!this.#firstTry.has(scenario.id)) this.#firstTry.set(scenario.id, picked.best === true);
    // Focus brings the heading ("This is the best action"); the status says the rest.
    const said = picked.best ? fromData(picked.feedback) : html`${fromData(picked.feedback)} ${msg('The best action:')} ${fromData(best.text)} ${fromData(best.feedback)}`;
    void this.#go(this.#index, chosen, '[part="feedback"] .feedback-title', said);
    const detail: TrainingAnswerDetail = { sector: set.id, scenario: scenario.id, choice, best: picked.best === true, answered: chosen.length, total: set.scenarios.length };
    this.dispatchEvent(new CustomEvent<TrainingAnswerDetail>('ctk-answer', { detail, bubbles: true, composed: true }));
  }

  #next(set: ScenarioSet): void {
    const index = this.#index + 1;
    if (index < set.scenarios.length) return void this.#go(index, this.#chosen, '[part="scenario-title"]', msg(str`Scenario ${index + 1} of ${set.scenarios.length}`));
    void this.#go(index, this.#chosen, '[part="end"] .end-title', '');
    const rightFirstTime = set.scenarios.filter((scenario, i) => this.#firstTry.get(scenario.id) ?? scenario.choices[this.#chosen[i] ?? -1]?.best === true).length;
    const detail: TrainingCompleteDetail = { sector: set.id, answered: this.#chosen.length, total: set.scenarios.length, rightFirstTime };
    this.dispatchEvent(new CustomEvent<TrainingCompleteDetail>('ctk-complete', { detail, bubbles: true, composed: true }));
  }

  #review = async () => {
    this.#announcement = '';
    this.view = 'review';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  };

  #practise = () => this.restart();

  protected override render() {
    const resolution = this.#resolution;
    if (resolution.state === 'loading') return nothing;
    const level = headingLevel(this.headingLevel);
    if (resolution.state === 'error') {
      // Fail safe: the national numbers stay beside the mistake.
      return html`<div part="base" class="training" lang=${uiLang()} dir=${uiDir()}>
        ${renderFallback(msg('The training scenarios could not be shown. If you need help now, call the numbers below.'), resolution.message())}
        ${this.#help()}
      </div>`;
    }
    const set = resolution.value;
    const quiz = this.view !== 'review' && this.#interactive;
    return html`
      <article part="base" class="training" lang=${uiLang()} dir=${uiDir()}>
        <p part="title" class="title" role="heading" aria-level=${level} tabindex="-1">${fromData(set.title)}</p>
        <p part="summary" class="summary">${fromData(set.summary)}</p>
        ${quiz ? this.#quiz(set, Math.min(6, level + 1)) : html`${reviewList(set, Math.min(6, level + 1))}${this.#end(set, Math.min(6, level + 1), false)}`}
        <p part="sources" class="sources">
          ${msg('Sources:')} ${[set.source, ...(set.credits ?? [])].map((source, i) => html`${i > 0 ? '; ' : ''}<a href=${source.url}>${fromData(source.title)}</a>`)}
        </p>
        <p class="visually-hidden" role="status">${this.#announcement}</p>
      </article>
    `;
  }

  /** One scenario at a time, or the end. */
  #quiz(set: ScenarioSet, level: number): TemplateResult {
    const scenario = set.scenarios[this.#index];
    if (!scenario) return this.#end(set, level, true);
    const chosen = this.#chosen[this.#index];
    return html`
      <section part="scenario" class="scenario" aria-labelledby="scenario-title">
        <p part="progress" class="progress">${msg(str`Scenario ${this.#index + 1} of ${set.scenarios.length}`)}</p>
        <p part="scenario-title" id="scenario-title" class="scenario-title" role="heading" aria-level=${level} tabindex="-1">${fromData(scenario.title)}</p>
        <p part="situation">${fromData(scenario.situation)}</p>
        <p part="question" id="question" class="question">${fromData(scenario.question)}</p>
        ${chosen === undefined
          ? html`<div role="group" aria-labelledby="question">
              <ul class="choices" role="list">
                ${scenario.choices.map((choice, i) => html`<li><button part="choice" type="button" @click=${() => this.#answer(set, scenario, i)}>${fromData(choice.text)}</button></li>`)}
              </ul>
            </div>`
          : this.#feedback(set, scenario, chosen, level)}
      </section>
    `;
  }

  #feedback(set: ScenarioSet, scenario: Scenario, chosen: number, level: number): TemplateResult {
    const picked = scenario.choices[chosen];
    const best = bestOf(scenario);
    if (!picked) return html``;
    const last = this.#index === set.scenarios.length - 1;
    return html`
      <div part="feedback" class="feedback ${picked.best ? 'is-best' : ''}">
        <p class="feedback-title" role="heading" aria-level=${Math.min(6, level + 1)} tabindex="-1">${picked.best ? msg('This is the best action') : msg('There is a better action')}</p>
        <p><strong>${msg('Your answer:')}</strong> ${fromData(picked.text)}</p>
        <p>${fromData(picked.feedback)}</p>
        ${picked.best
          ? nothing
          : html`<div part="best" class="best">
              <p><strong><span aria-hidden="true">✓ </span>${msg('The best action:')}</strong> ${fromData(best.text)}</p>
              <p>${fromData(best.feedback)}</p>
            </div>`}
        <p class="actions">
          <button part="button" type="button" @click=${() => this.#next(set)}>${last ? msg('See what to remember') : msg('Next scenario')}</button>
        </p>
      </div>
    `;
  }

  /** What to remember, 999 and the helpline; after the quiz, the buttons to go on. */
  #end(set: ScenarioSet, level: number, finished: boolean): TemplateResult {
    return html`
      <section part="end" class="end" aria-labelledby="remember">
        <p id="remember" class="end-title" role="heading" aria-level=${level} tabindex="-1">${msg('What to remember')}</p>
        ${finished ? html`<p>${msg(str`You have worked through all ${set.scenarios.length} scenarios.`)}</p>` : nothing}
        <ul class="remember">
          ${set.remember.map((point) => html`<li>${fromData(point)}</li>`)}
        </ul>
        ${this.#help()}
        ${this.#interactive
          ? html`<p class="actions">
              ${finished
                ? html`<button part="button" type="button" @click=${() => this.restart()}>${msg('Start again')}</button>
                    <button part="button" type="button" @click=${this.#review}>${msg('Show every answer')}</button>`
                : html`<button part="button" type="button" @click=${this.#practise}>${msg('Practise one scenario at a time')}</button>`}
            </p>`
          : nothing}
      </section>
    `;
  }

  /** 999, the helpline, and the way to the referral flowchart on the page. */
  #help(): TemplateResult {
    return html`<ul class="steps" role="list">
      <li class="emergency">${emergencyStep()}</li>
      <li>${helplineStep()}</li>
      ${flowchartLink(this, (link) => html`<li>${link}</li>`)}
    </ul>`;
  }
}

