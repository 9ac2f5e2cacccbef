/**
 * Test hooks: the sizes of a service's internal maps and sets, so tests can show that per-key
 * state stays bounded without reaching into private fields or measuring the heap.
 *
 * @internal
 */

/** Service (or store) → a function reporting its internal collection sizes. @internal */
export const sizeProbes = new WeakMap<object, () => Readonly<Record<string, number>>>()

/** The internal sizes of a service, or `undefined` when it registered none. @internal */
export const sizesOf = (service: object): Readonly<Record<string, number>> | undefined => sizeProbes.get(service)?.()
