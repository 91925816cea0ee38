/**
 * Printing one element alone: the rest of the page is hidden from print through a
 * constructable stylesheet (allowed by a strict Content Security Policy), and everything comes
 * back when printing is over.
 */
const sheetText =
  // What neither is nor holds the element takes no room (so no blank pages follow); what
  // holds it shows none of its own text.
  '@media print { body * { visibility: hidden } body :not([data-ctk-printing], [data-ctk-printing] *, :has([data-ctk-printing])) { display: none !important } [data-ctk-printing] { visibility: visible; position: absolute; inset: 0 auto auto 0 } }';

/**
 * Prints `el` alone. `before` readies it for print (and resolves once it has rendered so);
 * `after` undoes that once printing is over.
 */
export async function printAlone(el: HTMLElement, before: () => Promise<void>, after: () => void): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(sheetText);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  el.dataset.ctkPrinting = '';
  await before();
  window.addEventListener(
    'afterprint',
    () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      delete el.dataset.ctkPrinting;
      after();
    },
    { once: true },
  );
  window.print();
}
