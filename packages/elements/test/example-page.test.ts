// examples/plain-html/: all six components in a plain page served with a strict
// Content-Security-Policy and Trusted Types (scripts/wtr-page-check.mjs), opened in its own
// tab as an integrator's page would be.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PageCheck {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
  origin: string;
  scrollWidth: number;
  storage: number;
  cookie: string;
  text: string;
  links: string[];
  shadowRoots: string[];
  axe: string[] | null;
}

const check = (payload: object) => executeServerCommand<PageCheck, object>('check-page', payload);
const tags = ['ctk-quick-exit', 'ctk-helpline-banner', 'ctk-indicator-checklist', 'ctk-referral-flowchart', 'ctk-guidance-card', 'ctk-contact-directory'];

describe('examples/plain-html under a strict CSP with Trusted Types', () => {
  it('renders all six components with no violation, error, foreign request, storage or cookie, and axe finds nothing', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', interact: true, axe: true });
    expect([...result.shadowRoots].sort()).to.deep.equal([...tags].sort());
    expect(result.violations, 'CSP or Trusted Types violations').to.deep.equal([]);
    expect(result.consoleErrors, 'console errors').to.deep.equal([]);
    expect(result.pageErrors, 'uncaught errors').to.deep.equal([]);
    // The test server adds its own web socket script to every HTML page it serves.
    const own = ['/examples/plain-html/', '/packages/elements/dist/ctkit.min.js', '/__web-dev-server__web-socket.js'];
    const foreign = result.requests.filter((url) => !own.some((path) => url.startsWith(`${result.origin}${path}`)));
    expect(foreign, 'requests beyond the page and its own files').to.deep.equal([]);
    expect(result.storage).to.equal(0);
    expect(result.cookie).to.equal('');
    expect(result.axe).to.deep.equal([]);
    // What the reader came for.
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999').and.include('tel:+441632960555');
  });

  it('needs no sideways scrolling at 320 CSS px', async () => {
    const result = await check({ path: '/examples/plain-html/index.html', width: 320 });
    expect(result.scrollWidth).to.be.at.most(320);
  });
});

describe('examples/server-rendered (from @ctkit/elements/ssr.js), with JavaScript off', () => {
  it('shows every component from the HTML alone: the numbers as tel: links, the referral flow and the quick exit link', async () => {
    const result = await check({ path: '/examples/server-rendered/index.html', javaScript: false });
    expect([...result.shadowRoots].sort()).to.deep.equal([...tags].sort());
    expect(result.consoleErrors, 'console errors (a blocked style would be one)').to.deep.equal([]);
    expect(result.links).to.include('tel:+448000121700').and.include('tel:999').and.include('tel:101');
    // The whole referral flow, drawn, since its buttons cannot work without script.
    expect(result.text).to.contain('Is anyone in immediate danger?').and.contain('Make an NRM referral online');
    // The quick exit is a plain link to its neutral page.
    expect(result.links).to.include('https://www.bbc.co.uk/weather');
    // The checklist's signs and the guidance read too.
    expect(result.text).to.contain('separate them from anyone who is with them');
  });

  it('upgrades in place when JavaScript runs, under its own strict policy', async () => {
    const result = await check({ path: '/examples/server-rendered/index.html', axe: true });
    expect(result.violations).to.deep.equal([]);
    expect(result.consoleErrors).to.deep.equal([]);
    expect(result.pageErrors).to.deep.equal([]);
    expect(result.axe).to.deep.equal([]);
  });
});
