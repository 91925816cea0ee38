// The XLIFF files translators work in (packages/data/xliff/ for the dataset's text,
// packages/elements/xliff/ for the components' UI strings): each locale is as complete as it
// says, and no translation changes a number, drops a placeholder, or is empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../../', import.meta.url).pathname;
const locales = ['cy', 'pl', 'ro', 'sq', 'vi', 'ar'];

function units(file) {
  return [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    note: /<note>([\s\S]*?)<\/note>/.exec(body)?.[1] ?? '',
    source: /<source>([\s\S]*?)<\/source>/.exec(body)[1],
    target: /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1],
    // A translation whose English has changed since waits for review and is not shipped.
    review: /<target\b[^>]*state="needs-review-translation"/.test(body),
  }));
}

/** Phone numbers and other figures: runs of digits, with the spaces inside a number. */
const figures = (text) => text.replace(/<x [^>]*\/>/g, '').match(/\d+(?: \d+)*/g) ?? [];
/** Placeholders by id (lit-localize matches them by id; equiv-text is only a hint). */
const placeholders = (text) => (text.match(/<x id="\d+"/g) ?? []).sort();
/**
 * A translation keeps every figure of the English (a UI string may write a one-digit count as
 * a word, "twice") and adds none longer than two digits (a month's number, Vietnamese
 * "tháng 4", is allowed): no phone number, menu option, short code or time is dropped,
 * changed or made up.
 */
function sameFigures(source, target, where, { countsAsWords = false } = {}) {
  for (const figure of figures(source).filter((f) => !countsAsWords || f.length > 1)) {
    assert.ok(target.includes(figure), `${where}: "${figure}" is missing from "${target}"`);
  }
  const inSource = figures(source).join(' ');
  for (const figure of figures(target).filter((f) => f.replace(/ /g, '').length > 2)) {
    assert.ok(inSource.includes(figure), `${where}: "${figure}" is not in the English "${source}"`);
  }
}

test('every locale has both XLIFF files, and no others', () => {
  assert.deepEqual(readdirSync(`${root}packages/data/xliff`).sort(), locales.map((l) => `${l}.xlf`).sort());
  assert.deepEqual(readdirSync(`${root}packages/elements/xliff`).filter((f) => f !== 'en-XA.xlf').sort(), locales.map((l) => `${l}.xlf`).sort());
});

for (const locale of locales) {
  test(`${locale}: every UI string is translated, with its placeholders and figures`, () => {
    const list = units(`${root}packages/elements/xliff/${locale}.xlf`);
    assert.ok(list.length > 100, `${list.length} UI strings`);
    for (const unit of list) {
      assert.ok(unit.target?.trim(), `${unit.id} "${unit.source}" has no translation`);
      assert.deepEqual(placeholders(unit.target), placeholders(unit.source), `${unit.id}: placeholders`);
      sameFigures(unit.source, unit.target, unit.id, { countsAsWords: true });
    }
  });

  test(`${locale}: the dataset's text is translated as far as promised, figures unchanged`, () => {
    const list = units(`${root}packages/data/xliff/${locale}.xlf`);
    // Welsh has all of it; the other locales the contacts (so a helpline banner is whole).
    const promised = locale === 'cy' ? list : list.filter((unit) => unit.note.startsWith('contacts'));
    assert.ok(promised.length >= 40, `${promised.length} strings promised`);
    for (const unit of promised) {
      assert.ok(unit.target?.trim(), `${unit.note} "${unit.source}" has no translation`);
      assert.ok(!unit.review, `${unit.note} "${unit.source}": its English changed; review the translation`);
    }
    for (const unit of list.filter((u) => u.target && !u.review)) sameFigures(unit.source, unit.target, unit.note);
  });
}
