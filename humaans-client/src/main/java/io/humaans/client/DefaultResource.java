package io.humaans.client;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.errors.HumaansDecodingException;
import io.humaans.client.internal.Futures;
import io.humaans.client.internal.RawPage;
import io.humaans.client.internal.RawPageAdapter;
import io.humaans.client.internal.Transport;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The one implementation of {@link Resource}: builds URLs and decodes pages for a path. */
class DefaultResource<T> implements Resource<T> {
  final Transport transport;
  final String path;
  final JsonAdapter<T> rowAdapter;
  private final JsonAdapter<RawPage<T>> pageAdapter;
  private final Function<T, String> idOf;
  private final int pageSize;
  private final PagingLog log;

  DefaultResource(
      Transport transport,
      String path,
      JsonAdapter<T> rowAdapter,
      Function<T, String> idOf,
      int pageSize) {
    this(transport, path, rowAdapter, idOf, pageSize, PagingLog.NONE);
  }

  DefaultResource(
      Transport transport,
      String path,
      JsonAdapter<T> rowAdapter,
      Function<T, String> idOf,
      int pageSize,
      PagingLog log) {
    this.log = log;
    this.transport = transport;
    this.path = path;
    this.rowAdapter = rowAdapter;
    this.pageAdapter = new RawPageAdapter<>(rowAdapter);
    this.idOf = idOf;
    this.pageSize = pageSize;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public AutoPager<T> list() {
    return list(Query.all());
  }

  @Override
  public AutoPager<T> list(Query query) {
    requireNonNull(query, "query == null");
    return new AutoPager<>(new Fetcher(query), query.skip().orElse(0), 1);
  }

  @Override
  public Page<T> page(Query query) {
    requireNonNull(query, "query == null");
    Fetcher fetcher = new Fetcher(query);
    Page<T> page = fetcher.fetch(query.skip().orElse(0));
    return PlainPageIterator.checkOffset(fetcher, page, fetcher.limit());
  }

  @Override
  public CompletableFuture<Page<T>> pageAsync(Query query) {
    requireNonNull(query, "query == null");
    Fetcher fetcher = new Fetcher(query);
    return Futures.map(
        fetcher.fetchAsync(query.skip().orElse(0), fetcher.limit()),
        page -> PlainPageIterator.checkOffset(fetcher, page, fetcher.limit()));
  }

  @Override
  public T get(String id) {
    return theRowAsked("GET", id, transport.get(itemUrl(id), rowAdapter));
  }

  @Override
  public CompletableFuture<T> getAsync(String id) {
    return Futures.map(
        transport.getAsync(itemUrl(id), rowAdapter), row -> theRowAsked("GET", id, row));
  }

  /**
   * Returns {@code row} when it is the row {@code id} names, and fails otherwise: an answer about
   * another row (a server or a cache in between mixing up answers) would pass for the one asked.
   */
  T theRowAsked(String method, String id, T row) {
    return answeringFor(method, id, idOf.apply(row), row);
  }

  /** Returns {@code answer} when {@code answeredId} is {@code id}; see {@link #theRowAsked}. */
  <R> R answeringFor(String method, String id, String answeredId, R answer) {
    if (!answeredId.equals(id)) {
      throw new HumaansDecodingException(
          method,
          "/" + itemUrl(id),
          "$.id",
          "the response is about the row with id '"
              + answeredId
              + "', not the one asked for; it is not taken for it",
          null);
    }
    return answer;
  }

  String itemUrl(String id) {
    requireNonNull(id, "id == null");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    if (id.equals(".") || id.equals("..")) {
      // OkHttp resolves dot segments: "people/.." would address the collection, not a row.
      // Every other character is percent-encoded ("%" too), so no other id can form one.
      throw new IllegalArgumentException("id is a dot segment, not a row id: '" + id + "'");
    }
    StringBuilder sb = new StringBuilder(path.length() + id.length() + 4).append(path).append('/');
    Query.percentEncode(id, sb);
    return sb.toString();
  }

  @Override
  public String toString() {
    return "Resource{/" + path + "}";
  }

  /** Fetches pages of one query. */
  private final class Fetcher implements PageFetcher<T> {
    private final Query query;
    private final int limit;

    Fetcher(Query query) {
      this.query = query;
      this.limit = query.limit().orElse(pageSize);
    }

    private String url(int skip, int limit) {
      return path + "?" + query.encode(limit, skip);
    }

    @Override
    public int limit() {
      return limit;
    }

    @Override
    public Page<T> fetch(int skip, int limit) {
      return toPage(transport.get(url(skip, limit), pageAdapter), skip, limit);
    }

    @Override
    public CompletableFuture<Page<T>> fetchAsync(int skip, int limit) {
      return Futures.map(
          transport.getAsync(url(skip, limit), pageAdapter), raw -> toPage(raw, skip, limit));
    }

    /**
     * Checks the envelope: a null or missing {@code data} is only an empty page when the total says
     * the offset is past the last row, and every row needs a non-blank id. (The pager checks the
     * envelope's {@code skip}.)
     */
    private Page<T> toPage(RawPage<T> raw, int skip, int limit) {
      if (!raw.hasData() && (raw.total() < 0 || skip < raw.total())) {
        throw new HumaansDecodingException(
            "GET",
            describe(skip, limit),
            "$.data",
            "the list envelope has no data array (null or missing) at $skip="
                + skip
                + (raw.total() < 0 ? " and no total" : " although total=" + raw.total())
                + "; an empty page here would silently end the listing",
            null);
      }
      for (int i = 0; i < raw.data().size(); i++) {
        if (idOf.apply(raw.data().get(i)).isBlank()) {
          throw new HumaansDecodingException(
              "GET",
              describe(skip, limit),
              "$.data[" + i + "].id",
              "the row's id is blank; rows are told apart by id (a listing drops a row whose id it"
                  + " delivered already), so rows without one could be lost",
              null);
        }
      }
      return new Page<>(raw.data(), raw.total(), raw.limit(), raw.skip(), skip, this);
    }

    @Override
    public String describe(int skip, int limit) {
      return "/" + url(skip, limit);
    }

    @Override
    public String idOf(T row) {
      return idOf.apply(row);
    }

    @Override
    public void limitCapped(int asked, int applied) {
      log.limitCapped(path, asked, applied);
    }
  }
}
