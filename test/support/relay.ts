import { createConnection, createServer, type Socket } from 'node:net';

export interface Relay {
  /** The loopback port clients connect to: the OS chose it, and it stays the relay's until it is closed. */
  readonly port: number;
  /**
   * Sends new connections to this loopback port from now on, or, given undefined, resets them as they arrive: a store
   * that is down. Connections relayed so far are cut either way, so none still reaches what was there before.
   */
  forwardTo(target: number | undefined): void;
  /** Stops listening and cuts every connection. */
  close(): Promise<void>;
}

/**
 * A TCP relay on loopback, for a test in which a server goes away and comes back: the client is given the relay's
 * port, and the server behind it may come back on a new port of the OS's choosing. Nothing has to listen on the same
 * port twice, so no other process (and no socket left over from the first server) can take that port in between.
 */
export async function startRelay(target?: number): Promise<Relay> {
  let forwardedTo = target;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    // A reset or refused connection is what a relay for outages is for; it ends the pair and is no test failure.
    socket.on('error', () => undefined);
  };

  const server = createServer((client) => {
    track(client);
    if (forwardedTo === undefined) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: forwardedTo });
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    // Refused or cut upstream: the client sees its connection reset, as it would from the server itself. A side
    // that ends cleanly is ended on the other side too (pipe), after what it sent has been passed on.
    upstream.once('close', (hadError) => (hadError ? client.resetAndDestroy() : client.end()));
    client.once('close', (hadError) => (hadError ? upstream.destroy() : upstream.end()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as { port: number };

  const cutAll = () => {
    for (const socket of open) socket.destroy();
    open.clear();
  };
  return {
    port,
    forwardTo(next) {
      forwardedTo = next;
      cutAll();
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      cutAll();
      await closed;
    }
  };
}
