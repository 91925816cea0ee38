// Runs @lit/localize for @ctkit/elements: extract every msg() into XLIFF, fill the
// pseudo-locale en-XA from the sources, then generate the runtime locale modules.
// Run from packages/elements (its build script does).
//
// en-XA turns every letter of a UI string into an accented look-alike and brackets the
// string, so a test (and a designer in Storybook) can see at once any text that escaped
// msg(): it stays plain ASCII.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PSEUDO = 'en-XA';
const xliffFile = `xliff/${PSEUDO}.xlf`;

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'àƀçđéƒĝĥíĵķłɱñóþʠŕšŧúʋŵẋýžÀƁÇĐÉƑĜĤÍĴĶŁṀÑÓÞǪŔŠŦÚṼŴẊÝŽ';
const pseudoMap = new Map([...plain].map((c, i) => [c, [...accented][i]]));

/**
 * Accents each run of text between XLIFF placeholders and brackets it, leaving placeholders
 * and XML entities intact: `Call <x/> now` becomes `⟦Çàłł ⟧<x/>⟦ ñóŵ⟧`, so a test can tell
 * the translated runs from the values put into them.
 */
function pseudoTranslate(xmlContent) {
  const accent = (text) =>
    text
      .split(/(&[a-zA-Z]+;|&#\d+;)/)
      .map((part, i) => (i % 2 === 1 ? part : [...part].map((c) => pseudoMap.get(c) ?? c).join('')))
      .join('');
  return xmlContent
    .split(/(<x\b[^>]*\/>)/)
    .map((part, i) => (i % 2 === 1 || part === '' ? part : `⟦${accent(part)}⟧`))
    .join('');
}

const cli = createRequire(import.meta.url).resolve('@lit/localize-tools/bin/lit-localize.js');
const run = (command) => execFileSync(process.execPath, [cli, command], { stdio: ['ignore', 'ignore', 'inherit'] });

run('extract');
const xliff = readFileSync(xliffFile, 'utf8').replace(
  /(<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (_m, open, content, close) => `${open}${content}${close}<target>${pseudoTranslate(content)}</target>`,
);
writeFileSync(xliffFile, xliff);
run('build');
