// The guide script's words, in the page's language: the page gives them (data-guide-words, from src/i18n/).
export type GuideWords = Record<
  | 'copied'
  | 'copiedStatus'
  | 'copyField'
  | 'copySelect'
  | 'pickedOne'
  | 'pickedMany'
  | 'meetingCount'
  | 'meetingPicked',
  string
>;

/** A dictionary entry with its {name} values filled in. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
