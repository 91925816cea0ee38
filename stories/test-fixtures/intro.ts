/**
 * What the "Test fixtures" group is, at the head of each of its Docs pages: wrong or hostile
 * configurations kept on purpose, each with what it proves in its own description.
 */
export const testFixturesIntro = [
  'Configurations that are wrong or hostile on purpose, kept so that anyone can see what a reader would meet if a page were set up this way. They are not examples to copy: the components\' own pages have those.',
  '',
  'Each story says what it proves. A wrong setting (an unknown id, a contact or file that fails validation, a file that cannot be loaded) shows a notice naming the problem for the web team, and the same text once in the console, with 999 and the helpline still on screen beside it, never a blank. Hostile data (HTML in a name, a `javascript:` address) is shown as text or refused, never run. The browser tests render every one of them, in every engine, in every language.',
].join('\n');
