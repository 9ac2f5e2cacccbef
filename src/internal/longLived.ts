/**
 * State that lives across reads — a stream decoder's accumulator, its held events, an attempt's
 * noted status, a call scope's finalizers — is made of class instances and of arrays from
 * {@link emptyArray}, not of object or array literals.
 *
 * V8 tracks where each object or array literal is allocated; when most objects of one literal
 * survive a minor GC (as per-answer state does when hundreds of answers are decoded at once), V8
 * allocates all of that literal's objects in the old generation from then on ("allocation-site
 * pretenuring"): they die there, are freed only by full collections, and every young object they
 * point to is remembered across minor ones. Instances made with `new` and arrays made by
 * `Array.of` carry no allocation site. Measured (`bench/decoder-live.ts`, 500 answers decoded at
 * once): 101–109 → 63–70 µs per answer; one at a time, unchanged.
 *
 * @internal
 */

/** An empty array without an allocation site (`[]` has one). */
export const emptyArray = <A>(): Array<A> => Array.of<A>()
