/** A dictionary entry with its {name} marks filled in; a mark without a value stays, so a missing one shows. */
export const fill = (template: string, values: Record<string, string | number> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
