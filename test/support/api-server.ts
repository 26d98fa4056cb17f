import "reflect-metadata";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/api/app.js";
import { type ApiConfig, DEFAULT_API_CONFIG } from "../../src/config-api.js";
import type { Executor } from "../../src/graph/executor.js";
import { testExecutor } from "./graph.js";

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface ApiServer {
  url: string;
  graphql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLBody<T> }>;
  close(): Promise<void>;
}

/** The real app on an ephemeral port, spoken to over real HTTP; limits default to the public-deployment ones. */
export async function startApiServer(executor: Executor, overrides: Partial<ApiConfig> = {}): Promise<ApiServer> {
  const { app, apollo } = await createApp({ executor, config: { ...DEFAULT_API_CONFIG, ...overrides }, logError: () => {} });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/**
 * The real app over HTTP on the seeded test database for one suite: started
 * before its tests, stopped after them.
 */
export function useApiOverHttp(overrides: Partial<ApiConfig> = {}): { readonly api: ApiServer; readonly executor: Executor } {
  let executor: Executor | undefined;
  let api: ApiServer | undefined;
  beforeAll(async () => {
    executor = testExecutor();
    api = await startApiServer(executor, overrides);
  });
  afterAll(async () => {
    await api?.close();
    await executor?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("useApiOverHttp: the suite's beforeAll has not run yet");
    return value;
  };
  return {
    get api() {
      return started(api);
    },
    get executor() {
      return started(executor);
    },
  };
}
