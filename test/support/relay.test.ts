import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { startRelay, type Relay } from './relay';

/** A loopback server on a port of the OS's choosing that greets with its name and echoes what it is sent. */
async function namedServer(name: string): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.write(`${name}:`);
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    }
  };
}

/** Connects to the port, sends the text, and gives what came back and how the connection ended. */
function exchange(port: number, text: string): { socket: Socket; result: Promise<{ received: string; error?: string }> } {
  const socket = createConnection({ host: '127.0.0.1', port });
  let received = '';
  let error: string | undefined;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString();
    if (received.endsWith(text)) socket.end();
  });
  socket.on('error', (failure: NodeJS.ErrnoException) => (error = failure.code));
  socket.write(text);
  const result = new Promise<{ received: string; error?: string }>((resolve) =>
    socket.once('close', () => resolve(error === undefined ? { received } : { received, error }))
  );
  return { socket, result };
}

describe('the loopback relay the Azure tests put between a bot and Azurite', () => {
  const servers: { close(): Promise<void> }[] = [];
  let relay: Relay | undefined;
  const serve = async (name: string) => {
    const started = await namedServer(name);
    servers.push(started);
    return started.port;
  };
  /** A reset reads as ECONNRESET, or as EPIPE when the client's write comes after it. */
  const reset = expect.stringMatching(/^(ECONNRESET|EPIPE)$/);
  afterEach(async () => {
    await relay?.close();
    relay = undefined;
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it('passes what each side sends to the other', async () => {
    relay = await startRelay(await serve('first'));

    expect(await exchange(relay.port, 'hello through the relay').result).toEqual({ received: 'first:hello through the relay' });
  });

  it('resets connections while it forwards to nothing, and listens on the same port all the while', async () => {
    relay = await startRelay(await serve('first'));
    const port = relay.port;

    relay.forwardTo(undefined);

    expect(await exchange(port, 'anyone there?').result).toEqual({ received: '', error: reset });
    expect(relay.port).toBe(port);
  });

  it('resets a connection whose target refuses it, as the store itself would', async () => {
    const gone = await namedServer('gone');
    await gone.close();
    relay = await startRelay(gone.port);

    expect(await exchange(relay.port, 'anyone there?').result).toEqual({ received: '', error: reset });
  });

  it('sends new connections to the new target and cuts those open to the old one', async () => {
    relay = await startRelay(await serve('first'));
    const held = createConnection({ host: '127.0.0.1', port: relay.port });
    held.on('error', () => undefined);
    await new Promise((resolve) => held.once('data', resolve));
    const heldClosed = new Promise((resolve) => held.once('close', resolve));

    relay.forwardTo(await serve('second'));

    await heldClosed;
    expect(await exchange(relay.port, 'and now?').result).toEqual({ received: 'second:and now?' });
  });
});
