/**
 * Ports for tests that need nothing to listen somewhere. Closing a `listen(0)` server and using its
 * port is a race: the test files run in parallel, each starting servers on port 0, and the OS may hand
 * the freed port to one of them before the code under test connects (or, for a child process told to
 * listen there, binds) — Linux picks a listener's port from some 7000 ports, so a second-long window
 * among dozens of servers a second fails a run now and then.
 */
import { readFileSync } from 'node:fs';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';

/** A port on 127.0.0.1 that refuses connections until {@link release} is called. */
export interface RefusingPort {
  port: number;
  release(): Promise<void>;
}

/**
 * A port that refuses connections for as long as it is held: the local end of a connection this
 * process keeps open. Nothing listens there, and the OS gives no listener a port an open connection
 * uses (`listen(0)` passes it over, `listen(port)` fails with EADDRINUSE), so it stays refused
 * whatever the other test files start meanwhile. Call `release()` when the test is done with it.
 */
export async function refusingPort(): Promise<RefusingPort> {
  const accepted: Socket[] = [];
  const server: Server = createServer((socket) => accepted.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const holder = connect((server.address() as AddressInfo).port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    holder.once('connect', resolve);
    holder.once('error', reject);
  });
  return {
    port: holder.localPort!,
    release: async () => {
      holder.destroy();
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The first port the OS hands out for `listen(0)` and outgoing connections. */
function ephemeralRangeStart(): number {
  try {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/);
    if (Number.isInteger(Number(low)) && Number(low) > 2048) return Number(low);
  } catch {
    // Not Linux: the IANA dynamic range, which macOS and Windows use.
  }
  return 49152;
}

/**
 * A free port on 127.0.0.1 for a server started elsewhere (a child process told `--port N`), below
 * the ephemeral range: the other test files' servers, all on port 0, are never given it, so it is
 * still free when the child binds it however long the child takes to start. Only this helper picks
 * such ports; each process starts at its own place (by pid) and skips ports something listens on.
 */
export async function portOutsideEphemeralRange(): Promise<number> {
  const end = ephemeralRangeStart();
  const start = 1024 + 1;
  const span = end - start;
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = start + ((process.pid * 131 + attempt * 7919) % span);
    const probe = createServer();
    const free = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      await new Promise((resolve) => probe.close(resolve));
      return port;
    }
  }
  throw new Error(`No free port on 127.0.0.1 between ${start} and ${end - 1} after 200 tries.`);
}
