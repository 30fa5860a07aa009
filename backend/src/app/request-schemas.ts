import type { OpenAPIObject } from '@nestjs/swagger';
import { QUERY_CLASS_EXTENSION } from '@vielfalt/server-api';
// class-transformer keeps which class a nested property has (`@Type`) here; not part of its public index.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

const REF_PREFIX = '#/components/schemas/';

/**
 * Fills the request schemas of the OpenAPI document from the validation classes themselves (their class-validator
 * rules, `@vielfalt/contracts/validation`), so the description cannot drift from what the server accepts:
 * - bodies: Nest names a body by its class and leaves the schema empty without `@ApiProperty`;
 * - queries: a route marked with `QueryParameters(SomeQuery)` gets a parameter per field of that class.
 * Only the classes the document refers to (and what they refer to) go in: every other validated class, such
 * as the server's configuration, stays out of a document anyone can read.
 */
export function withRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const derived: Record<string, JsonSchema> = validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: REF_PREFIX,
  });
  const paths = withQueryParameters(document.paths, derived);
  const components = document.components ?? {};
  const schemas: Record<string, object> = { ...components.schemas };
  const pending = referencedNames(paths);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = derived[name];
    if (schema === undefined || schemas[name] === schema) continue;
    schemas[name] = schema;
    pending.push(...referencedNames(schema));
  }
  return { ...document, paths, components: { ...components, schemas: schemas as typeof components.schemas } };
}

interface JsonSchema {
  readonly properties?: Record<string, object>;
  readonly required?: readonly string[];
}

/** Replaces each operation's query-class extension by one query parameter per field of that class. */
function withQueryParameters(
  paths: OpenAPIObject['paths'],
  derived: Record<string, JsonSchema>,
): OpenAPIObject['paths'] {
  const result: OpenAPIObject['paths'] = {};
  for (const [path, item] of Object.entries(paths)) {
    const operations: Record<string, unknown> = {};
    for (const [method, operation] of Object.entries(item)) {
      const name = (operation as Record<string, unknown>)?.[QUERY_CLASS_EXTENSION];
      if (typeof name !== 'string') {
        operations[method] = operation;
        continue;
      }
      const { [QUERY_CLASS_EXTENSION]: _, ...rest } = operation as Record<string, unknown>;
      const schema = derived[name];
      if (!schema)
        throw new Error(`No validation rules for the query class ${name} of ${method.toUpperCase()} ${path}`);
      const parameters = Object.entries(schema.properties ?? {}).map(([field, fieldSchema]) => ({
        name: field,
        in: 'query',
        required: schema.required?.includes(field) ?? false,
        schema: fieldSchema,
      }));
      operations[method] = { ...rest, parameters: [...((rest['parameters'] as unknown[]) ?? []), ...parameters] };
    }
    result[path] = operations as (typeof paths)[string];
  }
  return result;
}

/** The schema names a part of the document refers to with `$ref`. */
function referencedNames(part: object): string[] {
  const names: string[] = [];
  JSON.stringify(part, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX)) {
      names.push(value.slice(REF_PREFIX.length));
    }
    return value;
  });
  return names;
}
