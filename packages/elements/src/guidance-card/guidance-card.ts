import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { GuidanceItem, GuidanceSection, GuidanceTopic } from '@ctkit/data/schemas';
import { renderConfigError } from '../internal/config-error.js';
import { keepPageLanguage, uiDir, uiLang } from '../internal/locale.js';
import { loaded, settled, type Chunk } from '../internal/chunks.js';
import { topics } from './topics.js';
import { CtkElement, type PropertyKind } from '../internal/element.js';
import { code, fromData, headingLevel } from '../internal/markup.js';
import { failed, invalid, loading, problemsOf, ready, type Resolution } from '../internal/resolution.js';
import { styles } from './guidance-card.styles.js';

/** The topic a card shows when given none. */
const DEFAULT_TOPIC = 'victim-centred-practice';

/** How the card shows its topic: in full, as headlines to expand, or as a one-page poster. */
export type GuidanceCardVariant = 'card' | 'compact' | 'poster';

/**
 * One guidance topic from `@ctkit/data/guidance`: how to talk to a possible victim, what a
 * policy must hold, training, awareness, the modern slavery statement. Its title, summary and
 * sections; "Do" and "Don't" lists where the topic has them, each under its own heading and
 * mark (never colour alone), each item's reason a click away; its sources.
 *
 * `variant="compact"` shows each section as a headline that expands (native `<details>`);
 * `variant="poster"` is laid out to print on one A4 page. Pick a topic by id
 * (`topic="training"`), or set the `topic` property to your own topic, validated with
 * `@ctkit/data/validate` (loaded on demand); an unknown id or an invalid topic shows an
 * error naming the problem.
 *
 * @summary A guidance topic: what to do and not do, and why.
 *
 * @slot intro - Your own words after the summary (for example who the guidance is for).
 * @slot - Your own additions after the sections (for example "Our safeguarding lead is …").
 *
 * @csspart base - The whole card.
 * @csspart title - The topic's title (a heading at `heading-level`).
 * @csspart summary - The topic's summary.
 * @csspart section - A section of the topic.
 * @csspart section-title - A section's title (a heading one level below), or its disclosure in the compact variant.
 * @csspart do - The list of things to do.
 * @csspart dont - The list of things not to do.
 * @csspart why - The reason for an item, shown on demand.
 * @csspart sources - Where the guidance comes from.
 * @csspart error - The message shown instead of the card when the configuration is wrong.
 *
 * @cssprop [--ctk-guidance-background=#ffffff] - Background of the card.
 * @cssprop [--ctk-guidance-border=#b1b4b6] - Colour of the card's border.
 * @cssprop [--ctk-guidance-padding=1em 1.25em] - Space inside the card.
 * @cssprop [--ctk-color-do=#00703c] - Colour of the mark beside each thing to do.
 * @cssprop [--ctk-color-dont=#d4351c] - Colour of the mark beside each thing not to do.
 * @cssprop [--ctk-color-text=#0b0c0c] - Text colour.
 * @cssprop [--ctk-color-secondary=#505a5f] - Colour of secondary text (sources, reasons).
 * @cssprop [--ctk-color-link=#1d70b8] - Link colour.
 * @cssprop [--ctk-color-focus=#0b0c0c] - Focus ring colour.
 * @cssprop [--ctk-color-error=#d4351c] - Colour of the bar beside a configuration error.
 * @cssprop [--ctk-color-error-background=#fdf0ee] - Background of a configuration error.
 * @cssprop [--ctk-font-family=inherit] - Font family.
 */
export class CtkGuidanceCard extends CtkElement {
  static override styles = styles;

  protected static override kinds: Readonly<Record<string, PropertyKind>> = { topic: 'id-or-object', variant: 'text', headingLevel: 'number' };

  static override properties: PropertyDeclarations = {
    topic: {},
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /**
   * The topic: an id from `@ctkit/data/guidance` (`victim-centred-practice`,
   * `post-identification-policy`, `policy-essentials`, `training`, `awareness`,
   * `modern-slavery-statement`), or, as a property, your own `GuidanceTopic`, validated.
   * Empty: the default topic.
   */
  topic: string | GuidanceTopic = DEFAULT_TOPIC;

  /** `card` (default: everything), `compact` (sections as headlines that expand) or `poster` (one A4 page in print). */
  variant: GuidanceCardVariant = 'card';

  /** Heading level (1 to 6) of the topic's title; section titles are one level below. */
  headingLevel: number = 2;

  #resolution: Resolution<GuidanceTopic> = loading;

  /** The topic it shows, alone; or the validator, for your own. */
  protected override needs(): Chunk[] {
    // Read before the value is made safe (`kinds`): only a string names a topic.
    const chunk: Chunk = typeof this.topic === 'object' ? 'validate' : topics.chunk((typeof this.topic === 'string' && this.topic) || DEFAULT_TOPIC);
    return settled(chunk) ? [] : [chunk];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('topic')) this.#resolution = this.#resolve();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    keepPageLanguage(this);
  }

