import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export interface CostOptions {
  /** `first` of a root field that omits it. */
  defaultPageSize: number;
  /** `first` of a nested field that omits it. */
  defaultNestedSize: number;
  maxPageSize: number;
  /** Size assumed for lists without `first` (sources, spans, steps, stats rows). */
  assumedListSize: number;
}

/**
 * An estimate of how many objects an operation can make the server fetch:
 * each object-valued field counts once per parent it resolves for (scalars
 * come with their object and are free), and a list multiplies its children
 * by its `first` (or the default it would get). Armor's cost
 * limit counts fields without list sizes, so three nested lists of 100 cost
 * it the same as three objects; here they cost a million and are refused.
 * Variables are known (this runs after the operation is resolved), so
 * `first: $n` counts as what it is.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): number {
  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return 0;

  const sizeOf = (node: ValueNode | undefined, fallback: number): number => {
    if (node === undefined) return fallback;
    const raw = node.kind === Kind.VARIABLE ? variables[node.name.value] : node.kind === Kind.INT ? Number(node.value) : undefined;
    const n = typeof raw === "number" && Number.isFinite(raw) ? raw : fallback;
    return Math.max(0, Math.min(n, options.maxPageSize));
  };

  const visiting = new Set<string>();
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType, multiplier: number, atRoot: boolean): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent, multiplier, atRoot);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
        total += costOf(selection.selectionSet, type, multiplier, atRoot);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // A fragment cycle is a validation error of its own; here it must only not loop.
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        total += costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? parent, multiplier, atRoot);
        visiting.delete(name);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, multiplier: number, atRoot: boolean): number => {
    const name = node.name.value;
    // Introspection is answered from memory, whatever its size.
    if (name.startsWith("__")) return 0;
    const field = fieldOf(parent, name);
    if (!field) return 0;
    let childMultiplier = multiplier;
    const hasFirst = field.args.some((a) => a.name === "first");
    if (hasFirst) {
      const first = node.arguments?.find((a) => a.name.value === "first")?.value;
      childMultiplier *= sizeOf(first, atRoot ? options.defaultPageSize : options.defaultNestedSize);
    } else if (isListType(getNullableType(field.type)) && !parent.name.endsWith("Connection")) {
      // A connection's `edges` is already counted by the connection's `first`.
      childMultiplier *= options.assumedListSize;
    }
    if (!node.selectionSet) return 0;
    return multiplier + costOf(node.selectionSet, getNamedType(field.type), childMultiplier, false);
  };

  return costOf(operation.selectionSet, root, 1, true);
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isObjectType(type) || isInterfaceType(type)) return type.getFields()[name];
  // Unions have no fields but __typename, which costs nothing.
  if (isAbstractType(type)) return undefined;
  return undefined;
}
