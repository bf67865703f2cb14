/** A fresh id for an action or control request, within the protocol's `[A-Za-z0-9_.:-]{1,64}`. */
export function newClientId(): string {
  return crypto.randomUUID();
}
