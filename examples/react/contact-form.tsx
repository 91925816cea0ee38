// A React 19 form that checks a contact with @ctkit/data/validate as it is typed and puts each
// message beside its field. Shown in packages/data/README.md; tested in
// packages/data/test/contact-form.test.ts.
import { useRef, useState, type FormEvent } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Contact } from '@ctkit/data/schemas';
import { formatError, parseContact, type ValidationError } from '@ctkit/data/validate';

/** The form's fields, each with the path (after the root, `contact`) of the value it sets. */
const fields = [
  { name: 'name', label: 'Name', path: 'name', type: 'text', autoComplete: 'name' },
  { name: 'summary', label: 'What they do for a caller', path: 'summary', type: 'text', autoComplete: 'off' },
  { name: 'number', label: 'Phone number to dial (+44…)', path: 'phones.0.number', type: 'tel', autoComplete: 'tel' },
  { name: 'display', label: 'Phone number as written', path: 'phones.0.display', type: 'text', autoComplete: 'off' },
  { name: 'email', label: 'Email (optional)', path: 'emails.0.address', type: 'email', autoComplete: 'email' },
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
function byField(errors: readonly ValidationError[]): Map<string, ValidationError[]> {
  const out = new Map<string, ValidationError[]>();
  for (const error of errors) {
    const field = error.path.slice(1).join('.');
    out.set(field, [...(out.get(field) ?? []), error]);
  }
  return out;
}

/**
 * A form for your own contact. A field's messages show once it has been left (or on save), and
 * change as it is typed; a failed save moves focus to the first field with a message.
 */
export function ContactForm({ onSave }: { onSave: (contact: Contact) => void }) {
  const [values, setValues] = useState<Values>({ name: '', summary: '', number: '', display: '', email: '' });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const form = useRef<HTMLFormElement>(null);
  const result = parseContact(toContact(values));
  const messages = result.ok ? new Map<string, ValidationError[]>() : byField(result.errors);
  // Whatever no field shows (a rule across fields, say), above the button, as the elements word it.
  const others = [...messages].filter(([path]) => !fields.some((field) => field.path === path)).flatMap(([, errors]) => errors);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result.ok) return onSave(result.value);
    setTouched(new Set(fields.map((field) => field.name)));
    const first = fields.find((field) => messages.has(field.path));
    if (first) form.current?.querySelector<HTMLInputElement>(`#contact-${first.name}`)?.focus();
  };

  return (
    <form ref={form} onSubmit={submit} noValidate>
      {fields.map(({ name, label, path, type, autoComplete }) => {
        const shown = touched.has(name) ? (messages.get(path) ?? []) : [];
        return (
          <p key={name}>
            <label htmlFor={`contact-${name}`}>{label}</label>
            <input
              id={`contact-${name}`}
              type={type}
              autoComplete={autoComplete}
              value={values[name]}
              aria-invalid={shown.length > 0}
              aria-describedby={shown.length > 0 ? `contact-${name}-error` : undefined}
              onChange={(event) => {
                const value = event.target.value;
                setValues((before) => ({ ...before, [name]: value }));
              }}
              onBlur={() => setTouched((before) => new Set(before).add(name))}
            />
            {shown.length > 0 ? <span id={`contact-${name}-error`}>{shown.map((error) => error.message).join(' ')}</span> : null}
          </p>
        );
      })}
      {touched.size > 0 && others.length > 0 ? <p role="alert">{others.map(formatError).join(' ')}</p> : null}
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
