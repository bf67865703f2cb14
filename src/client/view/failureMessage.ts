import { ApiError } from '../api/apiError.ts';
import type { LabelKey } from '../i18n/messages.ts';
import type { Translate } from '../i18n/translate.ts';

const KNOWN_FAILURES = {
  'wrong-credential': 'failure.wrong-credential',
  'missing-credential': 'failure.missing-credential',
  'session-not-found': 'failure.session-not-found',
  'client-too-old': 'failure.client-too-old',
  'client-too-new': 'failure.client-too-new',
  network: 'failure.network',
  'wrong-join-code': 'failure.wrong-join-code',
  'too-many-attempts': 'failure.too-many-attempts',
  'session-ended': 'failure.session-ended',
} as const satisfies Record<string, LabelKey>;

/** A failure told in the interface language: known codes get their own advice, others the server's words. */
export function failureMessage(t: Translate, failure: { code: string; message: string }): string {
  const key = (KNOWN_FAILURES as Record<string, LabelKey>)[failure.code];
  return key === undefined ? t('failure.unknown', { message: failure.message }) : t(key);
}

/** Whatever a request threw, told in the interface language: an API refusal as above, anything else as it says itself. */
export function failureText(t: Translate, error: unknown): string {
  return error instanceof ApiError ? failureMessage(t, error) : String(error);
}
