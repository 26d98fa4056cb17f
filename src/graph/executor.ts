import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from "neo4j-driver";
import type { Neo4jConnectionConfig } from "../config.js";
import { DatabaseUnavailableError, KgError, QueryTimeoutError } from "../domain/errors.js";
import { CypherRegistry } from "./cypher-registry.js";

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Runs named statements inside one transaction (used by the loader to keep a report atomic). */
export interface TransactionRunner {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface QueryEvent {
  name: string;
  mode: "READ" | "WRITE";
}

export interface ExecutorOptions {
  /** Server-side limit for every read transaction, so one heavy request cannot hold the database. */
  readTimeoutMs?: number;
  registry?: CypherRegistry;
  maxConnectionPoolSize?: number;
  /** How long transient failures (deadlocks, a restarting server) are retried. */
  maxRetryMs?: number;
}

const UNAVAILABLE_CODES = ["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"];

/**
 * The one module that talks to the driver: it picks read or write mode, runs
 * only named statements from cypher/, counts what it sends (tests assert
 * batching on these counts), and turns Neo4j failures into typed errors.
 */
export class Executor {
  readonly registry: CypherRegistry;
  private readonly listeners = new Set<(event: QueryEvent) => void>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly options: ExecutorOptions = {},
  ) {
    this.registry = options.registry ?? CypherRegistry.load();
  }

  /** Subscribe to every statement sent; returns the unsubscribe function. */
  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Reads run as auto-commit transactions: one round trip (RUN and PULL
   * pipelined) instead of BEGIN/RUN/COMMIT, which is most of an API request's
   * time on small statements. A read has nothing to retry half-way through.
   */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    const text = this.registry.get(name);
    return this.guard(async () => {
      const session = this.session("READ");
      try {
        this.emit({ name, mode: "READ" });
        const result = await session.run(text, params, {
          timeout: this.options.readTimeoutMs,
          metadata: { app: "vn-ict-kg", query: name },
        });
        return result.records.map(toRow);
      } finally {
        await session.close();
      }
    });
  }

  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** Several named statements in one write transaction: all of them land, or none. */
  async writeTransaction<T>(work: (tx: TransactionRunner) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      const session = this.session("WRITE");
      try {
        return await session.executeWrite((tx) => work({ run: (name, params = {}) => this.runIn(tx, name, params, "WRITE") }), {
          metadata: { app: "vn-ict-kg" },
        });
      } finally {
        await session.close();
      }
    });
  }

  /** Runs raw statement text: only for cypher/schema.cypher, which holds several statements. */
  async runStatementText(text: string, params: Params = {}): Promise<Row[]> {
    return this.guard(async () => {
      const session = this.session("WRITE");
      try {
        this.emit({ name: "(schema)", mode: "WRITE" });
        const result = await session.run(text, params);
        return result.records.map(toRow);
      } finally {
        await session.close();
      }
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params, mode: "READ" | "WRITE"): Promise<Row[]> {
    const text = this.registry.get(name);
    this.emit({ name, mode });
    const result = await tx.run(text, params);
    return result.records.map(toRow);
  }

  private emit(event: QueryEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateNeo4jError(error);
    }
  }
}

function toRow(record: Neo4jRecord): Row {
  return record.toObject() as Row;
}

export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof KgError) return error;
  if (error instanceof Neo4jError) {
    const code = error.code ?? "";
    if (UNAVAILABLE_CODES.some((c) => code.includes(c)) || /connect|ECONNREFUSED|closed/i.test(error.message))
      if (!code.startsWith("Neo.ClientError.Statement")) return new DatabaseUnavailableError();
    if (code.includes("TransactionTimedOut")) return new QueryTimeoutError();
    if (code.includes("Security.Unauthorized"))
      return new DatabaseUnavailableError("The graph database refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.");
  }
  return error;
}

export function createExecutor(connection: Neo4jConnectionConfig, options: ExecutorOptions = {}): Executor {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    // Counts and offsets stay far below 2^53: plain numbers keep every layer simple.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
    // The default 30 s of retries would hold every request that long while the database is down.
    maxTransactionRetryTime: options.maxRetryMs ?? 3_000,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    logging: { level: "error", logger: () => {} },
  });
  return new Executor(driver, connection.database, options);
}
