/**
 * Reads the Humaans people directory into the input of the {@code humaans-checks} rule module. This
 * package needs {@code io.humaans:humaans-checks} on the class path: the client declares it as an
 * optional dependency, so add it to your build when you use this package.
 */
@NullMarked
package io.humaans.client.directory;

import org.jspecify.annotations.NullMarked;
