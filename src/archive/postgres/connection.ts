// Opening a connection to the archive: the setting resolved, timeouts so that nothing hangs, and
// every failure turned into one sentence that never shows the password.
import type pg from 'pg';
import type { StopSignal } from '../../core/candidates/candidate-source.js';

/**
 * The PostgreSQL client library, loaded when a connection is first opened: loading it costs every
 * start of the extension and the CLI some 40 ms (it looks for fetch and WebSocket, which loads
 * Node's undici) though most workspaces have no archive.
 */
let library: Promise<typeof pg> | undefined;
function loadPg(): Promise<typeof pg> {
  return (library ??= import('pg').then((module) => module.default));
}

/** A problem with the archive server: the CLI prints `message` and exits 2. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

/** A query given up because its signal asked: the check it was for is no longer wanted. */
export class ArchiveCancelled extends Error {
  constructor() {
    super('the archive query was cancelled');
    this.name = 'ArchiveCancelled';
  }
}

export interface ArchiveTimeouts {
  /** Milliseconds to wait for the server to accept the connection and the login. */
  connect: number;
  /** Milliseconds one statement may run on the server (and the client waits, plus a little). */
  statement: number;
}

export const DEFAULT_TIMEOUTS: ArchiveTimeouts = { connect: 5000, statement: 10000 };

/**
 * The connection string an `archive` setting stands for: itself, or the environment variable that
 * `env:NAME` names. Throws when the variable is unset or empty.
 */
export function connectionStringOf(setting: string, env: Record<string, string | undefined>): string {
  const named = /^env:(.+)$/.exec(setting.trim());
  if (!named) return setting.trim();
  const value = env[named[1]!]?.trim();
  if (!value) throw new ArchiveError(`the archive is set to env:${named[1]}, but the environment variable ${named[1]} is not set`);
  return value;
}

/**
 * The server a connection string points at, for messages: host (or socket folder), port and
 * database; never the password, and not the user's name either.
 */
