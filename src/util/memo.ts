/**
 * A value computed once per object and kept on it, under a non-enumerable symbol, so it is freed with
 * the object. A module-level WeakMap does not serve per-file objects: V8's minor collections treat the
 * entries of a long-lived WeakMap as live, so every file's data survived, was copied and promoted, and
 * garbage collection took a third of validation time.
 */
export function memo<T>(owner: object, key: symbol, compute: () => T): T {
  const o = owner as Record<symbol, T | undefined>;
  let v = o[key];
  if (v === undefined) {
    v = compute();
    Object.defineProperty(owner, key, { value: v, enumerable: false, configurable: true });
  }
  return v;
}
