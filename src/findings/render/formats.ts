/** Output formats of `resp validate --format` (kept apart from the renderers: the CLI lists them without loading any). */
export const FINDING_FORMATS = ['human', 'json', 'sarif', 'github', 'junit', 'gitlab'] as const;
export type FindingFormat = (typeof FINDING_FORMATS)[number];
