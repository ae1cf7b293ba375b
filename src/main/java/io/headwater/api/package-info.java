/**
 * The REST door: Spring MVC controllers over the facade, problem+json errors, OpenAPI, a write token, ETags.
 */
@NullMarked
package io.headwater.api;

import org.jspecify.annotations.NullMarked;
