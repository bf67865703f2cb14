/** The console's keyboard shortcuts, shown on screen and bound in one place: two steer play, the others go to a panel. */
export const SHORTCUT_KEYS = { toggle: 'p', next: 'n', upcoming: 'u', events: 'e', improvise: 'i', gaps: 'g', feed: 'f' } as const;

/** The panels a shortcut goes to, by the class of their section. */
export const PANEL_SHORTCUTS = [
  { key: SHORTCUT_KEYS.upcoming, panel: 'upcoming' },
  { key: SHORTCUT_KEYS.events, panel: 'events' },
  { key: SHORTCUT_KEYS.improvise, panel: 'improvise' },
  { key: SHORTCUT_KEYS.gaps, panel: 'gaps' },
  { key: SHORTCUT_KEYS.feed, panel: 'feed' },
] as const;

export type ShortcutPanel = (typeof PANEL_SHORTCUTS)[number]['panel'];

/** Brings a panel of the console into view and puts the focus on its heading, so Tab goes on inside it. */
export function goToPanel(panel: ShortcutPanel): void {
  const heading = document.querySelector<HTMLElement>(`.console .${panel} h2`);
  if (heading === null) return;
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  heading.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
}
