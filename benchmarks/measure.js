// Shared by every benchmark page: the number tachometer reads is window.tachometerResult.
//
// - firstRender(): milliseconds from the start of navigation to every ctkit element on the page
//   rendered and the page laid out (not painted). A static page calls it from a module script,
//   which runs once the HTML is parsed; a ctkit page after loading ctkit.min.js and waiting
//   for defined() (the entry loads each element when it finds its tag).
// - defined(): on a ctkit page, every ctkit tag in it defined.
// - perAction(actions): the time of each action (an input event, a click) until the page (and
//   the ctkit elements in it) has updated and been laid out, one frame apart: the median in
//   window.tachometerResult, the 95th percentile in window.ninetyFifth and the mean in
//   window.mean (the mean is finer than performance.now()'s 0.1 ms steps when actions are
//   short).

/** Every ctkit element on the page (none on a static page: they are not defined there). */
const ctkElements = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('ctk-') && customElements.get(el.localName));

/** Every ctkit tag in the page defined: ctkit.min.js loads each element's code when it finds its tag. */
export async function defined() {
  const tags = new Set([...document.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.startsWith('ctk-')));
  await Promise.all([...tags].map((tag) => customElements.whenDefined(tag)));
}

/** `elements` rendered. */
async function rendered(elements) {
  await Promise.all(elements.map((el) => el.updateComplete));
  await Promise.all(elements.map((el) => el.updateComplete)); // data that arrived during the first update
}

export async function firstRender() {
  await rendered(ctkElements());
  void document.body.offsetHeight; // lay it out
  window.tachometerResult = performance.now();
  console.log(`first render ${window.tachometerResult.toFixed(1)} ms`);
}

export async function perAction(actions) {
  // Found once, before the clock runs: the actions add no elements.
  const elements = ctkElements();
  await rendered(elements);
  const times = [];
  for (const act of actions) {
    const start = performance.now();
    act();
    await rendered(elements);
    void document.body.offsetHeight;
    times.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  window.mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  times.sort((a, b) => a - b);
  window.ninetyFifth = times[Math.floor(times.length * 0.95)];
  window.tachometerResult = times[Math.floor(times.length / 2)];
  console.log(`median ${window.tachometerResult.toFixed(2)} ms, 95th percentile ${window.ninetyFifth.toFixed(2)} ms over ${times.length} actions`);
}
