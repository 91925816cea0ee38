/**
 * The "Get the code" page of the docs site, for web editors who do not write code: choose the
 * components and their options, enter your own contacts (checked with `@ctkit/data/validate`
 * as you type, each problem beside its field), see the result, copy the snippet, and download
 * one zip with the kit's files, your contacts file and where each goes, with the steps for
 * WordPress and SharePoint. Not part of the packages: it lives with the stories.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { parseContacts, type ValidationError } from '@ctkit/data/validate';
import { sectors } from '@ctkit/data/indicators';
import { guidance } from '@ctkit/data/guidance';
import { scenarioSets } from '@ctkit/data/scenarios';
import { locales, localeStatus, setLocale } from '@ctkit/elements/localize.js';
import {
  contactRecords,
  contactsFile,
  defaultChoices,
  emptyContact,
  examplePage,
  fieldOf,
  inEditorsWords,
  placement,
  readme,
  settingsFile,
  settingsScript,
  sharepointSteps,
  snippet,
  wordpressSteps,
  type Choices,
  type ContactInput,
  type Region,
} from './choices.js';
import { zip } from './zip.js';

/** The kit's files (`dist/cdn/`, source maps left out) and the address they are served from in Storybook. */
declare const __CTKIT_KIT_FILES__: readonly string[];
const kitFiles: readonly string[] = typeof __CTKIT_KIT_FILES__ === 'undefined' ? [] : __CTKIT_KIT_FILES__;
const kitBase = 'ctkit-kit/';

const today = () => new Date().toISOString().slice(0, 10);
const labels: Record<Exclude<keyof ContactInput, 'key'>, string> = {
  name: 'Name (a person or a team, and your organisation)',
  role: 'What they do, in a sentence',
  phone: 'Phone number',
  email: 'Email address (optional)',
  hours: 'When they can be reached',
  opens: 'Opens',
  closes: 'Closes',
  source: 'Where this is written down (the address of your policy or staff page, https://…)',
  checkedOn: 'Checked on',
};
// The emergency line is always in the list; your own contacts too, when you give them.
const categories = [
  ['report', 'Report a concern'],
  ['advice', 'Advice'],
  ['support', 'Support'],
] as const;

export class CtkitGetTheCode extends LitElement {
  static override properties = { choices: { state: true }, contacts: { state: true }, touched: { state: true }, showAll: { state: true }, status: { state: true } };

  // Declared, not initialised as class fields, which would hide Lit's reactive accessors.
  declare choices: Choices;
  declare contacts: ContactInput[];
  /** The fields a problem is shown beside: those the editor has typed in or left. */
  declare touched: Set<string>;
  declare status: string;
  /** Every problem shown, not only those of fields the editor has been in (after a copy or download was refused). */
  declare showAll: boolean;
  #preview?: string;
  /** The blob: address of the contacts file the preview reads. */
  #file?: string;