export function describeTarget(connectionString: string): string {
  let url: URL;
  try {
    // `postgresql://user@/db?host=/run/postgresql` (a socket) has no host part, which URL refuses.
    url = new URL(connectionString.replace(/^(postgres(?:ql)?:\/\/(?:[^@/?#]*@)?)(?=[/?#]|$)/, '$1localhost'));
  } catch {
    return 'the archive server (the connection string is not a valid URL)';
  }
  const host = url.searchParams.get('host') ?? (decodeURIComponent(url.hostname) || 'localhost');
  const port = url.searchParams.get('port') ?? (url.port || '5432');
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  return `the archive server at ${host} port ${port}, database ${database}`;
}

export interface ArchiveConnection {
  client: pg.Client;
  target: string;
  /**
   * Runs a parameterised statement; failures become ArchiveErrors in words. With a signal, an
   * abort rejects at once with ArchiveCancelled and asks the server to cancel the statement.
   */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[], signal?: StopSignal): Promise<pg.QueryResult<R>>;
  close(): Promise<void>;
}

/** Connects, or throws an ArchiveError saying why not. `readOnly`: every transaction is read-only. */
export async function connectArchive(connectionString: string, options: { readOnly?: boolean; timeouts?: ArchiveTimeouts } = {}): Promise<ArchiveConnection> {
  const timeouts = options.timeouts ?? DEFAULT_TIMEOUTS;
  const target = describeTarget(connectionString);
  let config: pg.ClientConfig;
  try {
    config = {
      connectionString,
      connectionTimeoutMillis: timeouts.connect,
      statement_timeout: timeouts.statement,
      // The client gives up a little after the server should have: a server that stopped answering.
      query_timeout: timeouts.statement + 2000,
      application_name: 'groundwork',
      ...(options.readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
    };
  } catch {
    throw new ArchiveError(`${target}: the connection string cannot be read`);
  }
  const pg = await loadPg();
  const client = new pg.Client(config);
  // A server that goes away between statements emits 'error' on the client; unhandled, it would
  // end the process. The next statement fails and says so.
  let lost: Error | undefined;
  // The cancel request last sent, until the server has taken it.
  let cancelling: Promise<void> | undefined;
  client.on('error', (error) => {
    lost = error;
  });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new ArchiveError(`cannot connect to ${target}: ${reasonOf(error, timeouts, 'connect')}`);
  }
  return {
    client,
    target,
    async query<R extends pg.QueryResultRow>(text: string, values?: unknown[], signal?: StopSignal): Promise<pg.QueryResult<R>> {
      if (lost) throw new ArchiveError(`${target} closed the connection: ${reasonOf(lost, timeouts)}`);
      if (!signal) {
        try {
          return await client.query<R>(text, values);
        } catch (error) {
          throw new ArchiveError(`${target}: ${reasonOf(error, timeouts)}`);
        }
      }
      if (signal.aborted) throw new ArchiveCancelled();
      // A cancel request still on its way could stop this statement instead of the one it was for.
      if (cancelling) await cancelling;
      if (signal.aborted) throw new ArchiveCancelled();
      return new Promise<pg.QueryResult<R>>((resolve, reject) => {
        const query = new pg.Query<R>(text, values ?? [], (error, result) => {
          signal.removeEventListener('abort', onAbort);
          if (signal.aborted) return;
          if (error) reject(new ArchiveError(`${target}: ${reasonOf(error, timeouts)}`));
          else resolve(result as unknown as pg.QueryResult<R>);
        });
        const onAbort = (): void => {
          reject(new ArchiveCancelled());
          const sent = cancelOnServer(pg, config, client, query).finally(() => {
            if (cancelling === sent) cancelling = undefined;
          });
          cancelling = sent;
        };
        signal.addEventListener('abort', onAbort);
        void client.query(query);
      });
    },
    async close() {
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * Asks the server to stop a statement, as psql's Ctrl-C does: a cancel request on a connection of
 * its own, which the server closes once it has passed the request on. A statement still waiting
 * its turn is dropped from the client's queue instead. The statement then ends with an error its
 * callback ignores (its caller has moved on). Resolves when the request has been taken (or after
 * a second, or at once when there was nothing to send).
 */
function cancelOnServer(library: typeof pg, config: pg.ClientConfig, client: pg.Client, query: pg.Query): Promise<void> {
  const canceller = new library.Client(config) as pg.Client & { connection: { on(event: 'error' | 'end', listener: () => void): void }; cancel(client: pg.Client, query: pg.Query): void };
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    // A cancel that cannot be delivered changes nothing: the statement times out as any other.
    canceller.connection.on('error', done);
    canceller.connection.on('end', done);
    const active = (client as unknown as { _getActiveQuery?: () => unknown })._getActiveQuery?.() === query;
    try {
      canceller.cancel(client, query);
    } catch {
      done();
    }
    if (!active) done();
  });
}

/** A pg or socket error in words. Server messages are kept; they never hold the password. */
export function reasonOf(error: unknown, timeouts: ArchiveTimeouts = DEFAULT_TIMEOUTS, phase: 'connect' | 'query' = 'query'): string {
  const e = error as { code?: string; message?: string };
  switch (e?.code) {
    case 'ECONNREFUSED':
    case 'ENOENT':
      return 'no server is listening there (is PostgreSQL running, and are the host and port right?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name cannot be resolved';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the host cannot be reached';
    case 'ETIMEDOUT':
      return 'the connection timed out';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the server closed the connection';
    case '28P01':
    case '28000':
      return 'the server refused the login: wrong user name or password';
    case '3D000':
      return 'the database does not exist';
    case '42P01':
    case '3F000':
      return 'the archive has no Groundwork tables yet: run `groundwork archive load PATHS...` first';
    case '57014':
      // A cancel request (ours, or an administrator's) rather than statement_timeout.
      if (/user request/i.test(e.message ?? '')) return 'the server cancelled a query on request';
      return `a query took longer than ${timeouts.statement / 1000} s and was cancelled`;
    case '57P01':
    case '57P02':
    case '57P03':
      return 'the server is shutting down or starting up';
    case '25006':
      return 'the connection is read-only';
    case '42501':
      return 'permission denied: the archive role may not do this';
  }
  const message = e?.message ?? String(error);
  if (/timeout/i.test(message)) return `the server did not answer within ${(phase === 'connect' ? timeouts.connect : timeouts.statement + 2000) / 1000} s`;
  if (/terminated/i.test(message)) return 'the server closed the connection';
  return message;
}
