import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { bundledPackages } from '../../data/bundled.ts'
import { createCatalog } from '../../data/catalog.ts'
import { compareText } from '../../data/vocabulary/index.ts'
import { createApp } from '../../src/app.ts'

// These run inside workerd on purpose: its ICU has no Azerbaijani collation, so
// `Intl.Collator('az')` sorts like English there (Laçın before Qubadlı) while Node sorts right.

const app = createApp(createCatalog(bundledPackages))
const get = (path: string) => app.request(`http://factbox.test${path}`, undefined, env)

/** The nine territories in the Azerbaijani alphabet: A B C Ç D E Ə F G Ğ H X I İ J K Q L M … Ş … Z. */
const AZ_ORDER = ['Ağdam', 'Cəbrayıl', 'Dağlıq Qarabağ', 'Füzuli', 'Kəlbəcər', 'Qubadlı', 'Laçın', 'Şuşa', 'Zəngilan']

describe('Azerbaijani alphabetical order inside workerd', () => {
  it('compareText("az") follows the alphabet: q after k, x after h, ı before i, ə after e', () => {
    expect([...AZ_ORDER].reverse().sort(compareText('az'))).toEqual(AZ_ORDER)
    expect(['İsmayıllı', 'Xaçmaz', 'Ismayıl', 'Hacıqabul', 'Əli', 'Ehtiyat'].sort(compareText('az'))).toEqual([
      'Ehtiyat',
      'Əli',
      'Hacıqabul',
      'Xaçmaz',
      'Ismayıl',
      'İsmayıllı',
    ])
  })

  it('sorts numbers by value when asked (rayon 2 before rayon 10)', () => {
    expect(['rayon 10', 'rayon 2'].sort(compareText('az', { numeric: true }))).toEqual(['rayon 2', 'rayon 10'])
  })

  it('the bar chart sorted by name lists Qubadlı before Laçın', async () => {
    const res = await get('/embed/occupation-in-figures/bar.svg?lang=az&sort=name')
    expect(res.status).toBe(200)
    const svg = await res.text()
    // Shusha lies within Nagorno-Karabakh, so the chart keeps it right under it.
    const nested = ['Ağdam', 'Cəbrayıl', 'Dağlıq Qarabağ', 'Şuşa', 'Füzuli', 'Kəlbəcər', 'Qubadlı', 'Laçın', 'Zəngilan']
    const order = nested.map((name) => svg.indexOf(`>${name}<`))
    expect(order.every((at) => at > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('the API sort=name in az lists Qubadlı before Laçın', async () => {
    const res = await get('/api/v1/datasets/occupation-in-figures/territories.json?lang=az&sort=name')
    expect(res.status).toBe(200)
    const body = (await res.json()) as { rows: { name: string }[] }
    expect(body.rows.map((r) => r.name)).toEqual(AZ_ORDER)
  })
})
