// The card frame's side of the handshake: take one MessagePort, from our parent window only, and
// only with the secret our own URL carries. Every other window message is ignored, and after the
// port arrives the frame stops listening to window messages altogether.
import { NONCE_PATTERN, PORT_OFFER } from '../core/card-protocol';

export function acceptPortFromParent(window: Window, nonce: string, onPort: (port: MessagePort) => void): () => void {
  const stop = () => window.removeEventListener('message', onMessage);
  function onMessage(event: MessageEvent): void {
    if (event.source !== window.parent || window.parent === window) return;
    const data = event.data as { type?: unknown; nonce?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.type !== PORT_OFFER || data.nonce !== nonce || event.ports.length !== 1) return;
    stop();
    // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- event.ports.length === 1 was checked just above
    onPort(event.ports[0]!);
  }
  // A frame opened without a proper secret (by hand, or by anyone but our content script) never listens.
  if (NONCE_PATTERN.test(nonce)) window.addEventListener('message', onMessage);
  return stop;
}
