/** What the service worker keeps of one build: the files that open a participant's or an evaluator's screen without a network. */
export interface OfflineShell {
  /** Changes with every build that changes a file: the name of the cache it lives in. */
  version: string;
  /** URL paths, `/index.html` (the page every screen starts from) first. */
  paths: string[];
}

/** The placeholder in the built service worker that the build replaces with the shell, as JSON in a string. */
export const OFFLINE_SHELL_PLACEHOLDER = '__SAMENSPEL_OFFLINE_SHELL__';

/** The cache of one build's shell; every other cache of ours is an older build's. */
export const SHELL_CACHE_PREFIX = 'samenspel-shell-';
