// A React 19 form that checks a contact with @ctkit/data/validate as it is typed and puts each
// message beside its field. Shown in packages/data/README.md; tested in
// packages/data/test/contact-form.test.ts.
import { useState, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Contact } from '@ctkit/data/schemas';
import { parseContact, type ValidationError } from '@ctkit/data/validate';

/** The form's fields, each with the path (after the root, `contact`) of the value it sets. */
const fields = [
  { name: 'name', label: 'Name', path: 'name' },
  { name: 'summary', label: 'What they do for a caller', path: 'summary' },
  { name: 'number', label: 'Phone number to dial (+44…)', path: 'phones.0.number' },
  { name: 'display', label: 'Phone number as written', path: 'phones.0.display' },
  { name: 'email', label: 'Email (optional)', path: 'emails.0.address' },
] as const;

type Values = Record<(typeof fields)[number]['name'], string>;

/** The contact the fields describe: your safeguarding lead, for ctkit's elements. */
function toContact(values: Values): unknown {
  return {
    id: 'our-safeguarding-lead',
    name: values.name,
    category: 'internal',
    summary: values.summary,
    phones: [{ number: values.number, display: values.display }],
    emails: values.email ? [{ address: values.email }] : [],
    websites: [],
    availability: { type: 'unknown' },
    languages: ['en'],
    jurisdictions: ['GB-ENG'],
    audiences: ['professionals'],
    source: { title: 'Our safeguarding policy', url: 'https://example.org/safeguarding' },
    verifiedOn: new Date().toISOString().slice(0, 10),
  };
}

/** The errors by field: `['contact', 'phones', 0, 'number']` → `phones.0.number`. */
function byField(errors: readonly ValidationError[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const error of errors) {
    const field = error.path.slice(1).join('.');
    out.set(field, [...(out.get(field) ?? []), error.message]);
  }
  return out;
}

export function ContactForm({ onSave }: { onSave: (contact: Contact) => void }) {
  const [values, setValues] = useState<Values>({ name: '', summary: '', number: '', display: '', email: '' });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const result = parseContact(toContact(values));
  const messages = result.ok ? new Map<string, string[]>() : byField(result.errors);
  // Whatever no field shows (a rule across fields, say), shown above the button.
  const others = [...messages].filter(([path]) => !fields.some((field) => field.path === path));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result.ok) onSave(result.value);
    else setTouched(new Set(fields.map((field) => field.name)));
  };

  return (
    <form onSubmit={submit} noValidate>
      {fields.map(({ name, label, path }) => {
        const shown = touched.has(name) ? (messages.get(path) ?? []) : [];
        return (
          <p key={name}>
            <label htmlFor={`contact-${name}`}>{label}</label>
            <input
              id={`contact-${name}`}
              value={values[name]}
              aria-invalid={shown.length > 0}
              aria-describedby={shown.length > 0 ? `contact-${name}-error` : undefined}
              onChange={(event) => {
                setValues({ ...values, [name]: event.target.value });
                setTouched(new Set(touched).add(name));
              }}
            />
            {shown.length > 0 ? <span id={`contact-${name}-error`}>{shown.join(' ')}</span> : null}
          </p>
        );
      })}
      {touched.size > 0 && others.length > 0 ? <p role="alert">{others.map(([path, text]) => `${path}: ${text.join(' ')}`).join('; ')}</p> : null}
      <button type="submit">Save contact</button>
    </form>
  );
}

/** Renders the form into `container`; `onSave` receives the checked contact. */
export function mount(container: Element, onSave: (contact: Contact) => void): Root {
  const root = createRoot(container);
  root.render(<ContactForm onSave={onSave} />);
  return root;
}
