package io.humaans.client.internal;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the first I/O failure of an HTTP body, so that a break of the connection (also an
 * {@code EOFException} from a chunked body cut at a chunk boundary) is told apart from the JSON
 * parser's complaints about a body that ended cleanly. Not thread-safe.
 */
final class TrackingSource extends ForwardingSource {
  /** The first failure of the underlying source, or null. */
  @Nullable IOException failure;

  TrackingSource(Source delegate) {
    super(delegate);
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    try {
      return super.read(sink, byteCount);
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
      throw e;
    }
  }
}
