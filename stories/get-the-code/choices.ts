/**
 * What the "Get the code" page makes from an editor's choices: the snippet to paste, your
 * contacts as a file, the language setting as a script file, and where each file goes. Pure
 * functions, so the page and its tests share them.
 */
import type { Contact } from '@ctkit/data/schemas';

export type Region = '' | 'england' | 'wales' | 'scotland' | 'northern-ireland';

export interface Choices {
  quickExit: boolean;
  /** `own`: your first contact in place of the helpline (a staff page); 999 stays either way. */
  banner: { on: boolean; variant: 'full' | 'compact'; own: boolean };
  checklist: { on: boolean; sector: string };
  flowchart: { on: boolean; view: 'guided' | 'diagram' };
  guidance: { on: boolean; topic: string };
  directory: { on: boolean; categories: readonly string[] };
  training: { on: boolean; sector: string };
  poster: { on: boolean; audience: 'public' | 'affected' };
  region: Region;
  language: string;
}

export const defaultChoices: Choices = {
  quickExit: true,
  banner: { on: true, variant: 'full', own: true },
  checklist: { on: false, sector: '' },
  flowchart: { on: false, view: 'guided' },
  guidance: { on: false, topic: 'victim-centred-practice' },
  directory: { on: true, categories: [] },
  training: { on: false, sector: 'general' },
  poster: { on: false, audience: 'public' },
  region: '',
  language: 'en-GB',
};

/** The folder of your site the files go in, as the snippet names it. */
export const folder = '/assets/ctkit/';
export const contactsFile = 'our-contacts.json';
export const settingsFile = 'settings.js';

/** One contact as the form takes it: what an editor knows, in their words. */
export interface ContactInput {
  /** Which contact of the form this is, kept when another is removed (not part of the record). */
  key: number;
  name: string;
  role: string;
  phone: string;
  email: string;
  hours: 'always' | 'weekdays' | 'unknown';
  opens: string;
  closes: string;
  source: string;
  checkedOn: string;
}

export const emptyContact = (today: string, key = 0): ContactInput => ({ key, name: '', role: '', phone: '', email: '', hours: 'always', opens: '09:00', closes: '17:00', source: '', checkedOn: today });

const nations: Record<Region, Contact['jurisdictions']> = {
  '': ['GB-ENG', 'GB-WLS'],
  england: ['GB-ENG'],
  wales: ['GB-WLS'],
  scotland: ['GB-SCT'],
  'northern-ireland': ['GB-NIR'],
};

/** A UK number as typed ("01632 960018") in the international form a `tel:` link needs. */
export function dialled(phone: string): string {
  // "+44 (0)1632 960018": the 0 in brackets is not dialled from abroad.
  const digits = phone.replace(/\(0\)/g, '').replace(/[\s().-]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (/^0\d/.test(digits)) return `+44${digits.slice(1)}`;
  return digits;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The form's contacts as records for `parseContacts` (and the file): not yet validated. */
export function contactRecords(inputs: readonly ContactInput[], region: Region): unknown[] {
  return inputs.map((input, i) => ({
    // `own-`: never the id of a national contact, which the directory would refuse beside it.
    id: `own-${slug(input.name) || `contact-${i + 1}`}`,
    name: input.name.trim(),
    category: 'internal',
    summary: input.role.trim(),
    phones: input.phone.trim() ? [{ number: dialled(input.phone.trim()), display: input.phone.trim() }] : [],
    emails: input.email.trim() ? [{ address: input.email.trim() }] : [],
    websites: [],
    availability:
      input.hours === 'weekdays'
        ? { type: 'weekly', timeZone: 'Europe/London', hours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: input.opens, closes: input.closes }] }
        : { type: input.hours },
    languages: ['en'],
    jurisdictions: nations[region],
    audiences: ['professionals'],
    source: { title: 'Our own records', url: input.source.trim() },
    verifiedOn: input.checkedOn,
  }));
}

/** Which form field a problem's path (after `contacts`, i) belongs to. */
export function fieldOf(path: readonly (string | number)[]): keyof ContactInput | undefined {
  if (path[0] === 'availability' && (path.includes('opens') || path.includes('closes'))) return path.includes('opens') ? 'opens' : 'closes';
  const fields: Record<string, keyof ContactInput> = { id: 'name', name: 'name', summary: 'role', phones: 'phone', emails: 'email', availability: 'hours', source: 'source', verifiedOn: 'checkedOn' };
  return fields[String(path[0])];
}

/**
 * A validator's message in an editor's words, for the field it is shown beside; the
 * validator's own words where they are plain already.
 */
export function inEditorsWords(field: keyof ContactInput | undefined, message: string): string {
  if (field === 'phone' && /E\.164/.test(message)) return 'This is not a phone number we can dial: type it as you would dial it in the UK, such as 01632 960018, or with +44.';
  if (field === 'email') return 'Type an email address, such as safeguarding@example.org.';
  if (field === 'source' && /url|https|address/i.test(message)) return 'Type the address of the web page where this contact is written down, starting https://.';
  if ((field === 'name' || field === 'role') && /empty/i.test(message)) return 'Fill this in.';
  return message;
}

