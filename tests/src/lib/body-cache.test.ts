import { describe, expect, it } from 'vitest'
import { createBodyCache } from '../../../src/lib/http-cache.ts'

describe('createBodyCache', () => {
  it('drops the oldest bodies once their bytes pass the budget, keeping the newest', async () => {
    const bodies = createBodyCache(100, '', 10)
    let renders = 0
    const body = (text: string) => () => {
      renders++
      return text
    }
    await bodies('a', body('aaaa'))
    await bodies('b', body('bbbb'))
    expect([bodies.has('a'), bodies.has('b')]).toEqual([true, true])
    await bodies('c', body('cccc'))
    expect([bodies.has('a'), bodies.has('b'), bodies.has('c')]).toEqual([false, true, true])
    // One body alone over the budget is still kept (and served), the others go.
    const big = await bodies('d', body('d'.repeat(20)))
    expect(new TextDecoder().decode(big.body as Uint8Array)).toBe('d'.repeat(20))
    expect([bodies.has('b'), bodies.has('c'), bodies.has('d')]).toEqual([false, false, true])
    await bodies('d', body('never rendered'))
    expect(renders).toBe(4)
  })

  it('still bounds the count', async () => {
    const bodies = createBodyCache(2)
    for (const key of ['a', 'b', 'c']) await bodies(key, () => key)
    expect([bodies.has('a'), bodies.has('b'), bodies.has('c')]).toEqual([false, true, true])
  })
})
