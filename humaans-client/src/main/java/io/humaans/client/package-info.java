/** Typed client for the Humaans REST API. Start at {@link io.humaans.client.HumaansClient}. */
@NullMarked
package io.humaans.client;

import org.jspecify.annotations.NullMarked;
