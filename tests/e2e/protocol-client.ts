import WebSocket from 'ws';

type Reply = { id?: number; method?: string; params?: unknown; result?: unknown; error?: string | { message: string }; message?: string };

/**
 * A minimal client for the JSON-over-WebSocket protocols browsers speak: Chromium's DevTools protocol
 * and WebDriver BiDi (Firefox). Both send `{ id, method, params }` and answer with the same id; events
 * carry a method and no id.
 */
export class ProtocolClient {
  private nextId = 1;
  private pending = new Map<number, (reply: Reply) => void>();
  private listeners = new Map<string, Array<(params: never) => void>>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as Reply;
      if (reply.id !== undefined) {
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      } else if (reply.method) {
        for (const listener of this.listeners.get(reply.method) ?? []) listener(reply.params as never);
      }
    });
  }

  static connect(url: string): Promise<ProtocolClient> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new ProtocolClient(socket)));
      socket.once('error', reject);
    });
  }

  send<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) =>
      this.pending.set(id, (reply) => {
        if (!reply.error) return resolve(reply.result as T);
        // DevTools: `error: { message }`; BiDi: `error: "code", message`.
        const why = typeof reply.error === 'string' ? `${reply.error}: ${reply.message}` : reply.error.message;
        reject(new Error(`${method}: ${why}`));
      }),
    );
  }

  on<P>(method: string, listener: (params: P) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener as (params: never) => void]);
  }

  close(): void {
    this.socket.close();
  }
}

/** Polls until `probe` gives a truthy value (errors count as "not yet"). */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch {
      // not ready yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}
