import type { OpenAPIObject } from '@nestjs/swagger';
// class-transformer keeps which class a nested property has (`@Type`) here; not part of its public index.
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/**
 * Fills the request body schemas of the OpenAPI document from the validation classes themselves (their
 * class-validator rules, `@vielfalt/contracts/validation`), so the description cannot drift from what the
 * server accepts. Nest names a body by its class and leaves the schema empty without `@ApiProperty`.
 */
export function withRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = validationMetadatasToSchemas({
    classTransformerMetadataStorage: defaultMetadataStorage,
    refPointerPrefix: '#/components/schemas/',
  });
  const components = document.components ?? {};
  return {
    ...document,
    components: { ...components, schemas: { ...components.schemas, ...schemas } as typeof components.schemas },
  };
}
