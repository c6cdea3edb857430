/**
 * Message templates: `{name}` placeholders filled from the report.
 */

/** Fill the `{name}` placeholders of `template`; unknown names are left as they are. */
export function format(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => data[name] ?? whole)
}
