/**
 * The REST door: Spring MVC controllers over the facade, problem+json errors, OpenAPI, a write token, ETags.
 */
package io.headwater.api;
