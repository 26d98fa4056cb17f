import { type GraphQLResolveInfo, getNamedType, isLeafType } from "graphql";
import { type ApiContext, nestedFirst } from "../context.js";
import { selectedFields } from "./selection.js";

/**
 * Starts the statements of a root lookup's nested fields alongside the lookup
 * itself, instead of one round trip after it. Those fields need only the id
 * (their loaders are keyed by it), and the id is the lookup's argument: so
 * each selected field's own resolver is called now, on `stub` (the entity as
 * far as it is known: its id and type, everything else empty), and what it
 * returns is dropped. Its loader call is what stays: it joins the lookup's
 * batch, and when graphql reaches the field on the real entity, the same
 * resolver asks the same loader for the same key and finds it loading or
 * loaded. Nothing is primed from the stub, so results cannot differ; the only
 * cost is the statements of an entity that turns out not to exist.
 *
 * A resolver that reads more of its parent than the id gets the stub's empty
 * values (`province` of a stub has no province id: it loads nothing) and
 * simply does its work later. Errors are dropped here: the field's real
 * resolution reports them. `except`: fields the lookup's statement returns itself.
 */
export function prefetchNested(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  typeName: string,
  stub: object,
  except: ReadonlySet<string> = new Set(),
): void {
  for (const { node, type, args } of selectedFields(info, typeName)) {
    // Fields the lookup's own statement already returns.
    if (except.has(node.name.value)) continue;
    const field = type.getFields()[node.name.value];
    // Leaves come with their object: only object-valued fields have loaders to warm.
    if (!field?.resolve || isLeafType(getNamedType(field.type))) continue;
    const key = node.alias?.value ?? node.name.value;
    try {
      const result: unknown = field.resolve(stub, args, ctx, {
        ...info,
        fieldName: node.name.value,
        fieldNodes: [node],
        returnType: field.type,
        parentType: type,
        path: { prev: info.path, key, typename: typeName },
      });
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // Reported when graphql resolves the field.
    }
  }
}

/**
 * The page size a nested relation field will ask its loader for, when the
 * query selects it at `path` under the current field (the first selection
 * wins when aliases ask for several): a list statement that can return that
 * page inline takes it as a parameter, and the loader is primed from its rows.
 * Null when the field is not selected, or its `first` is invalid (its own
 * resolution reports that). `from`: as in selectedFields.
 */
export function nestedPageSize(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  typeName: string,
  path: readonly string[],
  fieldName: string,
  from?: string,
): number | null {
  const selected = selectedFields(info, typeName, path, from).find((f) => f.node.name.value === fieldName);
  if (!selected) return null;
  try {
    return nestedFirst(ctx, selected.args.first as number | null | undefined);
  } catch {
    return null;
  }
}
