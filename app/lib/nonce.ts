// The per-request Content-Security-Policy nonce, handed from the server entry to the document so
// Remix's inline scripts may run. Empty in the browser after hydration (it is not needed there).
import { createContext, useContext } from 'react'

export const NonceContext = createContext<string>('')
export const useNonce = () => useContext(NonceContext)
