/** The organiser at the server's own machine; it also owns every exercise created before organisers existed. */
export const LOCAL_ORGANISER_ID = 'local';

/** How the server knows its organisers: the person at its own machine, or accounts with passwords. */
export const ORGANISER_MODES = ['local', 'accounts'] as const;
export type OrganiserMode = (typeof ORGANISER_MODES)[number];

/** A person or team that owns exercises, their runs and their comparisons. */
export interface Organiser {
  id: string;
  name: string;
}

export function isOrganiserMode(text: string): text is OrganiserMode {
  return (ORGANISER_MODES as readonly string[]).includes(text);
}