/** The markup to paste: one script tag (two with a language), then the chosen elements. */
export function snippet(choices: Choices, withContacts: boolean, base = folder): string {
  const region = choices.region ? ` region="${choices.region}"` : '';
  const own = withContacts ? ` contact-src="${base}${contactsFile}"` : '';
  const lines = [`<script type="module" src="${base}ctkit.min.js"></script>`];
  if (choices.language !== 'en-GB') lines.push(`<script type="module" src="${base}${settingsFile}"></script>`);
  lines.push('');
  if (choices.quickExit) lines.push('<!-- Best first in <body>: sticky keeps it at the top of the screen. -->', '<ctk-quick-exit sticky></ctk-quick-exit>');
  if (choices.banner.on) lines.push(`<ctk-helpline-banner${choices.banner.variant === 'compact' ? ' variant="compact"' : ''}${region}${choices.banner.own ? own : ''}></ctk-helpline-banner>`);
  if (choices.checklist.on) lines.push(`<ctk-indicator-checklist${choices.checklist.sector ? ` sector="${choices.checklist.sector}"` : ''}${region}${own}></ctk-indicator-checklist>`);
  if (choices.flowchart.on) lines.push(`<ctk-referral-flowchart id="referral"${choices.flowchart.view === 'diagram' ? ' view="diagram"' : ''}${region}${own}></ctk-referral-flowchart>`);
  if (choices.guidance.on) lines.push(`<ctk-guidance-card topic="${choices.guidance.topic}"></ctk-guidance-card>`);
  if (choices.directory.on) {
    // A list narrowed to some categories keeps the emergency line, and your own contacts when given.
    const chosen = new Set(['emergency', ...choices.directory.categories, ...(withContacts ? ['internal'] : [])]);
    const categories = choices.directory.categories.length > 0 ? ` categories="${[...chosen].join(' ')}"` : '';
    lines.push(`<ctk-contact-directory${categories}${region}${withContacts ? ` extra-src="${base}${contactsFile}"` : ''}></ctk-contact-directory>`);
  }
  if (choices.training.on) lines.push(`<ctk-training-scenarios sector="${choices.training.sector}"></ctk-training-scenarios>`);
  if (choices.poster.on) lines.push(`<ctk-awareness-poster${choices.poster.audience === 'affected' ? ' audience="affected"' : ''}></ctk-awareness-poster>`);
  return lines.join('\n');
}

/** The script file that sets the language (a file, since a strict policy refuses inline script). */
export function settingsScript(language: string): string {
  return `// The language of the ctkit elements on the page (ctkit's own text and its data).\nimport { setLocale } from './ctkit.min.js';\n\nsetLocale('${language}');\n`;
}

/** Where each file in the download goes, and what it is. */
export function placement(withContacts: boolean, withSettings: boolean): { file: string; where: string }[] {
  return [
    { file: `assets/ctkit/ctkit.min.js, assets/ctkit/chunks/, assets/ctkit/ctkit-*.min.js`, where: `the kit: keep the folder whole, at ${folder} on your site (the snippet names that address)` },
    ...(withContacts ? [{ file: `assets/ctkit/${contactsFile}`, where: `your contacts, beside the kit (edit it to change them; the page checks it and names any mistake)` }] : []),
    ...(withSettings ? [{ file: `assets/ctkit/${settingsFile}`, where: 'the language setting, beside the kit' }] : []),
    { file: 'snippet.html', where: 'the code to paste into your page, where the help should appear' },
    { file: 'example.html', where: 'a whole page with the snippet in it: open it on your site to check the files are in place' },
    { file: 'READ-ME-FIRST.txt', where: 'these steps, and those for WordPress and SharePoint' },
  ];
}

export const wordpressSteps = [
  'Upload the assets folder to the root of your site with your host\'s file manager or SFTP (WordPress\'s media library refuses .js files), so that the kit is at /assets/ctkit/.',
  'In the block editor, add a "Custom HTML" block where the help should appear, and paste the snippet into it.',
  'Save it as a user who may post unfiltered HTML (on a single site, Administrators and Editors; on a network, only Super Admins). For anyone else WordPress strips the script tag and the ctk- tags too: ask one of them to add the block.',
  'Preview the page: the numbers should show, and your contacts first in the directory.',
];

export const sharepointSteps = [
  'SharePoint Online\'s modern pages do not run scripts from page content, so the snippet cannot be pasted into a text web part.',
  'Put the files and example.html (with the snippet in it) on a web server your organisation controls, then add an "Embed" web part to the SharePoint page and paste embed code for it: <iframe src="https://your-server/example.html" title="Help if you are worried about trafficking" width="100%" height="900"></iframe>. An administrator may need to allow that server in "HTML Field Security".',
  'Leave the quick exit out of an embedded page: inside a frame it can only leave the frame, not the SharePoint page around it.',
  'Or ask your SharePoint developers to package the kit as an SPFx web part: the same files and snippet.',
  'Classic pages with custom script allowed can take the snippet in a Script Editor web part.',
];

/** The read-me in the download: where each file goes, then WordPress and SharePoint. */
export function readme(withContacts: boolean, withSettings: boolean): string {
  const list = (items: readonly string[]) => items.map((item, i) => `${i + 1}. ${item}`).join('\n');
  return [
    'ctkit: the files for your page',
    '',
    'Where each file goes:',
    ...placement(withContacts, withSettings).map(({ file, where }) => `- ${file}: ${where}`),
    '',
    'Any website: copy the assets folder to the root of your site, then paste snippet.html into your page.',
    '',
    'WordPress:',
    list(wordpressSteps),
    '',
    'SharePoint:',
    list(sharepointSteps),
    '',
    'Nothing on the page is sent, stored or tracked. The files work under a strict Content-Security-Policy (default-src \'self\'; script-src \'self\'; style-src \'self\'): no inline script or style.',
    '',
  ].join('\n');
}

/** A whole page with the snippet: to check the files are in place. */
export function examplePage(code: string, language: string): string {
  return `<!doctype html>\n<html lang="${language}">\n  <head>\n    <meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>Help if you are worried about trafficking</title>\n  </head>\n  <body>\n${code
    .split('\n')
    .map((line) => (line ? `    ${line}` : ''))
    .join('\n')}\n  </body>\n</html>\n`;
}
