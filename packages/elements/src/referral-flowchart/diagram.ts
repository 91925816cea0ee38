/**
 * The whole referral flow as a diagram (the diagram view, the guided view before script runs,
 * and the guided view in print), and what a step shows in either view: its caution and whom to
 * contact.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Contact, FlowAction, FlowAnswer, FlowNode } from '@ctkit/data/schemas';
import { inlineNumberLine } from '../internal/contact-parts.js';
import { caution, contactCaution, fromData } from '../internal/markup.js';
import type { Walkable } from './walk.js';

/** What the step itself says is not confirmed, when it says so. */
export function stepCaution(node: FlowNode): TemplateResult | typeof nothing {
  return node.caution ? html`<p>${caution(node.caution)}</p>` : nothing;
}

/**
 * The contacts a step names, and, at an end of the flow, your central point of contact: first,
 * or after the emergency services where the step names them. In full (emails too) under a
 * heading at `level` in the guided view, read once; in the diagram (no `level`), a list named
 * "Who to contact".
 */
export function stepContacts(resolved: Walkable, node: FlowAction, level?: number): TemplateResult | typeof nothing {
  const contacts = node.contacts.map((id) => resolved.contacts.get(id)).filter((contact): contact is Contact => !!contact);
  const { local } = resolved;
  if (local && node.next === undefined && !contacts.some((contact) => contact.id === local.id)) {
    const emergency = contacts.reduce((last, contact, i) => (contact.category === 'emergency' ? i : last), -1);
    contacts.splice(emergency + 1, 0, local);
  }
  if (contacts.length === 0) return nothing;
  const full = level !== undefined;
  return html`
    ${full ? html`<p class="label" role="heading" aria-level=${level}>${msg('Who to contact')}</p>` : nothing}
    <ul part="contacts" class="contacts" role="list" aria-label=${full ? nothing : msg('Who to contact')}>
      ${contacts.map(
        (contact) => html`<li>
          <span class="contact-name">${fromData(contact.name, undefined, contact.lang)}</span>
          ${contact.phones.map((phone) => inlineNumberLine(contact, phone, !full))}
          ${full ? contact.emails.map((email) => html`<span class="line"><a href="mailto:${email.address}">${email.address}</a></span>`) : nothing}
          ${contactCaution(contact)}
        </li>`,
      )}
    </ul>
  `;
}

/**
 * The whole flow as a diagram. `given`: the answers the reader gave, by question id, marked
 * on it (the guided view prints the diagram so, in place of its buttons).
 */
export function chart(resolved: Walkable, given: ReadonlyMap<string, FlowAnswer> = new Map()): TemplateResult {
  return html`<ol part="chart" class="chart sequence" role="list">
    ${sequence(resolved, resolved.flow.start, new Set(), given)}
  </ol>`;
}

/**
 * The boxes from `id` on, one under another while each step leads to exactly one next
 * step; a question's answers branch off inside its item. A step already drawn is referred
 * to, not drawn again, so shared steps and loops stay finite.
 */
function sequence(resolved: Walkable, id: string, drawn: Set<string>, given: ReadonlyMap<string, FlowAnswer>): TemplateResult[] {
  const items: TemplateResult[] = [];
  for (let node = resolved.nodes.get(id); node; ) {
    if (drawn.has(node.id)) {
      const target = node.type === 'question' ? node.text : node.title;
      items.push(html`<li class="node ref"><span class="box">${msg(html`Continue at “${fromData(target)}”, above.`)}</span></li>`);
      break;
    }
    drawn.add(node.id);
    items.push(box(resolved, node, drawn, given));
    if (node.type === 'question' || node.next === undefined) break;
    node = resolved.nodes.get(node.next);
  }
  return items;
}

function box(resolved: Walkable, node: FlowNode, drawn: Set<string>, given: ReadonlyMap<string, FlowAnswer>): TemplateResult {
  if (node.type === 'question') {
    return html`<li class="node question">
      <div part="node" class="box">
        <span class="kind">${msg('Question')}</span>
        <span class="box-title">${fromData(node.text)}</span>
      </div>
      <ul class="branches" role="list">
        ${node.answers.map(
          (answer) => html`<li class="branch">
            <span part="edge" class=${given.get(node.id) === answer ? 'edge given' : 'edge'}><span class="visually-hidden">${msg('If the answer is:')} </span>${fromData(answer.label, node.text)}</span>
            <ol class="sequence" role="list">
              ${sequence(resolved, answer.next, drawn, given)}
            </ol>
          </li>`,
        )}
      </ul>
    </li>`;
  }
  if (node.type === 'info') {
    return html`<li class="node info">
      <div part="node" class="box">
        <span class="kind">${msg('Know this')}</span>
        <span class="box-title">${fromData(node.title)}</span>
        <details>
          <summary>${msg('Read more')}<span class="visually-hidden">${[': ', fromData(node.title)]}</span></summary>
          <p>${fromData(node.text)}</p>
          ${stepCaution(node)}
        </details>
      </div>
    </li>`;
  }
  const end = node.next === undefined;
  return html`<li class="node action ${end ? 'end' : ''}">
    <div part="node" class="box">
      <span class="kind">${end ? msg('What to do') : msg('Do this, then go on')}</span>
      <span class="box-title">${fromData(node.title)}</span>
      ${stepContacts(resolved, node)}
      <details>
        <summary>${msg('Steps, and why')}<span class="visually-hidden">${[': ', fromData(node.title)]}</span></summary>
        <ol class="steps">
          ${node.steps.map((step) => html`<li>${fromData(step)}</li>`)}
        </ol>
        <p part="why" class="why"><span class="why-label">${msg('Why:')}</span> ${fromData(node.why)}</p>
        ${node.link ? html`<p><a href=${node.link.url}>${fromData(node.link.label)}</a></p>` : nothing}
        ${stepCaution(node)}
      </details>
    </div>
  </li>`;
}
