/**
 * `{{name}}` placeholders, as i18next writes them, for pages that load no i18next (the plain
 * join page, `client/src/join/`). A placeholder without a value stays as written, so a missing
 * parameter shows instead of vanishing.
 */
export function interpolate(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}
