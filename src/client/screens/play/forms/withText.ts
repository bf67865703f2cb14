/** An optional free-text field of an action: left out when nothing was written, so the log holds no empty notes. */
export function withText<K extends string>(key: K, text: string): { [P in K]?: string } {
  const trimmed = text.trim();
  return (trimmed === '' ? {} : { [key]: trimmed }) as { [P in K]?: string };
}
