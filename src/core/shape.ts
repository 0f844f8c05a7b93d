// A tiny runtime shape checker whose declarations double as TypeScript types.
// Messages and stored settings are declared once with these, so the sender's type
// and the receiver's runtime check cannot drift apart.

export type Shape<T> = { readonly check: (value: unknown, path: string) => string | null; readonly _type?: T };
export type Infer<S> = S extends Shape<infer T> ? T : never;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

export const string = (maxLength = 10_000): Shape<string> => ({
  check: (value, path) =>
    typeof value !== 'string' ? `${path}: expected a string, found ${describe(value)}`
    : value.length > maxLength ? `${path}: longer than ${maxLength} characters`
    : null,
});

export const number: Shape<number> = {
  check: (value, path) => (Number.isFinite(value) ? null : `${path}: expected a number, found ${describe(value)}`),
};

export const boolean: Shape<boolean> = {
  check: (value, path) => (typeof value === 'boolean' ? null : `${path}: expected true or false, found ${describe(value)}`),
};

export const literal = <const T extends string | number | boolean>(...options: T[]): Shape<T> => ({
  check: (value, path) => (options.includes(value as T) ? null : `${path}: expected one of ${options.join(', ')}, found ${String(value)}`),
});

export const arrayOf = <T>(item: Shape<T>, maxItems = 10_000): Shape<T[]> => ({
  check: (value, path) => {
    if (!Array.isArray(value)) return `${path}: expected an array, found ${describe(value)}`;
    if (value.length > maxItems) return `${path}: more than ${maxItems} items`;
    for (let index = 0; index < value.length; index++) {
      const problem = item.check(value[index], `${path}[${index}]`);
      if (problem) return problem;
    }
    return null;
  },
});

export const optional = <T>(inner: Shape<T>): Shape<T | undefined> & { optional: true } => ({
  optional: true,
  check: (value, path) => (value === undefined ? null : inner.check(value, path)),
});

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends { optional: true } ? K : never }[keyof F];
export type ObjectOf<F extends Fields> = { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & {
  [K in OptionalKeys<F>]?: Infer<F[K]>;
};

export const object = <F extends Fields>(fields: F): Shape<ObjectOf<F>> => ({
  check: (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object, found ${describe(value)}`;
    for (const [key, shape] of Object.entries(fields)) {
      const problem = shape.check((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  },
});

export const recordOf = <T>(item: Shape<T>, maxKeys = 10_000): Shape<Record<string, T>> => ({
  check: (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object, found ${describe(value)}`;
    const entries = Object.entries(value);
    if (entries.length > maxKeys) return `${path}: more than ${maxKeys} keys`;
    for (const [key, entry] of entries) {
      const problem = item.check(entry, `${path}.${key}`);
      if (problem) return problem;
    }
    return null;
  },
});

/** Data we trust because we built it (the bundled fact base): typed, checked elsewhere. */
export const trusted = <T>(): Shape<T> => ({ check: () => null });

export function checkShape<T>(shape: Shape<T>, value: unknown, path = 'value'): { ok: true; value: T } | { ok: false; error: string } {
  const error = shape.check(value, path);
  return error ? { ok: false, error } : { ok: true, value: value as T };
}

/** A shape from a type guard written elsewhere (for larger records such as log entries). */
export const guarded = <T>(isValid: (value: unknown) => value is T, description: string): Shape<T> => ({
  check: (value, path) => (isValid(value) ? null : `${path}: expected ${description}`),
});

/** One of several object shapes, told apart by their `type` field. */
export const tagged = <V extends Record<string, Fields>>(variants: V): Shape<{ [K in keyof V & string]: { type: K } & ObjectOf<V[K]> }[keyof V & string]> => {
  const shapes = Object.fromEntries(Object.entries(variants).map(([type, fields]) => [type, object(fields)]));
  return {
    check: (value, path) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path}: expected an object, found ${describe(value)}`;
      const type = (value as { type?: unknown }).type;
      if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return `${path}.type: expected one of ${Object.keys(shapes).join(', ')}, found ${String(type).slice(0, 80)}`;
      // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- Object.hasOwn(shapes, type) was checked just above
      return shapes[type]!.check(value, path);
    },
  };
};