  constructor() {
    super();
    this.choices = defaultChoices;
    this.contacts = [emptyContact(today())];
    this.touched = new Set();
    this.status = '';
    this.showAll = false;
  }

  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      line-height: 1.5;
      color: #0b0c0c;
    }
    .layout {
      display: grid;
      gap: 2rem;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    }
    fieldset {
      margin: 0 0 1rem;
      border: 1px solid #b1b4b6;
    }
    legend {
      font-weight: 700;
    }
    label {
      display: block;
      margin-block: 0.5rem 0.1rem;
    }
    .check {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    input[type='checkbox'] {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    input:not([type='checkbox']),
    select {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.5rem;
      font: inherit;
    }
    .error {
      margin: 0.2rem 0;
      padding-inline-start: 0.5rem;
      border-inline-start: 4px solid #d4351c;
      color: #a51c00;
    }
    [aria-invalid='true'] {
      border: 2px solid #d4351c;
    }
    button {
      min-block-size: 2.75rem;
      padding-inline: 1rem;
      font: inherit;
    }
    pre {
      overflow-x: auto;
      padding: 1rem;
      background: #f3f2f1;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .preview {
      max-block-size: 36rem;
      overflow: auto;
      padding: 1rem;
      border: 2px dashed #b1b4b6;
    }
  `;

  #set<K extends keyof Choices>(key: K, value: Choices[K]): void {
    this.choices = { ...this.choices, [key]: value };
  }

  /** The contacts as records, and what is wrong with them, by contact and field. */
  #checked(): { records: unknown[]; valid: boolean; problems: Map<string, string[]> } {
    const filled = this.contacts.filter((c) => Object.entries(c).some(([key, value]) => !['key', 'hours', 'opens', 'closes', 'checkedOn'].includes(key) && String(value).trim()));
    const records = contactRecords(filled, this.choices.region);
    const problems = new Map<string, string[]>();
    const add = (key: string, message: string) => problems.set(key, [...(problems.get(key) ?? []), message]);
    if (filled.length === 0) return { records: [], valid: true, problems };
    const result = parseContacts(records);
    if (!result.ok) {
      for (const error of result.errors as readonly ValidationError[]) {
        const [, index, ...rest] = error.path;
        const field = typeof index === 'number' ? fieldOf(rest) : undefined;
        const contact = typeof index === 'number' ? Math.max(0, this.contacts.findIndex((c) => c === filled[index])) : 0;
        const message = error.path.length > 2 && /same id|twice|duplicate/i.test(error.message) ? 'Two contacts have this name: give each its own.' : inEditorsWords(field, error.message);
        add(`${contact}.${field ?? 'name'}`, message);
      }
    }
    filled.forEach((c) => {
      if (!c.phone.trim() && !c.email.trim()) add(`${this.contacts.indexOf(c)}.phone`, 'Give a phone number (or an email address), so readers can reach them.');
    });
    return { records, valid: problems.size === 0, problems };
  }

  /**
   * A field with its label and, once the editor has been in it (or tried to copy or download),
   * its problems above it, tied to it by `aria-describedby`.
   */
  #field(i: number, key: Exclude<keyof ContactInput, 'key'>, problems: Map<string, string[]>): TemplateResult {
    const id = `c${i}-${key}`;
    const contact = this.contacts[i];
    const seen = this.showAll || this.touched.has(`${contact?.key}-${key}`);
    const shown = seen ? (problems.get(`${i}.${key}`) ?? []) : [];
    const update = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      this.contacts = this.contacts.map((c, n) => (n === i ? { ...c, [key]: target.value } : c));
      this.touched = new Set([...this.touched, `${contact?.key}-${key}`]);
    };
    const describedBy = shown.length > 0 ? shown.map((_, n) => `${id}-error-${n}`).join(' ') : nothing;
    const invalid = shown.length > 0 ? 'true' : 'false';
    const control =
      key === 'hours'
        ? html`<select id=${id} name=${key} aria-invalid=${invalid} aria-describedby=${describedBy} @change=${update}>
            <option value="always" ?selected=${contact?.hours === 'always'}>Any time, day or night</option>
            <option value="weekdays" ?selected=${contact?.hours === 'weekdays'}>Monday to Friday, at set hours</option>
            <option value="unknown" ?selected=${contact?.hours === 'unknown'}>Not known</option>
          </select>`
        : html`<input
            id=${id}
            name=${key}
            type=${key === 'email' ? 'email' : key === 'phone' ? 'tel' : key === 'checkedOn' ? 'date' : key === 'source' ? 'url' : key === 'opens' || key === 'closes' ? 'time' : 'text'}
            .value=${contact?.[key] ?? ''}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
            autocomplete="off"
            @input=${update}
            @blur=${update}
          />`;
    return html`<label for=${id}>${labels[key]}</label>
      ${shown.map((message, n) => html`<p class="error" id="${id}-error-${n}">${message}</p>`)} ${control}`;
  }

  #contactForm(problems: Map<string, string[]>): TemplateResult {
    return html`<fieldset>
      <legend>Your own contacts (optional)</legend>
      <p>Your safeguarding lead or central point of contact, shown first: above the national list in the directory, in place of the helpline in the banner (999 stays), under "What to do next" in the checklist, and at each end of the flowchart. They go in a file beside the kit; nothing is sent anywhere from this page.</p>
      ${this.contacts.map(
        (contact, i) => html`<fieldset>
          <legend>Contact ${i + 1}</legend>
          ${this.#field(i, 'name', problems)} ${this.#field(i, 'role', problems)} ${this.#field(i, 'phone', problems)} ${this.#field(i, 'email', problems)}
          ${this.#field(i, 'hours', problems)}
          ${contact.hours === 'weekdays' ? html`${this.#field(i, 'opens', problems)} ${this.#field(i, 'closes', problems)}` : nothing} ${this.#field(i, 'source', problems)}
          ${this.#field(i, 'checkedOn', problems)}
          ${this.contacts.length > 1 ? html`<p><button type="button" @click=${() => void this.#remove(i)}>Remove contact ${i + 1}</button></p>` : nothing}
        </fieldset>`,
      )}
      <p><button type="button" id="add-contact" @click=${() => (this.contacts = [...this.contacts, emptyContact(today(), Math.max(...this.contacts.map((c) => c.key)) + 1)])}>Add another contact</button></p>
    </fieldset>`;
  }

  #componentsForm(): TemplateResult {
    const c = this.choices;
    const check = (id: string, label: string, on: boolean, change: (on: boolean) => void) =>
      html`<p class="check"><input type="checkbox" id=${id} .checked=${on} @change=${(e: Event) => change((e.target as HTMLInputElement).checked)} /><label for=${id}>${label}</label></p>`;
    const select = (id: string, label: string, value: string, options: readonly (readonly [string, string])[], change: (value: string) => void) =>
      html`<label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => change((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>`;
    return html`<fieldset>
        <legend>Components</legend>
        ${check('quick-exit', 'Quick exit (a button that leaves the page at once)', c.quickExit, (on) => this.#set('quickExit', on))}
        ${check('banner', 'Helpline banner', c.banner.on, (on) => this.#set('banner', { ...c.banner, on }))}
        ${c.banner.on ? select('banner-variant', 'Banner style', c.banner.variant, [['full', 'Full'], ['compact', 'Compact']], (v) => this.#set('banner', { ...c.banner, variant: v as 'full' })) : nothing}
        ${c.banner.on
          ? check('banner-own', 'Your first contact in place of the helpline (for a staff page; 999 stays). Leave it off on a page for the public.', c.banner.own, (own) => this.#set('banner', { ...c.banner, own }))
          : nothing}
        ${check('checklist', 'Checklist of signs', c.checklist.on, (on) => this.#set('checklist', { ...c.checklist, on }))}
        ${c.checklist.on ? select('checklist-sector', 'Signs for', c.checklist.sector, [['', 'Everyone (the general signs)'], ...sectors.map((s) => [s.id, s.name] as const)], (v) => this.#set('checklist', { ...c.checklist, sector: v })) : nothing}
        ${check('flowchart', 'Referral flowchart (what to do next)', c.flowchart.on, (on) => this.#set('flowchart', { ...c.flowchart, on }))}
        ${c.flowchart.on ? select('flowchart-view', 'Flowchart view', c.flowchart.view, [['guided', 'One question at a time'], ['diagram', 'The whole flow at once']], (v) => this.#set('flowchart', { ...c.flowchart, view: v as 'guided' })) : nothing}
        ${check('guidance', 'Guidance card', c.guidance.on, (on) => this.#set('guidance', { ...c.guidance, on }))}
        ${c.guidance.on ? select('guidance-topic', 'Topic', c.guidance.topic, guidance.map((g) => [g.id, g.title] as const), (v) => this.#set('guidance', { ...c.guidance, topic: v })) : nothing}
        ${check('directory', 'Contact directory', c.directory.on, (on) => this.#set('directory', { ...c.directory, on }))}
        ${c.directory.on
          ? html`<fieldset>
              <legend>Directory shows (none ticked: all; the emergency line and your own contacts always)</legend>
              ${categories.map(([category, label]) =>
                check(`category-${category}`, label, c.directory.categories.includes(category), (on) =>
                  this.#set('directory', { ...c.directory, categories: on ? [...c.directory.categories, category] : c.directory.categories.filter((x) => x !== category) }),
                ),
              )}
            </fieldset>`
          : nothing}
        ${check('training', 'Training scenarios', c.training.on, (on) => this.#set('training', { ...c.training, on }))}
        ${c.training.on ? select('training-sector', 'Scenarios for', c.training.sector, scenarioSets.map((s) => [s.id, s.title] as const), (v) => this.#set('training', { ...c.training, sector: v })) : nothing}
        ${check('poster', 'Awareness poster', c.poster.on, (on) => this.#set('poster', { ...c.poster, on }))}
        ${c.poster.on ? select('poster-audience', 'Poster for', c.poster.audience, [['public', 'The public'], ['affected', 'A person who may be trafficked']], (v) => this.#set('poster', { ...c.poster, audience: v as 'public' })) : nothing}
      </fieldset>
      <fieldset>
        <legend>Where and in what language</legend>
        ${select('region', 'Nation', c.region, [['', 'England and Wales'], ['england', 'England'], ['wales', 'Wales'], ['scotland', 'Scotland'], ['northern-ireland', 'Northern Ireland']], (v) => this.#set('region', v as Region))}
        ${select('language', 'Language', c.language, locales.map((l) => [l, `${localeStatus[l]?.name ?? l}${localeStatus[l]?.status === 'draft' ? ' (draft translation)' : ''}`] as const), (v) => this.#set('language', v))}
      </fieldset>`;
  }

  override render() {
    const { records, valid, problems } = this.#checked();
    const withContacts = valid && records.length > 0;
    const code = snippet(this.choices, withContacts);
    return html`<main>
      <h1>Get the code</h1>
      <p>Choose what to show, add your own contacts if you like, then copy the snippet into your page and put the files on your site. No account, nothing sent: everything happens in this browser tab.</p>
      <div class="layout">
        <form @submit=${(e: Event) => e.preventDefault()}>${this.#componentsForm()} ${this.#contactForm(problems)}</form>
        <div>
          <h2>Preview</h2>
          <p role="status">${!valid ? html`<span class="error">Your contacts have a mistake (named beside the fields): the preview leaves them out until it is fixed.</span>` : nothing}</p>
          ${this.choices.quickExit ? html`<p>The quick exit is not in the preview: here it would take you away from this page. On your page it sits at the top of the screen.</p>` : nothing}
          <div class="preview" id="preview" role="region" aria-label="Preview" tabindex="0"></div>
          <h2>The snippet</h2>
          <p>Paste it into your page where the help should appear.</p>
          <pre id="snippet">${code}</pre>
          <p><button type="button" id="copy" @click=${() => this.#copy(code)}>Copy the snippet</button></p>
          <h2>The files</h2>
          <p><button type="button" id="download" @click=${() => this.#download(code, withContacts ? records : [])}>Download the files (zip)</button></p>
          <p role="status" id="status">${this.status}</p>
          <h3>Where each file goes</h3>
          <ul>
            ${placement(withContacts, this.choices.language !== 'en-GB').map(({ file, where }) => html`<li><code>${file}</code>: ${where}</li>`)}
          </ul>
          <h3>WordPress</h3>
          <ol>
            ${wordpressSteps.map((step) => html`<li>${step}</li>`)}
          </ol>
          <h3>SharePoint</h3>
          <ol>
            ${sharepointSteps.map((step) => html`<li>${step}</li>`)}
          </ol>
        </div>
      </div>
    </main>`;
  }

  protected override updated(): void {
    const { records, valid } = this.#checked();
    const withContacts = valid && records.length > 0;
    // The preview is the snippet itself, with the contacts file as a local address in this tab,
    // and without the quick exit: here its button and its Shift shortcut (capital letters typed
    // in the form) would leave this page.
    const markup = snippet({ ...this.choices, quickExit: false }, withContacts, '').replace(/<script[^>]*><\/script>\n?/g, '');
    const json = JSON.stringify(records, null, 2);
    const key = `${markup}|${withContacts ? json : ''}|${this.choices.language}`;
    if (key === this.#preview) return;
    this.#preview = key;
    if (this.#file) URL.revokeObjectURL(this.#file);
    this.#file = withContacts ? URL.createObjectURL(new Blob([json], { type: 'application/json' })) : undefined;
    void setLocale(this.choices.language);
    const preview = this.renderRoot.querySelector('#preview');
    if (preview) preview.innerHTML = this.#file ? markup.replaceAll(`"${contactsFile}"`, `"${this.#file}"`) : markup;
  }

  /** Removes a contact; focus goes to "Add another contact", not to the page (its button is gone). */
  async #remove(i: number): Promise<void> {
    this.contacts = this.contacts.filter((_, n) => n !== i);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-contact')?.focus();
  }

  /** False, with every problem shown and said, while the contacts have a mistake: nothing is copied or packed without them. */
  #ready(): boolean {
    if (this.#checked().valid) return true;
    this.showAll = true;
    this.status = 'Your contacts have a mistake, named beside each field. Fix it (or remove the contact) first: the snippet and the files would leave your contacts out.';
    return false;
  }

  async #copy(code: string): Promise<void> {
    if (!this.#ready()) return;
    try {
      await navigator.clipboard.writeText(code);
      this.status = 'The snippet is copied: paste it into your page.';
    } catch {
      const range = document.createRange();
      const pre = this.renderRoot.querySelector('#snippet');
      if (pre) range.selectNodeContents(pre);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.status = 'The snippet is selected: copy it with Ctrl+C (Cmd+C on a Mac).';
    }
  }

  async #download(code: string, records: readonly unknown[]): Promise<void> {
    if (!this.#ready()) return;
    const encode = (text: string) => new TextEncoder().encode(text);
    const withSettings = this.choices.language !== 'en-GB';
    this.status = `Packing ${kitFiles.length} files…`;
    try {
      const kit = await Promise.all(
        kitFiles.map(async (name) => {
          const response = await fetch(new URL(`${kitBase}${name}`, document.baseURI));
          if (!response.ok) throw new Error(`${name}: ${response.status}`);
          return { name: `assets/ctkit/${name}`, data: new Uint8Array(await response.arrayBuffer()) };
        }),
      );
      const files = [
        ...kit,
        ...(records.length > 0 ? [{ name: `assets/ctkit/${contactsFile}`, data: encode(`${JSON.stringify(records, null, 2)}\n`) }] : []),
        ...(withSettings ? [{ name: `assets/ctkit/${settingsFile}`, data: encode(settingsScript(this.choices.language)) }] : []),
        { name: 'snippet.html', data: encode(`${code}\n`) },
        { name: 'example.html', data: encode(examplePage(code, this.choices.language)) },
        { name: 'READ-ME-FIRST.txt', data: encode(readme(records.length > 0, withSettings)) },
      ];
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([zip(files)], { type: 'application/zip' }));
      link.download = 'ctkit-files.zip';
      link.click();
      this.status = `Downloaded ctkit-files.zip: ${files.length} files. Open READ-ME-FIRST.txt in it.`;
    } catch (error) {
      this.status = `The files could not be packed (${String(error)}). Build them instead: see the README.`;
    }
  }
}

customElements.define('ctkit-get-the-code', CtkitGetTheCode);