  #resolve(): Resolution<GuidanceTopic> {
    const value = this.topic;
    if (value && typeof value === 'object') {
      const result = loaded.validate?.parseGuidanceTopic(value);
      if (!result) return failed(() => msg('Your topic could not be checked. Check the connection and reload the page.'));
      return result.ok ? ready(result.value) : invalid(() => msg('This topic cannot be shown because it is not valid:'), problemsOf(result.errors));
    }
    const id = String(value || DEFAULT_TOPIC);
    const found = topics.get(id);
    if (found) return ready(found);
    if (!topics.ids.includes(id)) return failed(() => msg(html`Unknown topic "${code(id)}". Use one of: ${code(topics.ids.join(', '))}.`));
    return failed(() => msg('The guidance could not be loaded. Check the connection and reload the page.'));
  }

  protected override render() {
    const resolution = this.#resolution;
    if (resolution.state !== 'ready') return resolution.state === 'error' ? renderConfigError(resolution.message()) : nothing;
    const topic = resolution.value;
    const level = headingLevel(this.headingLevel);
    const sources = [topic.source, ...(topic.credits ?? [])];
    return html`
      <article part="base" lang=${uiLang()} dir=${uiDir()} class="card">
        <p part="title" class="title" role="heading" aria-level=${level}>${fromData(topic.title)}</p>
        <p part="summary" class="summary">${fromData(topic.summary)}</p>
        <slot name="intro"></slot>
        ${topic.sections.map((section) => this.#section(section, Math.min(6, level + 1)))}
        <slot></slot>
        <p part="sources" class="sources">
          ${msg('Sources:')}
          ${sources.map((source, i) => html`${i > 0 ? '; ' : ''}<a href=${source.url}>${fromData(source.title)}</a>`)}
        </p>
      </article>
    `;
  }

  #section(section: GuidanceSection, level: number): TemplateResult {
    // Compact, a section's title is a disclosure, not a heading: its "Do" and "Don't" take its level.
    const compact = this.variant === 'compact';
    const inner = compact ? level : Math.min(6, level + 1);
    const body = html`
      ${(section.body ?? []).map((paragraph) => html`<p>${fromData(paragraph)}</p>`)}
      ${section.items
        ? section.ordered
          ? html`<ol class="items">${section.items.map((item) => this.#item(item))}</ol>`
          : html`<ul class="items">${section.items.map((item) => this.#item(item))}</ul>`
        : nothing}
      ${this.#list(section, 'do', msg('Do'), inner)} ${this.#list(section, 'dont', msg("Don't"), inner)}
    `;
    if (compact) {
      return html`
        <details part="section" class="section">
          <summary part="section-title" class="section-title">${fromData(section.title)}</summary>
          ${body}
        </details>
      `;
    }
    return html`
      <section part="section" class="section">
        <p part="section-title" class="section-title" role="heading" aria-level=${level}>${fromData(section.title)}</p>
        ${body}
      </section>
    `;
  }

  /**
   * A "Do" or "Don't" list under its own heading (at `level`), each item marked with ✓ or ✗ as
   * well as colour. The heading is read once, before the list (the list takes no name from it);
   * an item's reason, reached with Tab, is described by it ("…, Don't"). An item's own words
   * say what to do or not to do ("Do not promise…"): nothing is added to them.
   */
  #list(section: GuidanceSection, kind: 'do' | 'dont', label: string, level: number): TemplateResult | typeof nothing {
    const items = section[kind];
    if (!items?.length) return nothing;
    // Section ids are unique in a topic, so these ids are unique in the card.
    const id = `${section.id}-${kind}`;
    return html`
      <div part=${kind} class="rule ${kind}">
        <p class="rule-title" id=${id} role="heading" aria-level=${level}>${label}</p>
        <ul role="list">
          ${items.map((item) => this.#item(item, kind === 'do' ? '✓' : '✗', id))}
        </ul>
      </div>
    `;
  }

  /** An item; in a "Do" or "Don't" list its mark comes first, and its reason is described by the list's heading `list`. */
  #item(item: GuidanceItem, mark?: string, list?: string): TemplateResult {
    const text = html`${mark ? html`<span class="mark" aria-hidden="true">${mark}</span> ` : nothing}${fromData(item.text)}`;
    return html`<li>
      ${item.why && this.variant !== 'poster'
        ? html`<details class="item">
            <summary aria-describedby=${list ?? nothing}>${text}</summary>
            <p part="why" class="why"><span class="why-label">${msg('Why:')}</span> ${fromData(item.why)}</p>
          </details>`
        : text}
    </li>`;
  }
}
