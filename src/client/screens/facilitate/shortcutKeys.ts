/** The console's keyboard shortcuts, shown on screen and bound in one place. */
export const SHORTCUT_KEYS = { toggle: 'p', next: 'n' } as const;
