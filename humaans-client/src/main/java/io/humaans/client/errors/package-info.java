/**
 * Exceptions thrown by the Humaans client. All are unchecked and extend {@link
 * io.humaans.client.errors.HumaansException}.
 *
 * <ul>
 *   <li>{@link io.humaans.client.errors.HumaansApiException}: the server answered with an error
 *       status; one subclass per status family ({@link
 *       io.humaans.client.errors.PermissionException} for 403, {@link
 *       io.humaans.client.errors.RateLimitException} for 429, ...).
 *   <li>{@link io.humaans.client.errors.HumaansIoException}: the call failed on the network.
 *   <li>{@link io.humaans.client.errors.HumaansDecodingException}: a successful response had a body
 *       the client could not read.
 * </ul>
 *
 * <p>Messages are single lines meant for logs; they never contain the API token.
 */
@NullMarked
package io.humaans.client.errors;

import org.jspecify.annotations.NullMarked;
