import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** The wrappers that only decorate the schema inside them. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      return current;
    }
  }
}

/** The schemas that could describe the value at a path (several under a union). */
export function schemasAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  let candidates: AnySchema[] = [root];
  for (const segment of path) {
    const next: AnySchema[] = [];
    for (const candidate of candidates) next.push(...childSchemas(unwrap(candidate), segment));
    candidates = next;
  }
  return candidates;
}

function childSchemas(schema: AnySchema, segment: PropertyKey): AnySchema[] {
  const def = schema._zod.def as {
    type: string;
    shape?: Record<string, AnySchema>;
    element?: AnySchema;
    items?: AnySchema[];
    options?: AnySchema[];
  };
  switch (def.type) {
    case 'object': {
      const child = def.shape?.[String(segment)];
      return child ? [child] : [];
    }
    case 'array':
      return def.element ? [def.element] : [];
    case 'tuple': {
      const child = typeof segment === 'number' ? def.items?.[segment] : undefined;
      return child ? [child] : [];
    }
    case 'union':
      return (def.options ?? []).flatMap((option) => childSchemas(unwrap(option), segment));
    default:
      return [];
  }
}

/** The field names an object at a path may have (all branches of a union together). */
export function knownKeysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  const collect = (schema: AnySchema): void => {
    const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, AnySchema>; options?: AnySchema[] };
    if (def.type === 'object') Object.keys(def.shape ?? {}).forEach((key) => keys.add(key));
    if (def.type === 'union') (def.options ?? []).forEach(collect);
  };
  schemasAt(root, path).forEach(collect);
  return [...keys];
}

/** Whether the schema at a path is (a wrapper around) the given schema. */
export function isSchemaAt(root: AnySchema, path: readonly PropertyKey[], target: AnySchema): boolean {
  return schemasAt(root, path).some((schema) => sameSchema(schema, target) || sameSchema(unwrapOptional(schema), target));
}

/** The same schema, or a copy of it that only adds a description (`.describe()` copies keep the definition). */
function sameSchema(schema: AnySchema, target: AnySchema): boolean {
  return schema === target || schema._zod.def === target._zod.def;
}

function unwrapOptional(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) current = def.innerType;
    else return current;
  }
}
