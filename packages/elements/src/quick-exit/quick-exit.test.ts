import { cleanupFixtures, render, renderModes, shadow } from '../../test/fixture.js';
import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { can, defaultViewport, itCan, pressChord, screenMedia } from '../../test/engine.js';
import { html } from 'lit';
import type { CtkQuickExit } from './quick-exit.js';

const modules = ['quick-exit/define.js'];
const button = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('a[part="button"]')!;
const status = (el: Element) => shadow(el).querySelector('[role="status"]')?.textContent?.trim();
const lit = (el: Element) => shadow(el).querySelectorAll('.light.on').length;
const keyup = (key: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true, ...init }));
const keydown = (key: string, init: KeyboardEventInit = {}) =>
  document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
const error = (el: Element) => shadow(el).querySelector('[part="error"]');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const neutral = 'https://www.bbc.co.uk/weather';
const tick = () => new Promise((resolve) => requestAnimationFrame(resolve));

for (const mode of renderModes) {
  describe(`<ctk-quick-exit>, ${mode.name}`, () => {
    afterEach(async () => {
      cleanupFixtures();
      await screenMedia();
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

    it('refuses an href that would not leave this page, says so, and leaves for the neutral page', async () => {
      const here = new URL(location.href);
      const samePage = ['#', '#top', '?q=1', '', ' ', here.pathname, here.pathname + here.search, `${here.origin}${here.pathname}#top`, here.href];
      for (const href of samePage) {
        const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit href=${href}></ctk-quick-exit>`, modules);
        expect(error(el)?.getAttribute('role'), JSON.stringify(href)).to.equal('alert');
        expect(error(el)?.textContent, JSON.stringify(href)).to.contain('leads back to this same page');
        expect(button(el).getAttribute('href'), JSON.stringify(href)).to.equal(neutral);
        expect(consoleErrors, JSON.stringify(href)).to.have.length(1);
        expect(consoleErrors[0]).to.contain('<ctk-quick-exit>').and.contain(`"${href}"`);
      }
      // Another page of the same site is fine.
      for (const href of ['quick-exit-target.html', '/elsewhere.html?q=1#top']) {
        const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit href=${href}></ctk-quick-exit>`, modules);
        expect(error(el), href).to.be.null;
        expect(button(el).getAttribute('href')).to.equal(href);
        expect(consoleErrors).to.have.length(0);
      }
    });

    it('keeps press-window within 500 to 60000 ms, and says so', async () => {
      for (const [value, used] of [
        ['2147483648', '60000'],
        ['Infinity', '60000'],
        ['100', '500'],
      ] as const) {
        const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit press-window=${value}></ctk-quick-exit>`, modules);
        expect(error(el)?.textContent, value).to.contain(`from 500 to 60000 milliseconds; ${used} is used`);
        expect(consoleErrors, value).to.have.length(1);
        expect(consoleErrors[0]).to.contain('<ctk-quick-exit>').and.contain(`"${value}"`).and.contain(`using ${used}`);
      }
      for (const value of ['NaN', '-1', '0']) {
        const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit press-window=${value}></ctk-quick-exit>`, modules);
        expect(error(el)?.textContent, value).to.contain('not a positive number of milliseconds; 5000 is used');
        expect(consoleErrors, value).to.have.length(1);
      }
      const { el, consoleErrors } = await render(mode, html`<ctk-quick-exit press-window="60000"></ctk-quick-exit>`, modules);
      expect(error(el)).to.be.null;
      expect(consoleErrors).to.have.length(0);
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

    it('can stay at the top as the page scrolls', async () => {
      const { el } = await render(mode, html`<ctk-quick-exit sticky></ctk-quick-exit>`, modules);
      expect(getComputedStyle(el).position).to.equal('sticky');
    });

    itCan('printMedia', 'is hidden in print', async () => {
      const { el } = await render(mode, html`<ctk-quick-exit sticky></ctk-quick-exit>`, modules);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });
}

describe('<ctk-quick-exit sticky> on a phone', () => {
  let page: HTMLElement[] = [];
  const warnings: string[] = [];
  const warn = console.warn;

  /** A phone-sized page of 60 signs to tick, the quick exit first in `<body>`, or inside a `where` element. */
  async function phonePage(where?: string): Promise<HTMLElementTagNameMap['ctk-quick-exit']> {
    // A phone's width where the engine can set one; the bar sticks and pads the page at any width.
    if (can('viewport')) await setViewport({ width: 375, height: 640 });
    await import(new URL('../../dist/quick-exit/define.js', import.meta.url).href);
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    const exit = document.createElement('ctk-quick-exit');
    exit.sticky = true;
    const list = document.createElement('main');
    for (let i = 0; i < 60; i += 1) {
      const label = document.createElement('label');
      label.style.display = 'block';
      label.style.padding = '8px 0';
      label.innerHTML = `<input type="checkbox" id="sign-${i}"> Sign ${i}: they seem scared to speak for themselves`;
      list.append(label);
    }
    if (where) {
      const box = document.createElement(where);
      box.append(exit, document.createTextNode('Staff pages'));
      page = [box, list];
    } else page = [exit, list];
    document.body.prepend(...page);
    await exit.updateComplete;
    await tick();
    await tick();
    return exit;
  }

  afterEach(async () => {
    for (const node of page) node.remove();
    page = [];
    warnings.length = 0;
    console.warn = warn;
    scrollTo(0, 0);
    await defaultViewport();
  });

  it('stays at the top of the screen on an opaque bar after the page scrolls to its end', async () => {
    const exit = await phonePage();
    scrollTo(0, document.documentElement.scrollHeight);
    await tick();
    const box = button(exit).getBoundingClientRect();
    expect(scrollY, 'the page scrolled').to.be.above(1000);
    expect(box.top).to.be.within(0, 20);
    // Nothing of the page shows through the bar: its background is fully opaque.
    expect(getComputedStyle(exit).backgroundColor).to.match(/^rgb\(/);
    expect(warnings).to.deep.equal([]);
  });

  it('takes its bar colour from --ctk-quick-exit-bar-background', async () => {
    const exit = await phonePage();
    exit.style.setProperty('--ctk-quick-exit-bar-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(exit).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('never covers a field focused beneath it: tabbing back scrolls the field clear of the bar', async () => {
    const exit = await phonePage();
    const field = document.getElementById('sign-30')!;
    const next = document.getElementById('sign-31')!;
    // The page scrolled so that sign 30 sits under the bar, sign 31 just below it.
    scrollBy(0, field.getBoundingClientRect().top - 5);
    await tick();
    next.focus({ preventScroll: true });
    expect(field.getBoundingClientRect().bottom, 'sign 30 starts under the bar').to.be.below(exit.getBoundingClientRect().bottom);
    await pressChord(['Shift', 'Tab']);
    await tick();
    expect(document.activeElement).to.equal(field);
    expect(field.getBoundingClientRect().top).to.be.at.least(exit.getBoundingClientRect().bottom - 1);
  });

  it('gives the page back its scroll padding when it is removed', async () => {
    const exit = await phonePage();
    expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop)).to.be.at.least(exit.offsetHeight - 1);
    exit.remove();
    expect(getComputedStyle(document.documentElement).scrollPaddingTop).to.equal('auto');
  });

  it('says in the console, once, why it cannot stick inside a <header>', async () => {
    const exit = await phonePage('header');
    await tick();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ctk-quick-exit sticky>').and.contain('<header>').and.contain('directly in <body>');
    exit.requestUpdate();
    await exit.updateComplete;
    await tick();
    expect(warnings).to.have.length(1);
  });
});

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
    ({ el } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit press-window="500"></ctk-quick-exit>`, modules));
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

  it('starts again, silently, when another key is pressed, or when Shift is a modifier', async () => {
    keyup('Shift');
    keyup('a');
    await el.updateComplete;
    expect(status(el), 'someone typing hears nothing about exits').to.equal('');
    expect(lit(el)).to.equal(0);
    keyup('A', { shiftKey: true }); // Shift+A: the Shift release that follows is not a press
    keyup('Shift');
    keyup('Shift');
    keyup('Shift');
    expect(exits).to.equal(0);
    keyup('Shift');
    expect(exits).to.equal(1);
  });

  it('says nothing while capitals are typed, even when Shift is let go before the letter', async () => {
    for (const letter of ['H', 'E', 'L']) {
      keydown('Shift', { shiftKey: true });
      keydown(letter, { shiftKey: true });
      keyup('Shift'); // let go first
      keyup(letter);
      await el.updateComplete;
      expect(status(el), letter).to.equal('');
      expect(lit(el), letter).to.equal(0);
    }
    expect(exits).to.equal(0);
  });

  it('allows the window between presses, not for the whole sequence', async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300)); // under the 500 ms window
    keyup('Shift');
    await pause();
    keyup('Shift');
    await pause();
    keyup('Shift');
    expect(exits).to.equal(1);
  });

  it('expires when the presses are too far apart', async () => {
    keyup('Shift');
    await new Promise((resolve) => setTimeout(resolve, 650));
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

  it('leaves on Shift pressed three times with a press-window beyond what timers keep', async () => {
    for (const value of ['2147483648', 'Infinity']) {
      const { el: big } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit press-window=${value}></ctk-quick-exit>`, modules);
      el.remove(); // the big one speaks and leaves
      exits = 0;
      for (let i = 0; i < 3; i += 1) {
        keyup('Shift');
        await wait(30); // a timer asked to wait too long would fire here, and start the count again
      }
      expect(exits, value).to.equal(1);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      big.remove();
    }
  });

  it('keeps counting when the first element is removed', async () => {
    const { el: second } = await render<CtkQuickExit>(renderModes[0]!, html`<ctk-quick-exit></ctk-quick-exit>`, modules);
    el.remove();
    keyup('Shift');
    await second.updateComplete;
    expect(status(second)).to.equal('Shift, press 2 more times to exit.');
  });
});
