import type { OpenAPIObject } from '@nestjs/swagger';
// class-transformer keeps which class a nested property has (`@Type`) here; not part of its public index.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

const REF_PREFIX = '#/components/schemas/';

/**
 * Fills the request body schemas of the OpenAPI document from the validation classes themselves (their
 * class-validator rules, `@vielfalt/contracts/validation`), so the description cannot drift from what the
 * server accepts. Nest names a body by its class and leaves the schema empty without `@ApiProperty`.
 * Only the classes the document refers to (and what they refer to) go in: every other validated class, such
 * as the server's configuration, stays out of a document anyone can read.
 */
export function withRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const derived: Record<string, object> = validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: REF_PREFIX,
  });
  const components = document.components ?? {};
  const schemas: Record<string, object> = { ...components.schemas };
  const pending = referencedNames(document);
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = derived[name];
    if (schema === undefined || schemas[name] === schema) continue;
    schemas[name] = schema;
    pending.push(...referencedNames(schema));
  }
  return { ...document, components: { ...components, schemas: schemas as typeof components.schemas } };
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
