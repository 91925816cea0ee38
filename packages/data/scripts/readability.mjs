// Reading grade (Flesch–Kincaid) of English text: 0.39 × words per sentence + 11.8 × syllables
// per word − 15.59. Our own count, written for this dataset's plain prose:
// - a sentence ends at ".", "!" or "?" followed by a space or the end;
// - a word is a run of letters, digits, apostrophes or hyphens;
// - syllables: an abbreviation said letter by letter (NRM, GLAA) has one per letter; a number
//   one per digit, at most three; any other word one per group of vowels (y counting as one),
//   less a silent final "e" and an "-ed" that adds no sound, and at least one.

const vowelGroups = /[aeiouy]+/g;

/** Syllables in one word, as above. */
export function syllables(word) {
  if (/^\d[\d,.]*$/.test(word)) return Math.min(3, word.replace(/\D/g, '').length);
  if (/^[A-Z]{2,5}s?$/.test(word)) return word.replace(/s$/, '').length;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  // Silent endings: "make", "used", "notes", "Wales" (but "able", "tables", "needed" keep their sound).
  if (/[aeiouy]les$/.test(w)) w = w.slice(0, -2);
  else if (!/[^aeiouy]le$/.test(w)) w = w.replace(/(?:[^laeiouy]es|[^dt]ed|[^aeiouy]e)$/, (end) => end[0]);
  return Math.max(1, (w.match(vowelGroups) ?? []).length);
}

/** The words and sentences of `text`. */
export function measure(text) {
  const sentences = text
    .split(/[.!?]+(?:\s+|$)/)
    .map((sentence) => sentence.match(/[\p{L}\p{N}’'-]+/gu) ?? [])
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  return { sentences, words, syllables: words.reduce((sum, word) => sum + syllables(word), 0) };
}

/** The Flesch–Kincaid grade of `text`: about the school year (US grade) a reader needs. */
export function grade(text) {
  const { sentences, words, syllables: count } = measure(text);
  if (words.length === 0) return 0;
  return 0.39 * (words.length / sentences.length) + 11.8 * (count / words.length) - 15.59;
}
