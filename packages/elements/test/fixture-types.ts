import type { TemplateResult } from 'lit';

/**
 * An example configuration of a component, shared by its stories, its tests and the a11y
 * and localisation scans. Templates hold only literal attributes and JSON-safe values, since
 * the server-rendered test mode sends them to Node.
 */
export interface Fixture {
  name: string;
  /** What the example shows, for the story's docs. */
  description: string;
  template: () => TemplateResult;
  /** The fixture shows a configuration error (part="error", role="alert", one console.error). */
  error?: boolean;
}
