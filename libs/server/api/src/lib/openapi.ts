import { ApiExtension } from '@nestjs/swagger';

/** The OpenAPI extension that names the validation class of a route's query (see `QueryParameters`). */
export const QUERY_CLASS_EXTENSION = 'x-query-class';

/**
 * Names the validation class of a route's `@Query()`: the backend describes its fields as the route's query
 * parameters in the OpenAPI document, from the class's own rules (Nest's document has none for it).
 */
export const QueryParameters = (type: abstract new () => object) => ApiExtension(QUERY_CLASS_EXTENSION, type.name);
