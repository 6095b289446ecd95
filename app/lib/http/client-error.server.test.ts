import { describe, expect, it } from 'vitest'
import { rawRefusal, refusalForClientError } from './client-error.server'

describe('answers to what the HTTP parser refuses', () => {
  it('names headers that are too large 431, a late request 408, anything else 400', () => {
    expect(refusalForClientError('HPE_HEADER_OVERFLOW').status).toBe(431)
    expect(refusalForClientError('ERR_HTTP_REQUEST_TIMEOUT').status).toBe(408)
    expect(refusalForClientError('HPE_INVALID_METHOD').status).toBe(400)
    expect(refusalForClientError(undefined).status).toBe(400)
  })

  it('writes a complete response that closes the connection and whose length is right', () => {
    const raw = rawRefusal(refusalForClientError('HPE_HEADER_OVERFLOW'))
    const [head, body] = raw.split('\r\n\r\n') as [string, string]
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large')
    expect(head).toMatch(/\r\nConnection: close(\r\n|$)/)
    expect(Number(/Content-Length: (\d+)/.exec(head)?.[1])).toBe(Buffer.byteLength(body))
    expect(body).toContain('Zu lange Anfrage')
  })
})
