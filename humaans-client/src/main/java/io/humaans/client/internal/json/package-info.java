/**
 * Moshi integration for the model types. Not API: public only so that other SDK packages can use
 * it; anything here may change without notice.
 *
 * <p>{@link io.humaans.client.internal.json.Json#moshi()} returns the one configured {@code Moshi}
 * instance the transport uses.
 */
@NullMarked
package io.humaans.client.internal.json;

import org.jspecify.annotations.NullMarked;
