// The QR code: an address that is safe to put on a poster, and the code drawn as SVG squares
// (made in the page, or on the server, by lean-qr: nothing is fetched).
import { svg, html, type TemplateResult } from 'lit';

/** What lean-qr's `generate` gives: a square of modules, each on or off. */
export interface QrBitmap {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/**
 * A full `https:` address with a host, in printable ASCII only (no space, no invisible or
 * direction-changing character that could make the caption read differently from the code),
 * and a port if any from 1 to 65535: the address as a browser writes it (`https://Example.org:443`
 * is `https://example.org/`), which the code holds and the caption shows. Otherwise undefined.
 */
export function safeQrAddress(address: string): string | undefined {
  if (address.length > 500 || !/^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:[/?#][!#-;=?-~]*)?$/.test(address)) return undefined;
  try {
    const url = new URL(address);
    return url.protocol === 'https:' && url.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Space around the code, in modules: the quiet zone scanners need. */
const quiet = 4;

/** The code as one SVG path (a square per module on), with a white quiet zone; the caption beside it says the address. */
export function qrSvg(code: QrBitmap): TemplateResult {
  let path = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  }
  const side = code.size + quiet * 2;
  return html`<svg class="qr-code" viewBox="0 0 ${side} ${side}" aria-hidden="true" shape-rendering="crispEdges">
    ${svg`<rect width=${side} height=${side} fill="#ffffff"></rect><path d=${path} fill="#000000"></path>`}
  </svg>`;
}
