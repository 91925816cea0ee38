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

/** Resolves when `check` holds, polling; rejects after `ms`, saying `what`. */
const until = (check: () => boolean, what: string, ms = 3000) =>
  new Promise<void>((resolve, reject) => {
    const end = Date.now() + ms;
    const poll = () => {
      let done = false;
      try {
        done = check();
      } catch {
        // not there yet (a document between pages)
      }
      if (done) resolve();
      else if (Date.now() > end) reject(new Error(`timed out: ${what}`));
      else setTimeout(poll, 20);
    };
    poll();
  });

// A frame sandboxed without allow-top-navigation (but allowed its scripts and its origin, so the
// test can look in): it may leave only itself, so the test page, its top, stays.
describe('<ctk-quick-exit> leaving the page (in a sandboxed frame, which it leaves)', () => {
  let frame: HTMLIFrameElement;
  const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
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

  /**
   * The joint session history's length (the frame's entries count in the top window's): a page
   * replaced leaves it as it was, a page pushed adds one, and Back would return to it. Every
   * engine has it (the Navigation API is not in WebKit).
   */
  const historyLength = () => history.length;

  it('on click: hides the page at once, then replaces it, sending no referrer', async () => {
    const before = historyLength();
    const left = loaded();
    button(inFrame()).click();
    // At once, before the next page arrives: the page is hidden behind the overlay.
    const doc = frame.contentDocument!;
    expect(doc.querySelector('.ctk-quick-exit-overlay')).to.exist;
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('main')!).display).to.equal('none');
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
    expect(frame.contentDocument!.referrer).to.equal('');
    expect(historyLength(), 'replaced, not added: Back does not return').to.equal(before);
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

  it('says, in the element and once in the console, that it may leave only the frame', async () => {
    const win = frame.contentWindow as Window & typeof globalThis;
    const note = (el: Element) => shadow(el).querySelector('[part="note"]')?.textContent?.trim();
    expect(note(inFrame())).to.equal('This exit button is inside a frame, so it may leave only the frame, not the whole page. To hide the whole page, close this tab.');
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const el = win.document.createElement('ctk-quick-exit');
    win.document.body.append(el);
    await el.updateComplete;
    await tick();
    expect(note(el)).to.contain('may leave only the frame');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ctk-quick-exit>').and.contain('frame');
  });

  it('leaves even when the page has no head', async () => {
    frame.contentDocument!.head.remove();
    const left = loaded();
    button(inFrame()).click();
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
    expect(frame.contentDocument!.referrer, 'still no referrer').to.equal('');
  });

  it('when leaving is slow (or stopped, say by a "Leave site?" prompt): keeps the page hidden and offers a link to leave now', async () => {
    // A neutral page that answers after 3 s (scripts/wtr-engines.mjs): for the reader, the same
    // wait as a navigation that was stopped, in every engine.
    inFrame().href = '/__slow/packages/elements/test/quick-exit-target.html';
    await inFrame().updateComplete;
    button(inFrame()).click();
    await wait(1700);
    expect(frame.contentWindow!.location.pathname, 'not left yet').to.match(/quick-exit-frame\.html$/);
    const doc = frame.contentDocument!;
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('main')!).display, 'still hidden').to.equal('none');
    const link = doc.querySelector<HTMLAnchorElement>('.ctk-quick-exit-overlay a');
    expect(link?.textContent).to.equal('Leave now');
    expect(link?.href).to.match(/quick-exit-target\.html$/);
    expect(link!.getClientRects().length, 'the link shows').to.be.above(0);
    expect(doc.activeElement, 'and has focus').to.equal(link);
    const before = historyLength();
    const left = loaded();
    link!.click();
    await left;
    expect(frame.contentWindow!.location.pathname).to.match(/quick-exit-target\.html$/);
    expect(historyLength(), 'replaced, not added').to.equal(before);
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

describe('<ctk-quick-exit> in a frame of the same site', () => {
  it('leaves the whole window, not only the frame, hiding the page around it at once', async () => {
    const popup = window.open(new URL('../../test/quick-exit-host.html', import.meta.url).href, 'quick-exit-host');
    expect(popup, 'the test may open a window').to.exist;
    try {
      await new Promise((resolve) => popup!.addEventListener('load', resolve, { once: true }));
      const frame = popup!.document.querySelector('iframe')!;
      const win = frame.contentWindow as Window & typeof globalThis;
      await until(() => !!win.customElements.get('ctk-quick-exit'), 'the element is defined in the frame');
      const el = win.document.querySelector('ctk-quick-exit')!;
      await el.updateComplete;
      await wait(50); // past the load event, as above
      expect(shadow(el).querySelector('[part="note"]'), 'no note: it can leave the whole window').to.be.null;
      const lengthBefore = popup!.history.length;
      button(el).click();
      // At once: the page around the frame is hidden too.
      expect(popup!.document.querySelector('.ctk-quick-exit-overlay'), 'the top page is covered').to.exist;
      expect(popup!.getComputedStyle(popup!.document.querySelector('main')!).display).to.equal('none');
      await until(() => popup!.location.pathname.endsWith('quick-exit-target.html') && popup!.document.readyState === 'complete', 'the window leaves');
      expect(popup!.document.querySelector('iframe'), 'the window, not the frame, has left').to.be.null;
      expect(popup!.document.referrer).to.equal('');
      expect(popup!.history.length, 'replaced: Back does not return').to.equal(lengthBefore);
    } finally {
      popup!.close();
    }
  });
});
