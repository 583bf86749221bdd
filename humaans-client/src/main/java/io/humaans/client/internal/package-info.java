/**
 * Implementation details of the Humaans client: HTTP plumbing, JSON adapters, error mapping, retry
 * and logging.
 *
 * <p><b>Not API.</b> Classes here are public only so the client's packages can share them; they may
 * change or disappear in any release, and compatibility checks exclude this package.
 */
@NullMarked
package io.humaans.client.internal;

import org.jspecify.annotations.NullMarked;
