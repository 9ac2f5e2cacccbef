/**
 * Secret scrubbing shared by errors, logs, spans and cassettes.
 *
 * @internal
 */

const KEY_PATTERN = /sk-or-[A-Za-z0-9_-]{6,}|sk-[A-Za-z0-9_-]{16,}/g
const BEARER_PATTERN = /(Bearer\s+)[^\s"',;]+/gi

/**
 * The secrets of the configurations alive now: secret → live registrations. Keys that look like
 * keys (`sk-or-…`, `sk-…`, bearer tokens) are scrubbed by pattern whoever owns them; this set
 * covers keys of any other shape, for as long as the configuration that owns them lives — so
 * it holds the keys in use, not every key the process ever saw.
 */
const knownSecrets = new Map<string, number>()

/** Releases a registration whose owner was garbage-collected without releasing it. */
const collected = new FinalizationRegistry<() => void>((release) => release())

/**
 * Registers a secret value (a configuration's API key) so it is scrubbed everywhere until the
 * returned function is called (idempotent) or, when an `owner` is given, until the owner is
 * garbage-collected — whichever comes first. Scoped configurations release it when their scope
 * closes. @internal
 */
export const registerSecret = (secret: string, owner?: object): () => void => {
  if (secret.length < 4) return () => {}
  knownSecrets.set(secret, (knownSecrets.get(secret) ?? 0) + 1)
  const token = {}
  let released = false
  const release = () => {
    if (released) return
    released = true
    collected.unregister(token)
    const left = (knownSecrets.get(secret) ?? 1) - 1
    if (left <= 0) knownSecrets.delete(secret)
    else knownSecrets.set(secret, left)
  }
  if (owner !== undefined) collected.register(owner, release, token)
  return release
}

/** How many distinct secrets are registered now (a test hook). @internal */
export const registeredSecretCount = (): number => knownSecrets.size

/** Replaces API keys and bearer tokens in a string. @internal */
export const redactString = (input: string): string => {
  let out = input
  for (const secret of knownSecrets.keys()) {
    if (out.includes(secret)) out = out.split(secret).join("<redacted>")
  }
  return out.replace(BEARER_PATTERN, "$1<redacted>").replace(KEY_PATTERN, "<redacted>")
}

/** Deeply scrubs strings inside a JSON-like value. @internal */
export const redactDeep = (value: unknown, depth = 0): unknown => {
  if (typeof value === "string") return redactString(value)
  if (depth > 32 || value === null || typeof value !== "object") return value
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    out[k] = /^(authorization|x-api-key|api[-_]?key|cookie|set-cookie|proxy-authorization)$/i.test(k)
      ? "<redacted>"
      : redactDeep(v, depth + 1)
  }
  return out
}

/** Header names that are never stored, logged or recorded. @internal */
export const isSecretHeader = (name: string): boolean =>
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key)$/i.test(name)
