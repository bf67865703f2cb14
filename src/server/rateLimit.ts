/**
 * Rate limits as token buckets: each key may spend `burst` at once and earns `perSecond` back.
 * Time is passed in (milliseconds) so the arithmetic is testable without waiting.
 */
export interface RateLimitOptions {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** One bucket per key (an address, a credential, a connection). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Spends one token for the key; false when the key has none left. */
  take(key: string, now: number): boolean {
    const bucket = this.refilled(key, now);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: this.options.burst, updated: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.updated) / 1000) * this.options.perSecond);
    bucket.updated = now;
    this.buckets.set(key, bucket);
    this.forgetFullBuckets();
    return bucket;
  }

  // A full bucket holds no memory worth keeping; dropping them keeps the map small.
  private forgetFullBuckets(): void {
    if (this.buckets.size < 10_000) return;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens >= this.options.burst) this.buckets.delete(key);
    }
  }
}

export interface BackoffOptions {
  /** Failures allowed before a pause is imposed (people mistype codes). */
  freeFailures: number;
  /** The first pause, doubled with each further failure. */
  firstPauseMs: number;
  maxPauseMs: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

interface FailureRecord {
  failures: number;
  blockedUntil: number;
  last: number;
}

/**
 * Slows down guessing: after a few failures from one address, each further failure blocks that
 * address for twice as long as the last one, so brute-forcing a join code takes years.
 */
export class FailureBackoff {
  private readonly records = new Map<string, FailureRecord>();

  constructor(private readonly options: BackoffOptions) {}

  /** Milliseconds the key must still wait before trying again (0 when it may try now). */
  waitMs(key: string, now: number): number {
    const record = this.current(key, now);
    return record ? Math.max(0, record.blockedUntil - now) : 0;
  }

  /** Records a failed attempt. */
  fail(key: string, now: number): void {
    const record = this.current(key, now) ?? { failures: 0, blockedUntil: 0, last: now };
    record.failures += 1;
    record.last = now;
    const over = record.failures - this.options.freeFailures;
    if (over > 0) record.blockedUntil = now + Math.min(this.options.maxPauseMs, this.options.firstPauseMs * 2 ** (over - 1));
    this.records.set(key, record);
  }

  private current(key: string, now: number): FailureRecord | undefined {
    const record = this.records.get(key);
    if (record && now - record.last > this.options.forgetAfterMs && now >= record.blockedUntil) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }
}
