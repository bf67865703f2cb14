import { beforeEach } from 'vitest';

/**
 * Makes a file's steps a story: each builds on the one before, so after a failed step the rest
 * are skipped instead of timing out one by one.
 */
export function skipStepsAfterAFailure(): void {
  let stepFailed = false;
  beforeEach(({ skip, onTestFailed }) => {
    if (stepFailed) skip();
    onTestFailed(() => {
      stepFailed = true;
    });
  });
}
