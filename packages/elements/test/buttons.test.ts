// Buttons draw their own colours (issue 20, point 4): in every engine, every button a fixture
// shows has the themable background and text colour, not the engine's ButtonFace (WebKitGTK
// paints it grey, as if the button were disabled), with text at 4.5:1 and its border at 3:1.
import { cleanupFixtures, render, renderModes, shadow } from './fixture.js';
import { expect } from '@open-wc/testing';
import { components } from './registry.js';
import { html } from 'lit';

/** The sRGB channels of a computed `rgb()`/`rgba()` colour. */
function channels(color: string): number[] {
  const values = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[ ,/]+/).filter(Boolean).map(Number);
  if (!values || values.length < 3) throw new Error(`not an rgb() colour: ${color}`);
  return values;
}

const luminance = (color: string) => {
  const [r, g, b] = channels(color).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** WCAG 2 contrast ratio of two opaque colours. */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('buttons draw their own colours', () => {
  afterEach(() => cleanupFixtures());

  let seen = 0;
  after(() => expect(seen, 'buttons were checked').to.be.greaterThan(10));

  for (const component of components) {
    for (const fixture of component.fixtures) {
      it(`<${component.tag}> "${fixture.name}"`, async () => {
        const { el } = await render(renderModes[0]!, fixture.template(), [component.module]);
        for (const button of shadow(el).querySelectorAll('button')) {
          if (!button.checkVisibility()) continue;
          seen += 1;
          const style = getComputedStyle(button);
          const name = button.textContent?.trim();
          expect(style.backgroundColor, `${name}: background`).to.equal('rgb(255, 255, 255)');
          expect(contrast(style.color, style.backgroundColor), `${name}: text contrast`).to.be.at.least(4.5);
          expect(contrast(style.borderTopColor, style.backgroundColor), `${name}: border contrast`).to.be.at.least(3);
        }
      });
    }
  }

  it('take --ctk-button-background and --ctk-button-color from the page', async () => {
    const { el } = await render(
      renderModes[0]!,
      html`<ctk-referral-flowchart style="--ctk-button-background: rgb(11, 12, 12); --ctk-button-color: rgb(255, 255, 255)"></ctk-referral-flowchart>`,
      ['referral-flowchart/define.js'],
    );
    const style = getComputedStyle(shadow(el).querySelector('button')!);
    expect([style.backgroundColor, style.color]).to.deep.equal(['rgb(11, 12, 12)', 'rgb(255, 255, 255)']);
  });
});
