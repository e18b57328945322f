import { describe, expect, it } from 'vitest'
import { adaptedOnce } from '../../../widgets/shared/adapted-once.ts'

describe('adaptedOnce', () => {
  it('adapts each source, view and language once and returns the same frozen result after', () => {
    const calls: string[] = []
    const adapt = adaptedOnce(
      (source: { id: string }, view: { name: string }, lang) => {
        calls.push(`${source.id}/${view.name}/${lang}`)
        return { rows: [source.id, view.name, lang] }
      },
      (value) => Object.freeze(value),
    )
    const a = { id: 'a' }
    const b = { id: 'b' }
    const bar = { name: 'bar' }
    const first = adapt(a, bar, 'en')
    expect(adapt(a, bar, 'en')).toBe(first)
    expect(Object.isFrozen(first)).toBe(true)
    expect(adapt(a, bar, 'az')).toEqual({ rows: ['a', 'bar', 'az'] })
    expect(adapt(b, bar, 'en')).toEqual({ rows: ['b', 'bar', 'en'] })
    expect(adapt(a, { name: 'bar' }, 'en')).not.toBe(first)
    expect(calls).toEqual(['a/bar/en', 'a/bar/az', 'b/bar/en', 'a/bar/en'])
  })
})
