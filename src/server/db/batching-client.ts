import { createHash } from 'node:crypto';
import type pg from 'pg';
import pgUtils from 'pg/lib/utils.js';

/** What Drizzle's node-postgres session hands a client: a query config and its values. */
interface QueryConfig {
  text: string;
  name?: string | undefined;
  rowMode?: 'array' | undefined;
  types?: pg.CustomTypesConfig | undefined;
}

interface Waiting {
  config: QueryConfig;
  values: unknown[];
  resolve: (result: pg.QueryResult) => void;
  reject: (reason: unknown) => void;
}

let statementCount = 0;
/** How many named statements one connection keeps; further texts go unnamed. */
const PREPARED_PER_CONNECTION = 500;
const names = new Map<string, string>();

/** A statement's name: `q_` and a hash of its text, remembered for the texts seen most (bounded). */
function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `q_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size >= 5_000) names.clear();
    names.set(text, name);
  }
  return name;
}
const TX_ENDED = 'the transaction has ended';

/**
 * A client for Drizzle that sends the queries a request starts together in one
 * round trip. Queries issued in the same turn of the event loop – the work of a
 * `Promise.all` – wait until the turn ends and then travel in one message:
 * each as `PREPARE … AS <its text>; EXECUTE …(<its values as literals>);
 * DEALLOCATE …`, so its parameters are typed by the server exactly as they
 * are when sent alone. A lone query goes as it always did (the extended
 * protocol, values apart from the text). Code that awaits one query after
 * another gets one trip per query, as before: batching happens only where the
 * caller asks for the queries together. One message is on the way at a time;
 * queries asked meanwhile wait for its answer and then go together.
 *
 * Only inside a transaction: a failing statement aborts the transaction, and
 * every query of its message fails with that error. The transaction then rolls
 * back; a statement prepared before the failure may remain on the connection
 * under its unique name, so the caller discards such a connection (`failedBatch`).
 */
export class BatchingClient {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private ended = false;
  private sending: Promise<void> | null = null;
  /** Set when a batch failed: the connection may hold a prepared statement. */
  failedBatch = false;

  constructor(private readonly client: pg.PoolClient) {}

  query(config: QueryConfig, values: unknown[] = []): Promise<pg.QueryResult> {
    if (this.ended) return Promise.reject(new Error(TX_ENDED));
    return new Promise((resolve, reject) => {
      this.waiting.push({ config, values, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * The transaction ends (before COMMIT or ROLLBACK is sent): a query still
   * waiting – work that failed half-way through a `Promise.all` – is refused
   * rather than sent on a connection that goes back to the pool.
   */
  end(): void {
    this.ended = true;
    const batch = this.waiting;
    this.waiting = [];
    for (const w of batch) w.reject(new Error(TX_ENDED));
  }

  private flush(): void {
    this.scheduled = false;
    // One message at a time on a connection: what is asked meanwhile goes with the next one.
    if (this.sending || this.waiting.length === 0) return;
    const batch = this.waiting;
    this.waiting = [];
    this.sending = this.send(batch).finally(() => {
      this.sending = null;
      this.flush();
    });
  }

  private async send(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch as [Waiting];
      const name = this.nameFor(only.config.text);
      await this.client
        .query(name ? { ...only.config, name } : only.config, only.values)
        .then(only.resolve, only.reject);
      return;
    }
    await this.sendTogether(batch).catch((err: unknown) => {
      this.failedBatch = true;
      for (const w of batch) w.reject(err);
    });
  }

  private async sendTogether(batch: Waiting[]): Promise<void> {
    const parsed = this.parsedStatements();
    const statements: string[] = [];
    const resultAt: number[] = [];
    /** Kept statements this message prepares: a text asked twice in one batch is prepared once, then executed twice. */
    const preparing = new Map<string, string>();
    for (const { config, values } of batch) {
      const args = values.length > 0 ? `(${values.map((v) => this.literal(v)).join(', ')})` : '';
      const kept = this.nameFor(config.text);
      const name = kept ?? `indsats_batch_${(statementCount = (statementCount + 1) % 1_000_000_000)}`;
      if (parsed[name] === undefined && !preparing.has(name)) {
        statements.push(`PREPARE ${name} AS ${config.text}`);
        if (kept) preparing.set(name, config.text);
      }
      resultAt.push(statements.length);
      statements.push(`EXECUTE ${name}${args}`);
      if (!kept) statements.push(`DEALLOCATE ${name}`);
    }
    // Drizzle gives every query the same type parsers; rows come as arrays and are named below where asked.
    const results = (await this.client.query({
      text: statements.join('; '),
      rowMode: 'array',
      types: batch[0]?.config.types,
    })) as unknown as pg.QueryResult<unknown[]> | pg.QueryResult<unknown[]>[];
    const all = Array.isArray(results) ? results : [results];
    for (const [name, text] of preparing) parsed[name] = text;
    batch.forEach((w, i) => {
      const result = all[resultAt[i] ?? -1];
      if (!result) throw new Error('a batched query returned no result');
      w.resolve(w.config.rowMode === 'array' ? result : asObjects(result));
    });
  }

  /**
   * The statements prepared on this connection, by name: node-postgres keeps
   * the table for the statements it prepares itself; those prepared here in a
   * batch go into it too, as they share the server's namespace.
   */
  private parsedStatements(): Record<string, string> {
    return (this.client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
      .parsedStatements;
  }

  /**
   * The name a query is prepared under on this connection, so the server
   * parses and plans its text once per connection instead of once per request:
   * a hash of the text. Null – sent unnamed, as before – once the connection
   * holds PREPARED_PER_CONNECTION statements (a text with a varying number of
   * parameters, such as an IN list, makes a statement of its own).
   */
  private nameFor(text: string): string | null {
    const parsed = this.parsedStatements();
    const name = statementName(text);
    if (parsed[name] !== undefined) return name;
    return Object.keys(parsed).length < PREPARED_PER_CONNECTION ? name : null;
  }

  private literal(value: unknown): string {
    const prepared = pgUtils.prepareValue(value) as string | Buffer | null;
    if (prepared === null) return 'NULL';
    if (Buffer.isBuffer(prepared)) return `${this.client.escapeLiteral(`\\x${prepared.toString('hex')}`)}::bytea`;
    return this.client.escapeLiteral(prepared);
  }
}

/** Rows as objects keyed by column name, as node-postgres gives them when no row mode is asked for. */
function asObjects(result: pg.QueryResult<unknown[]>): pg.QueryResult {
  const names = result.fields.map((f) => f.name);
  const rows = result.rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]])));
  return { ...result, rows } as pg.QueryResult;
}
