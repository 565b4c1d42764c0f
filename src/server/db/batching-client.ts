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
      await this.client.query(only.config, only.values).then(only.resolve, only.reject);
      return;
    }
    await this.sendTogether(batch).catch((err: unknown) => {
      this.failedBatch = true;
      for (const w of batch) w.reject(err);
    });
  }

  private async sendTogether(batch: Waiting[]): Promise<void> {
    const names = batch.map(() => `indsats_batch_${(statementCount = (statementCount + 1) % 1_000_000_000)}`);
    const text = batch
      .map(({ config, values }, i) => {
        const name = names[i] ?? '';
        const args = values.length > 0 ? `(${values.map((v) => this.literal(v)).join(', ')})` : '';
        return `PREPARE ${name} AS ${config.text}; EXECUTE ${name}${args}; DEALLOCATE ${name}`;
      })
      .join('; ');
    // Drizzle gives every query the same type parsers; rows come as arrays and are named below where asked.
    const results = (await this.client.query({
      text,
      rowMode: 'array',
      types: batch[0]?.config.types,
    })) as unknown as pg.QueryResult<unknown[]>[];
    batch.forEach((w, i) => {
      const result = results[i * 3 + 1];
      if (!result) throw new Error('a batched query returned no result');
      w.resolve(w.config.rowMode === 'array' ? result : asObjects(result));
    });
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
