import { describe, expect, it } from 'vitest';
import { FailureBackoff, RateLimiter } from '../../src/server/rateLimit.ts';

describe('the rate limiter', () => {
  it('allows a burst, then refills at its rate', () => {
    const limiter = new RateLimiter({ burst: 3, perSecond: 2 });
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 499)).toBe(false);
    expect(limiter.take('a', 500)).toBe(true);
  });
});

describe('the failure backoff', () => {
  const options = { freeFailures: 2, firstPauseMs: 1000, maxPauseMs: 8000, forgetAfterMs: 60_000 };

  it('lets a few mistakes pass, then doubles the pause after each further one', () => {
    const backoff = new FailureBackoff(options);
    backoff.fail('ip', 0);
    backoff.fail('ip', 0);
    expect(backoff.waitMs('ip', 0)).toBe(0);
    backoff.fail('ip', 0);
    expect(backoff.waitMs('ip', 0)).toBe(1000);
    backoff.fail('ip', 1000);
    expect(backoff.waitMs('ip', 1000)).toBe(2000);
    for (let i = 0; i < 10; i += 1) backoff.fail('ip', 3000);
    expect(backoff.waitMs('ip', 3000)).toBe(8000);
    expect(backoff.waitMs('other', 3000)).toBe(0);
  });

  it('forgets old failures', () => {
    const backoff = new FailureBackoff(options);
    for (let i = 0; i < 3; i += 1) backoff.fail('ip', 0);
    expect(backoff.waitMs('ip', 500)).toBe(500);
    backoff.fail('ip', 1000);
    expect(backoff.waitMs('ip', 200_000)).toBe(0);
    backoff.fail('ip', 200_000);
    expect(backoff.waitMs('ip', 200_000)).toBe(0);
  });
});
