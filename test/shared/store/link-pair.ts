import type { RemoteLink, ServedLink } from '@coaching-notes/shared';

type Listener = (message: unknown) => void;

/**
 * Two connected links; messages go through JSON like a runtime port's or a webview's, delivered
 * later. `cut` closes both ends, as a stopped service worker does.
 */
export function linkPair(): { client: RemoteLink; host: ServedLink; cut(): void } {
  const listeners = { client: [] as Listener[], host: [] as Listener[] };
  const gone = { client: [] as (() => void)[], host: [] as (() => void)[] };
  let open = true;
  const side = (me: 'client' | 'host', other: 'client' | 'host') => ({
    send(message: unknown) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const wire = JSON.stringify(message);
      setTimeout(() => open && listeners[other].forEach((l) => l(JSON.parse(wire))), 0);
    },
    close() {
      if (!open) return;
      open = false;
      gone[other].forEach((l) => l());
    },
    onMessage: (l: Listener) => void listeners[me].push(l),
    onClose: (l: () => void) => void gone[me].push(l),
  });
  return {
    client: side('client', 'host'),
    host: side('host', 'client'),
    cut() {
      open = false;
      gone.client.forEach((l) => l());
      gone.host.forEach((l) => l());
    },
  };
}
