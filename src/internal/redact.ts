/**
 * Secret scrubbing shared by errors, logs, spans and cassettes.
 *
 * @internal
 */

const KEY_PATTERN = /sk-or-[A-Za-z0-9_-]{6,}|sk-[A-Za-z0-9_-]{16,}/g
const BEARER_PATTERN = /(Bearer\s+)[^\s"',;]+/gi

const knownSecrets = new Set<string>()

/** Registers a secret value (the configured API key) so it is scrubbed everywhere. @internal */
export const registerSecret = (secret: string): void => {
  if (secret.length >= 4) knownSecrets.add(secret)
}

/** Replaces API keys and bearer tokens in a string. @internal */
export const redactString = (input: string): string => {
  let out = input
  for (const secret of knownSecrets) {
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
