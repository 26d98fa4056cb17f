import type { ApiConfig } from "../config-api.js";
import { Loaders, type Reader } from "./loaders/loaders.js";
import { pageSize } from "./queries/page.js";

/** What every resolver receives: fresh loaders per request, the reader for root queries, and the limits. */
export interface ApiContext {
  reader: Reader;
  loaders: Loaders;
  config: ApiConfig;
}

export function createContext(reader: Reader, config: ApiConfig): ApiContext {
  return { reader, loaders: new Loaders(reader), config };
}

/** `first` of a nested relation list: absent means the configured default; above the maximum is an input error. */
export function nestedFirst(ctx: ApiContext, first: number | null | undefined): number {
  return pageSize(first, ctx.config.defaultNestedSize, ctx.config.maxPageSize);
}
