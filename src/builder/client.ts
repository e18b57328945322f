import type { BuilderData, canonicalParams, dataLinks, fillCodes, pickHeight } from './shared-with-browser.ts'

/** The functions the page script shares with the server (passed in as text, see script.ts). */
export interface BuilderLib {
  canonicalParams: typeof canonicalParams
  fillCodes: typeof fillCodes
  dataLinks: typeof dataLinks
  pickHeight: typeof pickHeight
}

/**
 * The builder page's script, sent to browsers as the text of this function: it must stay
 * self-contained (no imports at run time, no module bindings), and it only improves a page that
 * already works as a GET form:
 * - every change of an option rebuilds every code and the preview's address at once, from the
 *   templates the server wrote in `#builder-data`, and keeps the address bar shareable;
 * - copy buttons use the clipboard, or select the text when the clipboard is refused, and
 *   announce the result in a live region.
 * It reads no message, loads nothing itself, and writes text only through `value`/`textContent`.
 */
export function builderClient(lib: BuilderLib): void {
  const dataElement = document.getElementById('builder-data')
  const form = document.getElementById('builder')
  if (!dataElement || !(form instanceof HTMLFormElement)) return
  const data = JSON.parse(dataElement.textContent ?? '{}') as BuilderData
  const announcer = document.getElementById('announce')
  let timer: ReturnType<typeof setTimeout> | undefined

  const read = () => {
    const entries = new FormData(form)
    const values: Record<string, string> = {}
    for (const field of data.fields) {
      const all = entries.getAll(field.name).map(String)
      if (all.length > 0) values[field.name] = all.join(',')
    }
    return {
      values,
      width: String(entries.get('width') ?? 'full'),
      version: entries.get('version') === 'latest' ? 'latest' : 'pinned',
    } as const
  }

  // A value without its field's form (a date bound) is explained beside the field, and the codes
  // keep their last good state until it has one.
  const check = (input: HTMLInputElement) => {
    const note = document.getElementById(`v-${input.name}`)
    if (!note || !input.pattern) return true
    const value = input.value.trim()
    const ok = value === '' || new RegExp(`^(?:${input.pattern})$`).test(value)
    note.hidden = ok
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== note.id)
    if (!ok) described.push(note.id)
    if (described.length) input.setAttribute('aria-describedby', described.join(' '))
    else input.removeAttribute('aria-describedby')
    if (ok) input.removeAttribute('aria-invalid')
    else input.setAttribute('aria-invalid', 'true')
    return ok
  }

  const update = () => {
    let valid = true
    for (const input of form.querySelectorAll<HTMLInputElement>('input[pattern]')) valid = check(input) && valid
    if (!valid) return
    const { values, width, version } = read()
    const params = lib.canonicalParams(data.fields, values)
    const lang = params.lang ?? data.lang
    // The one option the title depends on besides the language: the editor's own title.
    const title = (values.title ?? '').replace(/\s+/g, ' ').trim() || data.titles[lang] || ''
    const heights = lib.pickHeight(data.heights, params)
    const texts: Record<string, string> = {
      ...lib.fillCodes(data.templates[version], params, title, heights),
      ...lib.dataLinks(data.csvUrls[version], lang),
    }
    for (const name of Object.keys(texts)) {
      const text = texts[name] ?? ''
      const field = document.getElementById(`code-${name}`)
      if ((field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) && field.value !== text)
        field.value = text
      const link = document.getElementById(`open-${name}`)
      if (link instanceof HTMLAnchorElement) link.href = text
    }
    showPreview(texts.pageUrl ?? '', width, title)
    const phoneHeight = document.getElementById('phone-height')
    if (phoneHeight) phoneHeight.textContent = String(heights.phone)
    nameRows(lang)
    const address = new URLSearchParams({ dataset: data.dataset, widget: data.widget, ...params })
    if (width !== 'full') address.set('width', width)
    if (version !== 'pinned') address.set('version', version)
    history.replaceState(null, '', `?${address}`)
    // A frozen code is of the options it was published with: other options need another publish.
    const frozen = document.getElementById('frozen')
    if (frozen) frozen.hidden = true
  }

  const showPreview = (url: string, width: string, title: string) => {
    const frame = document.getElementById('preview')
    if (!(frame instanceof HTMLIFrameElement)) return
    frame.style.width = width === 'full' ? '100%' : `${width}px`
    frame.title = `Preview: ${title}`
    if (frame.getAttribute('src') === url) return
    // A new iframe rather than a new src: changing options must not fill the tab's history.
    const next = frame.cloneNode() as HTMLIFrameElement
    next.src = url
    frame.replaceWith(next)
  }

  // The highlight choices are named as the chart names its rows, in the chart's language.
  const nameRows = (lang: string) => {
    const labels = data.rowLabels[lang]
    if (!labels) return
    for (const input of form.querySelectorAll<HTMLInputElement>(
      'input[type=checkbox]:not([name=lang]), input[type=radio]:not([name=lang])',
    )) {
      const text = Object.hasOwn(labels, input.value) ? labels[input.value] : undefined
      const span = input.parentElement?.querySelector('span')
      if (text === undefined || !span || !span.hasAttribute('lang') || span.textContent === text) continue
      span.textContent = text
      span.lang = lang
    }
  }

  const announce = (message: string) => {
    if (!announcer) return
    // Emptied first, so that copying twice is announced twice.
    announcer.textContent = ''
    setTimeout(() => (announcer.textContent = message), 50)
  }

  const copy = async (button: HTMLButtonElement) => {
    const field = document.getElementById(button.dataset.copy ?? '')
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return
    let message = 'Copied'
    try {
      await navigator.clipboard.writeText(field.value)
    } catch {
      field.focus()
      field.select()
      let copied = false
      try {
        copied = document.execCommand('copy')
      } catch {
        copied = false
      }
      if (!copied) message = 'Selected: press Ctrl+C or Command+C to copy'
    }
    announce(message)
    const label = button.firstChild!
    const idle = label.textContent ?? 'Copy'
    if (message !== 'Copied' || idle === 'Copied') return
    label.textContent = 'Copied'
    setTimeout(() => (label.textContent = idle), 2000)
  }

  form.addEventListener('change', update)
  form.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'text') return
    clearTimeout(timer)
    timer = setTimeout(update, 300)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    update()
  })
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy]') : null
    if (button instanceof HTMLButtonElement) void copy(button)
  })
  // Publishing: the token is read from its field when the button is pressed and sent only in the
  // Authorization header of this one same-origin request; nothing stores it.
  const publish = document.getElementById('publish')
  const token = document.getElementById('publish-token')
  const publishButton = document.getElementById('publish-button')
  const status = document.getElementById('publish-status')
  if (publish && token instanceof HTMLInputElement && publishButton instanceof HTMLButtonElement && status) {
    publish.hidden = false
    token.addEventListener('input', () => {
      publishButton.disabled = token.value.trim() === ''
    })
    publishButton.addEventListener('click', async () => {
      const { values } = read()
      const options = lib.canonicalParams(data.fields, values)
      publishButton.disabled = true
      status.textContent = 'Publishing…'
      try {
        const response = await fetch('/api/v1/charts', {
          method: 'POST',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token.value.trim()}` },
          body: JSON.stringify({ dataset: data.dataset, widget: data.widget, options }),
        })
        const answer = (await response.json()) as {
          detail?: string
          links?: { page: string }
          codes?: { responsive: string }
        }
        if (!response.ok || !answer.links || !answer.codes) {
          status.textContent = `Not published: ${answer.detail ?? response.statusText}`
          return
        }
        const code = document.getElementById('code-frozen')
        const url = document.getElementById('code-frozenUrl')
        const open = document.getElementById('open-frozenUrl')
        if (code instanceof HTMLTextAreaElement) code.value = answer.codes.responsive
        if (url instanceof HTMLInputElement) url.value = answer.links.page
        if (open instanceof HTMLAnchorElement) open.href = answer.links.page
        document.getElementById('frozen')!.hidden = false
        status.textContent = response.status === 201 ? 'Published' : 'Already published: the same frozen chart'
      } catch {
        status.textContent = 'Not published: the server could not be reached'
      } finally {
        publishButton.disabled = token.value.trim() === ''
      }
    })
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false
  const apply = document.getElementById('apply')
  if (apply) apply.hidden = true
}
