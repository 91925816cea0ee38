// Two copies of ctkit on one page (a CMS plugin's and the theme's) can show two versions of the
// data: the tag keeps the first definition, and the console names both versions, so a web team
// learns why a number differs. The same version loaded again stays silent. (Its own file: the
// tags must be free when the test starts.)
import { expect } from '@open-wc/testing';

const dist = new URL('../dist/', import.meta.url).href;

/** The console's warnings and errors while `run` runs. */
async function consoleDuring(run: () => Promise<unknown>): Promise<{ warnings: string[]; errors: string[] }> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return { warnings, errors };
}

describe('a tag defined first by another version of ctkit', () => {
  it('keeps the first definition and names both versions in the console', async () => {
    const { version } = (await (await fetch(new URL('../package.json', dist))).json()) as { version: string };
    class OtherVersion extends HTMLElement {
      static readonly ctkit = '9.8.7';
    }
    customElements.define('ctk-helpline-banner', OtherVersion);
    const { warnings, errors } = await consoleDuring(() => import(new URL('helpline-banner/define.js?other-version', dist).href));
    expect(customElements.get('ctk-helpline-banner')).to.equal(OtherVersion);
    expect(errors).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ctk-helpline-banner>').and.contain('ctkit 9.8.7').and.contain(`ctkit ${version}`);
  });

  it('says "an earlier version" for a copy from before versions were recorded', async () => {
    class Earlier extends HTMLElement {
      static readonly ctkit = true;
    }
    customElements.define('ctk-quick-exit', Earlier);
    const { warnings } = await consoleDuring(() => import(new URL('quick-exit/define.js?earlier', dist).href));
    expect(customElements.get('ctk-quick-exit')).to.equal(Earlier);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ctk-quick-exit>').and.contain('an earlier version of ctkit');
  });

  it('stays silent when the same version defined it (the same entry from another address)', async () => {
    const { warnings, errors } = await consoleDuring(async () => {
      await import(new URL('guidance-card/define.js?first', dist).href);
      await import(new URL('guidance-card/define.js?second-address', dist).href);
    });
    expect(!!customElements.get('ctk-guidance-card')).to.equal(true);
    expect(warnings).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
