import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * "Follow the referral steps": a link to the `<ctk-referral-flowchart>` with an `id` on the same
 * page (in `wrap`, such as a list item), once the element runs (the page is not there on the server), or nothing. Following it
 * moves reading into the flowchart (its own heading takes focus), so a keyboard or screen reader
 * user goes on from there, not from the top of the page.
 */
export function flowchartLink(host: HTMLElement & { hasUpdated: boolean }, wrap = (link: TemplateResult): TemplateResult => link): TemplateResult | typeof nothing {
  const flow = host.hasUpdated ? (host.getRootNode() as ParentNode).querySelector?.<HTMLElement>('ctk-referral-flowchart[id]') : null;
  if (!flow) return nothing;
  const go = (event: Event) => {
    event.preventDefault();
    flow.scrollIntoView({ block: 'start' });
    flow.focus();
  };
  return wrap(html`<a part="link" href="#${flow.id}" @click=${go}>${msg('Follow the referral steps')}</a>`);
}
