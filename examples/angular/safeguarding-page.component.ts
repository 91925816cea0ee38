// An Angular standalone component with ctkit elements. Type-checked (pnpm typecheck), not run:
// a whole Angular app and its compiler are too heavy for this repository's tests. Angular
// needs CUSTOM_ELEMENTS_SCHEMA for the ctk- tags; [prop] binds a property (objects such as
// your own contacts), (ctk-step) listens for an event.
import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import '@ctkit/elements/all.js';
import type { Contact } from '@ctkit/data/schemas';
import type { ReferralStepDetail } from '@ctkit/elements/referral-flowchart.js';

@Component({
  selector: 'app-safeguarding-page',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>If you are worried about trafficking</h1>
      <ctk-helpline-banner></ctk-helpline-banner>
      <ctk-referral-flowchart id="referral" (ctk-step)="onStep($event)"></ctk-referral-flowchart>
      @if (atEnd()) {
        <p>Every contact is listed below.</p>
      }
      <ctk-contact-directory [extraContacts]="ownContacts" categories="internal emergency report"></ctk-contact-directory>
    </main>
  `,
})
export class SafeguardingPageComponent {
  /** Your own contacts, shown first in the directory. */
  readonly ownContacts: Contact[] = [];
  readonly atEnd = signal(false);

  onStep(event: Event): void {
    const { detail } = event as CustomEvent<ReferralStepDetail>;
    this.atEnd.set(detail.end);
  }
}
