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

// What an outside review of the translations found (2026-12-03), held so it cannot come back.
const contextOf = (body) => /<note from="context">([\s\S]*?)<\/note>/.exec(body)?.[1];
function unitsWithContext(file) {
  return [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, , body]) => ({
    context: contextOf(body),
    source: /<source>([\s\S]*?)<\/source>/.exec(body)[1],
    target: /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

test('cy: an answer uses its question’s verb (A oes…? Oes / Nac oes; Ydy…? Ydy / Nac ydy; Ydych…? Ydw or Ydyn), never "Ie" or "Na"', () => {
  const list = unitsWithContext(`${root}packages/data/xliff/cy.xlf`);
  const welsh = new Map(list.filter((u) => !u.context).map((u) => [u.source, u.target]));
  const answers = list.filter((u) => u.context && /^(Yes|No)\b/.test(u.source));
  assert.ok(answers.length >= 8, `${answers.length} yes/no answers`);
  const forms = [
    [/^A oes\b/, /^(Oes|Nac oes)\b/],
    [/^(Ydy|Ydi)\b/, /^(Ydy|Nac ydy)\b/],
    [/^(Ydych|Ydw)\b/, /^(Ydw|Nac ydw|Ydyn|Nac ydyn)\b/],
  ];
  for (const unit of answers) {
    const question = welsh.get(unit.context);
    assert.ok(question, `the question "${unit.context}" is translated`);
    assert.doesNotMatch(unit.target, /^(Ie|Na)\b/, `"${unit.source}" to "${question}"`);
    const form = forms.find(([asked]) => asked.test(question));
    assert.ok(form, `"${question}" starts with a verb this test knows`);
    assert.match(unit.target, form[1], `"${unit.target}" answers "${question}"`);
  }
});

test('the quick exit’s reset message says the count of Shift presses starts again, in every locale (reviewed 2026-12-03)', () => {
  // "Exit this page expired." means the presses were reset, never that leaving is no longer possible.
  const reviewed = {
    cy: 'Mae cyfrif pwyso Shift ar gyfer gadael y dudalen wedi ailddechrau.',
    pl: 'Liczenie naciśnięć klawisza Shift zaczyna się od nowa.',
    ro: 'Numărarea apăsărilor pe Shift a reînceput de la zero.',
    sq: 'Numërimi i shtypjeve të tastit Shift filloi nga e para.',
    vi: 'Số lần nhấn Shift đã được đếm lại từ đầu.',
    ar: 'بدأ عدّ ضغطات مفتاح Shift من جديد.',
  };
  for (const locale of locales) {
    const unit = units(`${root}packages/elements/xliff/${locale}.xlf`).find((u) => u.source === 'Exit this page expired.');
    assert.equal(unit?.target, reviewed[locale], `${locale}: a changed translation of this message needs the same review`);
  }
});

test('pl: "you do not have to give your name" asks for no name at all, not only the surname', () => {
  for (const file of ['packages/elements/xliff/pl.xlf', 'packages/data/xliff/pl.xlf']) {
    for (const unit of units(`${root}${file}`).filter((u) => /\bname\b/i.test(u.source) && u.target)) {
      if (/nazwisk/.test(unit.target)) assert.match(unit.target, /imienia|imion/, `${file}: "${unit.target}"`);
    }
  }
});
