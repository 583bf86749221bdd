/** Pure rule module: people, access and licence checks over a people directory. */
@NullMarked
package io.humaans.checks;

import org.jspecify.annotations.NullMarked;
