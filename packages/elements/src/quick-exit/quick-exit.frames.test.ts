// <ctk-quick-exit> in frames: leaving from a sandboxed frame (which it leaves, and the test
// page stays), and from a frame of the same site. Split from quick-exit.test.ts.
import { shadow } from '../../test/fixture.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

const button = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('a[part="button"]')!;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tick = () => new Promise((resolve) => requestAnimationFrame(resolve));

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
