import { cleanupFixtures, render, renderModes, shadow } from '../../test/fixture.js';
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import type { CtkQuickExit } from './quick-exit.js';

const modules = ['quick-exit/define.js'];
const button = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('a[part="button"]')!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim();
const lit = (el: Element) => shadow(el).querySelectorAll('.light.on').length;
const keyup = (key: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, ...init }));
const tick = () => new Promise((resolve) => requestAnimationFrame(resolve));

for (const mode of renderModes) {
  describe(`<ctk-quick-exit>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await emulateMedia({ media: 'screen' });
    });

    it('is a link to a neutral page that sends no referrer, also without JavaScript', async () => {
      const { el } = await render(mode, html`<ctk-quick-exit></ctk-quick-exit>`, modules);
      expect(button(el).getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
      expect(button(el).getAttribute('rel')).to.contain('noreferrer');
      expect(button(el).textContent?.trim()).to.equal('Exit this page');
    });

    it('is reached with Tab', async () => {
      const { el } = await render(mode, html`<ctk-quick-exit></ctk-quick-exit>`, modules);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(button(el));
    });

    it('refuses an unsafe href, however it is disguised, says so, and still leaves for the neutral page', async () => {
      for (const href of ['javascript:alert(1)', 'java\tscript:alert(1)', '\u0001javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x']) {
        const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit href=${href}></ctk-quick-exit>`, modules);
        expect(shadow(el).querySelector('[part="error"]'), JSON.stringify(href)).to.exist;
        expect(button(el).getAttribute('href')).to.equal('https://www.bbc.co.uk/weather');
        expect(consoleErrors).to.have.length(1);
      }
    });

    it('shows a fallback link inside it only until it is defined', async () => {
      const { el } = await render(
        mode,
        html`<ctk-quick-exit><a href="https://www.bbc.co.uk/weather" rel="nofollow noreferrer">Exit this page</a></ctk-quick-exit>`,
        modules,
      );
      expect(el.querySelector('a')!.getClientRects().length, 'the fallback is hidden').to.equal(0);
      expect(button(el).getClientRects().length, 'the button shows').to.be.above(0);
    });

    it('can stay at the top as the page scrolls, and is hidden in print', async () => {
      const { el } = await render(mode, html`<ctk-quick-exit sticky></ctk-quick-exit>`, modules);
      expect(getComputedStyle(el).position).to.equal('sticky');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
}

describe('<ctk-quick-exit> Shift shortcut', () => {
  let el: CtkQuickExit;
  let exits = 0;
  const onExit = (event: Event) => {
    exits += 1;
    event.preventDefault(); // stay on the test page
  };

  beforeEach(async () => {
    exits = 0;
    document.addEventListener('ctk-exit', onExit);
    ({ el } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit press-window="300"></ctk-quick-exit>`, modules));
  });

  afterEach(() => {
    document.removeEventListener('ctk-exit', onExit);
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    cleanupFixtures();
  });

  it('counts Shift presses aloud and with lights', async () => {
    keyup('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    expect(lit(el)).to.equal(1);
    keyup('Shift');
    await el.updateComplete;
    expect(status(el)).to.equal('Shift, press 1 more time to exit.');
    expect(lit(el)).to.equal(2);
  });

  it('leaves on the third press from the real keyboard', async () => {
    const left = oneEvent(el, 'ctk-exit');
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await left;
    expect(exits).to.equal(1);
  });

  it('starts again when another key is pressed, or when Shift is a modifier', async () => {
    keyup('Shift');
    keyup('a');
    await el.updateComplete;
    expect(status(el)).to.equal('Exit this page expired.');
    expect(lit(el)).to.equal(0);
    keyup('A', { shiftKey: true }); // Shift+A: the Shift release that follows is not a press
    keyup('Shift');
    keyup('Shift');
    keyup('Shift');
    expect(exits).to.equal(0);
    keyup('Shift');
    expect(exits).to.equal(1);
  });

  it('allows the window between presses, not for the whole sequence', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 200)); // under the 300 ms window
    keyup('Shift');
    await pause();
    keyup('Shift');
    await pause();
    keyup('Shift');
    expect(exits).to.equal(1);
  });

  it('expires when the presses are too far apart', async () => {
    keyup('Shift');
    await new Promise((resolve) => setTimeout(resolve, 450));
    await el.updateComplete;
    expect(status(el)).to.equal('Exit this page expired.');
    keyup('Shift');
    keyup('Shift');
    expect(exits).to.equal(0);
  });

  it('hides the page at once, and shows it again when restored from the back/forward cache', async () => {
    keyup('Shift');
    keyup('Shift');
    keyup('Shift');
    expect(exits).to.equal(1);
    const overlay = document.querySelector('.ctk-quick-exit-overlay');
    expect(overlay?.getAttribute('role')).to.equal('alert');
    expect(overlay?.textContent).to.equal('Loading.');
    expect(getComputedStyle(el.parentElement!).display).to.equal('none');
    expect(document.querySelector('meta[name="referrer"]')?.getAttribute('content')).to.equal('no-referrer');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await tick();
    expect(document.querySelector('.ctk-quick-exit-overlay')).to.be.null;
    expect(document.querySelector('meta[name="referrer"]'), 'the page sends referrers again as before').to.be.null;
    expect(getComputedStyle(el.parentElement!).display).to.equal('block');
    expect(lit(el)).to.equal(0);
  });

  it('counts once for the page when it has two, spoken by the first that can be seen', async () => {
    const { el: second } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit></ctk-quick-exit>`, modules);
    keyup('Shift');
    await el.updateComplete;
    await second.updateComplete;
    expect(status(el)).to.equal('Shift, press 2 more times to exit.');
    expect(status(second)).to.equal('');
    expect([lit(el), lit(second)]).to.deep.equal([1, 1]);
    el.hidden = true; // say, a header button hidden on small screens
    keyup('Shift');
    await second.updateComplete;
    expect(status(second)).to.equal('Shift, press 1 more time to exit.');
    expect(status(el)).to.equal('');
  });

  it('keeps counting when the first element is removed', async () => {
    const { el: second } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit></ctk-quick-exit>`, modules);
    el.remove();
    keyup('Shift');
    await second.updateComplete;
    expect(status(second)).to.equal('Shift, press 2 more times to exit.');
  });
});

describe('<ctk-quick-exit> leaving the page', () => {
  let frame: HTMLIFrameElement;
  const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.src = new URL('../../test/quick-exit-frame.html', import.meta.url).href;
    const ready = loaded();
    document.body.append(frame);
    await ready;
    await frame.contentWindow!.customElements.whenDefined('ctk-quick-exit');
    await frame.contentDocument!.querySelector('ctk-quick-exit')!.updateComplete;
    // Let the load event finish: until then a browser turns any navigation into a replacement.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  afterEach(() => frame.remove());

  const inFrame = () => frame.contentDocument!.querySelector('ctk-quick-exit')!;

  /** How the frame's next navigation is made: `replace` (Back does not return) or `push`. */
  const navigationType = () =>
    new Promise<string>((resolve) => {
      const navigation = (frame.contentWindow as unknown as { navigation: EventTarget }).navigation;
      navigation.addEventListener('navigate', (event) => resolve((event as Event & { navigationType: string }).navigationType), { once: true });
    });

  it('on click: hides the page at once, then replaces it, sending no referrer', async () => {
    const how = navigationType();
    const left = loaded();
    button(inFrame()).click();
    // At once, before the next page arrives: the page is hidden behind the overlay.
    const doc = frame.contentDocument!;
    expect(doc.querySelector('.ctk-quick-exit-overlay')).to.exist;
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('main')!).display).to.equal('none');
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
    expect(frame.contentDocument!.referrer).to.equal('');
    expect(await how, 'replaced, not added: Back does not return').to.equal('replace');
  });

  it('replaces the page in a top-level window: Back does not return to it', async () => {
    const popup = window.open(new URL('../../test/quick-exit-frame.html', import.meta.url).href, 'quick-exit-window');
    expect(popup, 'the test may open a window').to.exist;
    try {
      await new Promise((resolve) => popup!.addEventListener('load', resolve, { once: true }));
      await popup!.customElements.whenDefined('ctk-quick-exit');
      await new Promise((resolve) => setTimeout(resolve, 50)); // past the load event, as above
      const lengthBefore = popup!.history.length;
      popup!.document.querySelector('ctk-quick-exit')!.exit();
      await new Promise<void>((resolve) => {
        const poll = () => (popup!.location.pathname.endsWith('quick-exit-target.html') && popup!.document.readyState === 'complete' ? resolve() : setTimeout(poll, 20));
        poll();
      });
      expect(popup!.history.length).to.equal(lengthBefore);
    } finally {
      popup!.close();
    }
  });

  it('on Shift pressed three times', async () => {
    const left = loaded();
    const doc = frame.contentDocument!;
    for (let i = 0; i < 3; i += 1) doc.body.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
  });

  it('from the keyboard: Enter on the focused button', async () => {
    const left = loaded();
    frame.focus();
    button(inFrame()).focus();
    await sendKeys({ press: 'Enter' });
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
  });
});
