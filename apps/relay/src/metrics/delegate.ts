/**
 * An object that behaves like `target` except for the members in `overrides`. Other members
 * are read from `target` at each access (getters stay live) and methods are bound to it, so
 * a decorator keeps working when a port grows a method the decorator does not know about.
 */
export function delegate<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(object, property) {
      if (Object.hasOwn(overrides, property)) return (overrides as Record<PropertyKey, unknown>)[property];
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}
