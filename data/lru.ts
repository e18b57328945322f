/** Options of `createLru`. */
export interface LruOptions {
  /** At most this many entries. @default 200 */
  maxEntries?: number
  /** At most this many bytes, as the entries declare them. @default 64 MiB */
  maxBytes?: number
}

const defaults = { maxEntries: 200, maxBytes: 64 * 1024 * 1024 } satisfies Required<LruOptions>

/**
 * A least-recently-used map bounded by count and by bytes. The newest entry is kept even when it
 * alone is over `maxBytes`, so a large dataset is still served (once).
 */
export function createLru<V>(options: LruOptions = {}) {
  const { maxEntries, maxBytes } = { ...defaults, ...options } satisfies Required<LruOptions>
  const entries = new Map<string, { value: V; bytes: number }>()
  let total = 0
  return {
    get(key: string): V | undefined {
      const entry = entries.get(key)
      if (!entry) return undefined
      entries.delete(key)
      entries.set(key, entry)
      return entry.value
    },
    set(key: string, value: V, bytes: number) {
      this.delete(key)
      entries.set(key, { value, bytes })
      total += bytes
      for (const [oldest, entry] of entries) {
        if (entries.size <= maxEntries && total <= maxBytes) break
        if (oldest === key) break
        entries.delete(oldest)
        total -= entry.bytes
      }
    },
    delete(key: string) {
      const entry = entries.get(key)
      if (!entry) return
      entries.delete(key)
      total -= entry.bytes
    },
    get size() {
      return entries.size
    },
    get bytes() {
      return total
    },
  }
}
