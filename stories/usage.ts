/**
 * What each component's Docs page says after its purpose (which comes from the component's own
 * JSDoc, through the custom elements manifest): when to use it and when not to, and what to do
 * and not do with it. Design guidance for the people who place the components, in the manner
 * of a design system's component pages; the API tables follow it (stories/docs-page.ts).
 */
export interface Usage {
  /** When the component is the right choice. */
  use: readonly string[];
  /** When it is not, and what to use instead. */
  avoid: readonly string[];
  do: readonly string[];
  dont: readonly string[];
}

export const usage: Readonly<Record<string, Usage>> = {
  'ctk-helpline-banner': {
    use: [
      'On any page where someone may need help now: a help page, a staff intranet, a footer.',
      'Inline (`variant="inline"`) inside a sentence that names the helpline.',
      'With `contact-src` to show your own safeguarding lead or central point of contact in its place.',
    ],
    avoid: [
      'To list several contacts: use the contact directory.',
      'Where the page is about one nation only and the helpline is not the right first call there: set `region` or `contact`.',
    ],
    do: ['Keep the 999 line on public pages.', 'Put it high on the page, where a frightened reader looks first.'],
    dont: ['Copy the number into your own markup: it goes stale.', 'Hide it behind a button or an accordion.'],
  },
  'ctk-contact-directory': {
    use: ['For a page listing who to call: national lines, local services and your own contacts (`extra-src`) above them.'],
    avoid: ['For one number: use the helpline banner.', 'With `src` when you only want to add your own contacts: `src` replaces the national list; `extra-src` adds yours above it.'],
    do: ['Put your central point of contact first in your file.', 'Open the page after each change to your file: a contact with a mistake is named on the page, beside the national numbers.'],
    dont: ['Leave out the emergency line.', 'Host your contacts file on another site without CORS: it will not load, and the page says so.'],
  },
  'ctk-indicator-checklist': {
    use: ['For staff of one sector to check what they noticed against the signs that matter there.'],
    avoid: ['As a test or a score: it never gives a verdict, and one sign alone proves nothing.', 'For the public: use the awareness poster.'],
    do: ['Set the `sector` your staff work in.', 'Put the referral flowchart on the same page, so "What to do next" leads to it.'],
    dont: ['Store or send what was ticked: ctkit never does.', 'Add your own signs without a source.'],
  },
  'ctk-guidance-card': {
    use: ['To show how to talk to a possible victim, or another topic, next to the checklist or flowchart.', 'As a poster (`variant="poster"`) for a staff room.'],
    avoid: ['For emergency numbers alone: use the helpline banner.'],
    do: ['Choose the topic that fits the page.', 'Print the poster variant to check it on one A4 page.'],
    dont: ['Shorten the do and don\'t lists: each has its reason.'],
  },
  'ctk-referral-flowchart': {
    use: ['For staff deciding what to do once they suspect trafficking: one question at a time, or the whole flow (`view="diagram"`).'],
    avoid: ['For a person who may be a victim: use the awareness poster or the helpline banner.'],
    do: ['Set `region` where the nation is known.', 'Give your central point of contact with `contact-src`: it shows at each end of the flow.', 'Give it an `id` so the checklist can link to it.'],
    dont: ['Replace the national flow with your own unless it has been checked: yours is validated, and the national flow stands in if it fails.'],
  },
  'ctk-quick-exit': {
    use: ['On every page a person at risk may read, first in `<body>`, with `sticky`.'],
    avoid: ['On staff-only pages where no one is at risk of being watched.'],
    do: ['Tell readers it hides the page but does not clear history.', 'Point `href` to a neutral page of your own if you have one.'],
    dont: ['Put it inside a header that scrolls away.', 'Point it to a page that would look like help.'],
  },
  'ctk-training-scenarios': {
    use: ['For a short refresher between training sessions, by sector.', 'As a printed handout (`view="review"`).'],
    avoid: ['As an assessment: it gives feedback, never a score.'],
    do: ['Listen for `ctk-complete` if your learning system records completion.'],
    dont: ['Send readers\' answers anywhere: ctkit stores and sends nothing.'],
  },
  'ctk-awareness-poster': {
    use: ['For a notice board, a toilet door or a waiting room: the signs for the public, or plain words for a person affected, in their language.'],
    avoid: ['On a web page as the only help: use the helpline banner there.'],
    do: ['Print it from the browser on A4 or A3.', 'Add tear-off strips (`tear-offs`) where people may not want to be seen writing a number down.'],
    dont: ['Put a poster for a person affected where they could not read it unseen: a toilet or a changing room is better than a reception desk.'],
  },
};
