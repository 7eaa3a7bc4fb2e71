// The fixed lists content chooses from. The schemas accept exactly these values and the pages show them in
// this order, so a new theme or step is added here once.

/** What a timeline milestone is about; the timeline page filters by it. */
export const timelineThemes = ['law', 'enforcement', 'victims', 'technology', 'business'] as const;
export type TimelineTheme = (typeof timelineThemes)[number];

/** The five steps of the brief's call to action, in order, with the name the discussion guide prints. */
export const actionSteps = {
  measure: 'Measure',
  identify: 'Identify',
  'reach-out': 'Reach out',
  plan: 'Plan',
  execute: 'Execute',
} as const;
export type ActionStep = keyof typeof actionSteps;
export const actionStepIds = Object.keys(actionSteps) as [ActionStep, ...ActionStep[]];

/** "law, enforcement or business": the values a schema's error message offers. */
export const oneOf = (values: readonly string[]) =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
