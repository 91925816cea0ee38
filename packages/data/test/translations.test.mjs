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
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

/** Phone numbers and other figures: runs of digits, with the spaces inside a number. */
const figures = (text) => text.replace(/<x [^>]*\/>/g, '').match(/\d+(?: \d+)*/g) ?? [];
const placeholders = (text) => (text.match(/<x id="\d+"[^>]*\/>/g) ?? []).sort();

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
      // A small count may be a word ("twice", "once more"); a longer figure (24/7, 5000) stays.
      for (const figure of figures(unit.source).filter((f) => f.length > 1)) {
        assert.ok(unit.target.includes(figure), `${unit.id}: "${figure}" is missing from "${unit.target}"`);
      }
    }
  });

  test(`${locale}: the dataset's text is translated as far as promised, figures unchanged`, () => {
    const list = units(`${root}packages/data/xliff/${locale}.xlf`);
    // Welsh has all of it; the other locales the contacts (so a helpline banner is whole).
    const promised = locale === 'cy' ? list : list.filter((unit) => unit.note.startsWith('contacts'));
    assert.ok(promised.length >= 40, `${promised.length} strings promised`);
    for (const unit of promised) assert.ok(unit.target?.trim(), `${unit.note} "${unit.source}" has no translation`);
    for (const unit of list.filter((u) => u.target)) {
      for (const figure of figures(unit.source)) {
        assert.ok(unit.target.includes(figure), `${unit.note}: "${figure}" is missing from "${unit.target}"`);
      }
    }
  });
}
