import { describe, expect, it, vi } from 'vitest'
import config from '../../vite.config'

describe('the production build', () => {
  const onwarn = config.build?.rollupOptions?.onwarn

  it('keeps quiet about the empty browser chunks of resource routes', () => {
    const warn = vi.fn()
    onwarn?.({ code: 'EMPTY_BUNDLE', message: 'Generated an empty chunk: "admin.events._id.live".' }, warn)
    expect(onwarn).toBeTypeOf('function')
    expect(warn).not.toHaveBeenCalled()
  })

  it('still prints every other warning', () => {
    const warn = vi.fn()
    const warning = { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency' }
    onwarn?.(warning, warn)
    expect(warn).toHaveBeenCalledWith(warning)
  })
})
