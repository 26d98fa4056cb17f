import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { Request, RequestHandler } from "express";
import { EXAMPLES } from "./examples.js";

/**
 * GraphiQL as one self-contained page (its JS, CSS and editor workers are
 * inlined by @graphql-yoga/render-graphiql): nothing is fetched from a CDN,
 * so it works on a closed network. The CSP says the same to the browser:
 * the page may talk to this server only.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

let page: string | undefined;

export function playgroundPage(): string {
  page ??= renderGraphiQL({
    title: "vn-ict-kg GraphQL",
    endpoint: "/graphql",
    defaultTabs: EXAMPLES.map((e) => ({ query: e.query })),
    // Researchers share machines: no headers (tokens) stored in the browser.
    shouldPersistHeaders: false,
  });
  return page;
}

/** A browser navigating to /graphql (Accept: text/html, no query in the URL) gets the IDE; API clients fall through. */
export function wantsPlayground(req: Request): boolean {
  return req.method === "GET" && req.query.query === undefined && req.accepts(["application/json", "text/html"]) === "text/html";
}

export function playgroundHandler(): RequestHandler {
  return (req, res, next) => {
    if (!wantsPlayground(req)) return next();
    res.set("Content-Security-Policy", CSP).set("Cache-Control", "no-cache").type("html").send(playgroundPage());
  };
}
