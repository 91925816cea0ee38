// The Get the code page's own logic (stories/get-the-code/): an editor's contact becomes a
// record that @ctkit/data/validate accepts, a mistake is named in plain words beside its field,
// and the snippet gives your contacts file to every component that takes one. (The page itself
// is driven in Chromium on the built Storybook: scripts/test-storybook/.)
import { expect } from '@open-wc/testing';
import { parseContacts } from '@ctkit/data/validate';
import { contactRecords, defaultChoices, dialled, emptyContact, fieldOf, inEditorsWords, readme, snippet, type ContactInput } from '../../../stories/get-the-code/choices.js';
import { crc32, zip } from '../../../stories/get-the-code/zip.js';

const lead: ContactInput = { ...emptyContact('2026-12-01'), name: 'Safeguarding lead, Riverside Hotel', role: 'Call first.', phone: '01632 960018', source: 'https://example.org/handbook' };

describe('Get the code', () => {
  it('turns an editor’s contact into a record the validator accepts, dialled in the international form', () => {
    const result = parseContacts(contactRecords([lead], 'wales'));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
    if (!result.ok) return;
    expect(result.value[0]!.phones[0]).to.deep.include({ number: '+441632960018', display: '01632 960018' });
    expect(result.value[0]!.jurisdictions).to.deep.equal(['GB-WLS']);
    expect(result.value[0]!.id, 'never a national contact\'s id').to.equal('own-safeguarding-lead-riverside-hotel');
    for (const typed of ['+44 1632 960018', '+44 (0)1632 960018', '0044 1632 960018', '(01632) 960018']) expect(dialled(typed), typed).to.equal('+441632960018');
  });

  it('names a mistake beside its field, in plain words', () => {
    const result = parseContacts(contactRecords([{ ...lead, phone: '12', email: 'not an address', hours: 'weekdays', opens: '25:00' }], ''));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byField = new Map(result.errors.map((error) => [fieldOf(error.path.slice(2)), inEditorsWords(fieldOf(error.path.slice(2)), error.message)]));
    expect(byField.get('phone')).to.match(/^This is not a phone number we can dial/);
    expect(byField.get('email')).to.match(/^Type an email address/);
    expect(byField.get('opens'), 'a wrong time is named beside its own field').to.match(/24-hour time/);
  });

  it('gives the contacts file to the banner, checklist and flowchart, and adds it to the directory', () => {
    const all = { ...defaultChoices, checklist: { on: true, sector: 'hospitality' }, flowchart: { on: true, view: 'guided' as const }, region: 'scotland' as const, language: 'cy' };
    const code = snippet(all, true);
    expect(code).to.contain('<ctk-helpline-banner region="scotland" contact-src="/assets/ctkit/our-contacts.json">');
    expect(code).to.contain('<ctk-indicator-checklist sector="hospitality" region="scotland" contact-src="/assets/ctkit/our-contacts.json">');
    expect(code).to.contain('<ctk-referral-flowchart id="referral" region="scotland" contact-src="/assets/ctkit/our-contacts.json">');
    expect(code).to.contain('<ctk-contact-directory region="scotland" extra-src="/assets/ctkit/our-contacts.json">');
    expect(code).to.contain('<script type="module" src="/assets/ctkit/settings.js"></script>');
    expect(snippet(defaultChoices, false)).to.not.contain('our-contacts.json');
    // A directory narrowed to some categories keeps the emergency line and your contacts.
    expect(snippet({ ...defaultChoices, directory: { on: true, categories: ['report'] } }, true)).to.contain('categories="emergency report internal"');
    // A banner for the public keeps the helpline.
    expect(snippet({ ...defaultChoices, banner: { on: true, variant: 'full', own: false } }, true)).to.contain('<ctk-helpline-banner></ctk-helpline-banner>');
    expect(readme(true, true)).to.contain('WordPress').and.to.contain('SharePoint').and.to.contain('assets/ctkit/our-contacts.json');
  });

  it('zips files with the CRC-32 every unzip tool checks', () => {
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).to.equal('cbf43926');
    const archive = zip([{ name: 'a.txt', data: new TextEncoder().encode('ctkit') }]);
    const view = new DataView(archive.buffer);
    expect(view.getUint32(0, true)).to.equal(0x04034b50);
    expect(view.getUint32(archive.length - 22, true)).to.equal(0x06054b50);
    expect(view.getUint16(archive.length - 22 + 10, true)).to.equal(1);
  });
});
