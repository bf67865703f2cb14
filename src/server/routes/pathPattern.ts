/** The names of the `:name` parameters in a path pattern such as `/api/sessions/:sessionId/state`. */
export type ParamNames<Pattern extends string> = Pattern extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : Pattern extends `${string}:${infer Name}`
    ? Name
    : never;

/** The parameters a path matched, by name. */
export type PathParams<Names extends string = string> = Readonly<Record<Names, string>>;

/**
 * A matcher for a path pattern: literal segments, and `:name` segments that match the regular
 * expression (source, without groups of its own) `shapes[name]`. A pattern naming a parameter without a shape is a mistake in
 * the table, refused when the table is built rather than when a request arrives.
 */
export function compilePattern(pattern: string, shapes: Readonly<Record<string, string>>): (pathname: string) => PathParams | undefined {
  const names: string[] = [];
  const source = pattern
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const name = segment.slice(1);
      const shape = shapes[name];
      if (shape === undefined) throw new Error(`the path pattern ${pattern} names :${name}, which has no shape`);
      names.push(name);
      return `(${shape})`;
    })
    .join('/');
  const matcher = new RegExp(`^${source}$`);
  return (pathname) => {
    const match = matcher.exec(pathname);
    return match ? Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? ''])) : undefined;
  };
}
