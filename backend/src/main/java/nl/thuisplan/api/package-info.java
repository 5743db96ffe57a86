/**
 * The API as a published product (the Dutch API Design Rules): its version ({@link ApiVersion}, sent
 * in the {@code API-Version} header of every response), the build step that finishes the generated
 * OpenAPI document ({@link ApiDocumentFinisher}) and the endpoint that serves it as JSON.
 */
package nl.thuisplan.api;
