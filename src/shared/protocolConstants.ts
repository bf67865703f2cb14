/**
 * The protocol's constants, in a module of their own without schemas, so that a participant's
 * phone can know them without downloading the validation library the schemas are built with.
 */

/** Bumped on any change a deployed client would misread; checked in the hello. */
export const PROTOCOL_VERSION = 3;

/** The largest client message (or HTTP body) the server reads, in bytes. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** The slowest and fastest the scenario clock may run, as a multiple of wall time. */
export const SPEED_RANGE = { min: 0.25, max: 120 } as const;

/** The longest participant name. */
export const MAX_NAME_LENGTH = 80;

/** Codes of refusals and errors that come from the server rather than the engine. */
export const ERROR_CODES = {
  badJson: 'bad-json',
  badMessage: 'bad-message',
  unknownType: 'unknown-type',
  helloFirst: 'hello-first',
  alreadyJoined: 'already-joined',
  clientTooOld: 'client-too-old',
  clientTooNew: 'client-too-new',
  missingCredential: 'missing-credential',
  wrongCredential: 'wrong-credential',
  forbidden: 'forbidden',
  wrongRole: 'wrong-role',
  sessionNotFound: 'session-not-found',
  sessionEnded: 'session-ended',
  notFound: 'not-found',
  methodNotAllowed: 'method-not-allowed',
  bodyTooLarge: 'body-too-large',
  unsupportedMediaType: 'unsupported-media-type',
  invalidScenario: 'invalid-scenario',
  unknownScenario: 'unknown-scenario',
  wrongJoinCode: 'wrong-join-code',
  unknownRole: 'unknown-role',
  unknownObjective: 'unknown-objective',
  unknownTask: 'unknown-task',
  unknownAgency: 'unknown-agency',
  unknownEntry: 'unknown-entry',
  tooManyAttempts: 'too-many-attempts',
  rateLimited: 'rate-limited',
  organiserRequired: 'organiser-required',
  wrongLogin: 'wrong-login',
  tooManyConnections: 'too-many-connections',
  storageFailed: 'storage-failed',
  /** Another instance of the server holds the session right now; it lets go, and a retry in a second finds it here. */
  sessionElsewhere: 'session-elsewhere',
  internal: 'internal-error',
} as const;
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** WebSocket close codes the server uses (4000–4999 are the application's own). */
export const CLOSE_CODES = {
  versionMismatch: 4001,
  unauthorized: 4003,
  sessionNotFound: 4004,
  helloTimeout: 4008,
  flooding: 4029,
  /** The session is served by another instance from now on (or is on its way here): reconnect, and the proxy sends you to it. */
  sessionElsewhere: 4503,
} as const;
