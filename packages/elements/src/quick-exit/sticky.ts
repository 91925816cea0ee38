/**
 * What `<ctk-quick-exit sticky>` needs of the page: room above what scrolls into view, and a
 * word in the console where the page's layout keeps it from sticking.
 */

/**
 * Room the page keeps above what it scrolls into view (a focused field, an anchor) so a sticky
 * bar never covers it (WCAG 2.4.11): `scroll-padding-top` on the page, the height of the tallest
 * sticky quick exit, through a sheet the page's own rule overrides (`:where` weighs nothing).
 */
const stuckHeights = new Map<HTMLElement, number>();
let paddingSheet: CSSStyleSheet | undefined;
let heights: ResizeObserver | undefined;

export function keepClear(el: HTMLElement, stuck: boolean): void {
  heights ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (stuckHeights.has(el)) stuckHeights.set(el, entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight);
    }
    padPage();
  });
  if (stuck && !stuckHeights.has(el)) {
    stuckHeights.set(el, el.offsetHeight);
    heights.observe(el);
  } else if (!stuck && stuckHeights.delete(el)) {
    heights.unobserve(el);
  }
  padPage();
}

function padPage(): void {
  const height = Math.ceil(Math.max(0, ...stuckHeights.values()));
  try {
    if (!paddingSheet) {
      if (!height) return;
      paddingSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, paddingSheet];
    }
    paddingSheet.replaceSync(height ? `:where(html) { scroll-padding-top: ${height}px; }` : '');
  } catch {
    // A browser without constructable sheets: the page's own scroll-padding-top (docs/quick-exit.md) still works.
  }
}

/**
 * Why `sticky` cannot keep `el` at the top while the page scrolls, or undefined if it can. It
 * sticks within its parent, and within the nearest box that clips what overflows it.
 */
export function stickyProblem(el: HTMLElement): string | undefined {
  const root = document.scrollingElement ?? document.documentElement;
  for (let box = el.parentElement; box && box !== document.body && box !== document.documentElement; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if (overflow !== 'visible' && overflow !== 'clip') {
      // A box that scrolls itself is where the page scrolls (an app's shell): the button sticks there.
      if (box.scrollHeight > box.clientHeight && overflow !== 'hidden') return undefined;
      return `its ancestor ${describe(box)} has overflow: ${overflow}, so it sticks within that box, which does not scroll`;
    }
  }
  const parent = el.parentElement;
  if (!parent || parent === document.body || parent === document.documentElement) return undefined;
  // At the end of the page the button must still be inside its parent, or the parent carries it away.
  const end = root.scrollHeight - innerHeight;
  const parentBottom = parent.getBoundingClientRect().bottom + scrollY;
  if (end > 0 && parentBottom - el.offsetHeight < end) {
    return `it sticks only within its parent ${describe(parent)}, which scrolls out of view before the page ends`;
  }
  return undefined;
}

const describe = (box: Element) => `<${box.localName}${box.id ? ` id="${box.id}"` : ''}>`;
