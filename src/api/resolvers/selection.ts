import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";

/** Names selected directly under the current field, through fragments and inline fragments. */
export function selectedNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else visit(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** A list's totals cost a second pass over the matches: only when totalCount or pageInfo is asked for. */
export function wantsTotals(info: GraphQLResolveInfo): boolean {
  const names = selectedNames(info);
  return names.has("totalCount") || names.has("pageInfo");
}

/** A field selected on an object type, with the arguments graphql will resolve it with. */
export interface SelectedField {
  node: FieldNode;
  type: GraphQLObjectType;
  args: Record<string, unknown>;
}

/**
 * The fields selected under the current field once it resolves to an object
 * of `typeName`, `path` (field names) further down: `(info, "Conference",
 * ["edges", "node"])` under `conferences` gives the fields asked of each
 * conference. Through fragments whose type condition `typeName` meets, without
 * fields that @skip/@include leave out; arguments coerced as graphql coerces
 * them (variables, defaults). A field whose arguments do not coerce is left
 * out: its resolver reports that itself.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  typeName: string,
  path: readonly string[] = [],
  /** The object type the current field resolves to, when its return type is abstract (node(id) returns Entity). */
  from?: string,
): SelectedField[] {
  const { schema, fragments, variableValues } = info;
  const collect = (type: GraphQLObjectType, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] => {
    const fields: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const sel of set?.selections ?? []) {
        if (!included(sel, variableValues)) continue;
        if (sel.kind === Kind.FIELD) {
          fields.push(sel);
          continue;
        }
        const fragment: FragmentDefinitionNode | typeof sel | undefined =
          sel.kind === Kind.INLINE_FRAGMENT ? sel : fragments[sel.name.value];
        const condition = fragment?.typeCondition?.name.value;
        if (fragment && (condition === undefined || applies(info, condition, type))) visit(fragment.selectionSet);
      }
    };
    for (const set of sets) visit(set);
    return fields;
  };

  // Down the path, one level of object types at a time (every step names a field of an object type).
  let type = (from === undefined ? undefined : schema.getType(from)) ?? getNamedType(info.returnType);
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((n) => n.selectionSet);
  for (const name of path) {
    if (!isObjectType(type)) return [];
    const field = type.getFields()[name];
    if (!field) return [];
    sets = collect(type, sets)
      .filter((n) => n.name.value === name)
      .map((n) => n.selectionSet);
    type = getNamedType(field.type);
  }
  const target = schema.getType(typeName);
  if (!isObjectType(target)) return [];
  if (target !== type && !(isAbstractType(type) && schema.isSubType(type, target))) return [];
  const selected: SelectedField[] = [];
  for (const node of collect(target, sets)) {
    const field = target.getFields()[node.name.value];
    if (!field) continue;
    try {
      selected.push({ node, type: target, args: getArgumentValues(field, node, variableValues) });
    } catch {
      // Not coercible: the field's own resolution reports it.
    }
  }
  return selected;
}

function applies(info: GraphQLResolveInfo, condition: string, type: GraphQLObjectType): boolean {
  if (condition === type.name) return true;
  const abstract = info.schema.getType(condition);
  return abstract !== undefined && isAbstractType(abstract) && info.schema.isSubType(abstract, type);
}

function included(node: Parameters<typeof getDirectiveValues>[1], variables: GraphQLResolveInfo["variableValues"]): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    return true;
  }
}
