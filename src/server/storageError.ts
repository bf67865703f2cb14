/** A store that cannot be opened or used: the message says what to do, and nothing was changed. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}
