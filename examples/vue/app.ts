// A small Vue 3 page with ctkit elements, written with render functions (no build step for
// templates). Tested in packages/elements/test/vue.test.ts. In a template, the same is:
//   <ctk-referral-flowchart @ctk-step="onStep" />
//   <ctk-contact-directory .extraContacts="[dutyManager]" />
// with compilerOptions.isCustomElement = (tag) => tag.startsWith('ctk-').
import { createApp, defineComponent, h, ref, type App } from 'vue';
import '@ctkit/elements/all.js';
import type {} from '@ctkit/elements/vue.js';
import { dutyManager } from '../plain-html/own-contacts.js';
import type { ReferralStepDetail } from '@ctkit/elements/referral-flowchart.js';

const SafeguardingPage = defineComponent({
  setup() {
    const step = ref<ReferralStepDetail | null>(null);
    return () =>
      h('main', [
        h('h1', 'If you are worried about trafficking'),
        h('ctk-helpline-banner'),
        // onCtkStep listens for ctk-step; the page stores nothing.
        h('ctk-referral-flowchart', { id: 'referral', onCtkStep: (event: CustomEvent<ReferralStepDetail>) => (step.value = event.detail) }),
        step.value?.end ? h('p', { id: 'at-end' }, 'Every contact is listed below.') : null,
        // A leading dot sets a property: objects must not become attributes.
        h('ctk-contact-directory', { '.extraContacts': [dutyManager], categories: 'internal emergency report' }),
      ]);
  },
});

/** Mounts the page into `container`. */
export function mount(container: Element): App {
  const app = createApp(SafeguardingPage);
  app.mount(container);
  return app;
}
