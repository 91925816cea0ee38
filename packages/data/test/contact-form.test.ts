// examples/react/contact-form.tsx, the React form in the package README: it checks a contact
// with parseContact as it is typed and puts each message beside its field.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Contact } from '@ctkit/data/schemas';
import { typeKeys } from '../../elements/test/engine.js';

interface FormModule {
  mount: (container: Element, onSave: (contact: Contact) => void) => { unmount: () => void };
}

const form = (await import('/__bundle/examples/react/contact-form.tsx' as string)) as FormModule;

const input = (name: string) => document.getElementById(`contact-${name}`) as HTMLInputElement;
/** The message beside a field, as a screen reader reaches it (aria-describedby). */
const messageOf = (name: string) => {
  const id = input(name).getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
};
/** Types `text` into a field, a key at a time (docs/testing.md: WebDriver drops repeated keys in a string). */
async function type(name: string, text: string) {
  input(name).focus();
  await typeKeys(text);
}

describe('a React form that validates a contact as it is typed', () => {
  it('says what is wrong beside each field, as it is typed, and saves only a valid contact', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const saved: Contact[] = [];
    const root = form.mount(container, (contact) => saved.push(contact));
    try {
      await waitUntil(() => input('number'), 'the form rendered');
      // Nothing is said about a field while it is first being typed in, only once it is left.
      await type('number', '0800');
      expect(messageOf('number')).to.equal('');
      input('name').focus();
      await waitUntil(() => messageOf('number'), 'a message beside the number once it is left');
      expect(messageOf('number')).to.match(/must be an E\.164 number such as \+448000121700/);
      expect(input('number').getAttribute('aria-invalid')).to.equal('true');
      expect(messageOf('name')).to.equal('');

      // Saving with mistakes shows every field's message, moves focus to the first, and saves nothing.
      (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await waitUntil(() => messageOf('name'), 'every message after a save');
      expect(messageOf('name')).to.match(/name must not be empty/);
      expect(document.activeElement).to.equal(input('name'));
      expect(saved).to.deep.equal([]);

      // A display that does not show the number it calls: a rule across fields, checked once
      // each field is valid on its own, and said beside the display.
      await type('name', 'Duty manager');
      await type('summary', 'Call them first, day or night.');
      input('number').select();
      await type('number', '+441632960555');
      await type('display', '01632 960 556');
      await waitUntil(() => /does not show the number the link calls/.test(messageOf('display')), 'the display checked against the number');
      expect(messageOf('number')).to.equal('');
      expect(input('number').getAttribute('aria-invalid')).to.equal('false');

      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '5' });
      await waitUntil(() => !messageOf('display') && !messageOf('name') && !messageOf('summary'), 'no messages left');
      (container.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await waitUntil(() => saved.length === 1, 'the contact was saved');
      expect(saved[0]).to.include({ id: 'our-safeguarding-lead', name: 'Duty manager' });
      expect(saved[0]!.phones).to.deep.equal([{ number: '+441632960555', display: '01632 960 555' }]);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
