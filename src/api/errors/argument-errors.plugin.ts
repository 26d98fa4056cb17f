import type { ApolloServerPlugin } from "@apollo/server";
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from "graphql";

const VALUE_KINDS = new Set<string>([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.NULL, Kind.ENUM, Kind.LIST, Kind.OBJECT]);

/**
 * graphql-js reports a bad literal argument (a date that is not a day, an
 * unknown enum value, a string where an Int goes) as a validation error that
 * names neither the argument nor a client-error code. This plugin finds the
 * argument each such error points at and re-issues it as BAD_USER_INPUT
 * naming it ("filter.year: …"); bad variables are already BAD_USER_INPUT
 * (Apollo) and name the variable.
 */
export function argumentErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document }) {
          return async (errors?: ReadonlyArray<Error>) => {
            if (!errors || errors.length === 0) return;
            const paths = argumentPaths(document);
            // Apollo sends this same array on: rewriting in place is the hook's only way to change what it sends.
            const list = errors as Error[];
            for (let i = 0; i < list.length; i++) {
              const error = list[i];
              if (!(error instanceof GraphQLError)) continue;
              const path = error.nodes?.[0] ? paths.get(error.nodes[0]) : undefined;
              if (path !== undefined) list[i] = argumentError(path, error);
            }
          };
        },
      };
    },
  };
}

function argumentError(path: string, error: GraphQLError): GraphQLError {
  const message = error.message.startsWith(`${path}: `) ? error.message : `${path}: ${error.message}`;
  return new GraphQLError(message, {
    nodes: error.nodes,
    extensions: { code: "BAD_USER_INPUT", argument: path },
  });
}

/** Every value node inside an argument, mapped to its path: `filter`, `filter.year`, `types[1]`. */
export function argumentPaths(document: DocumentNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const stack: string[] = [];
  visit(document, {
    Argument: {
      enter: (node) => {
        stack.push(node.name.value);
      },
      leave: () => {
        stack.pop();
      },
    },
    ObjectField: {
      enter: (node) => {
        stack.push(`.${node.name.value}`);
      },
      leave: () => {
        stack.pop();
      },
    },
    // Value nodes (no visitor of their own above). Inside a list the parent is the list's array: the index says which value is wrong.
    enter: (node, _key, parent) => {
      if (!VALUE_KINDS.has(node.kind) || stack.length === 0) return;
      const path = stack.join("");
      paths.set(node, Array.isArray(parent) ? `${path}[${parent.indexOf(node)}]` : path);
    },
  });
  return paths;
}
