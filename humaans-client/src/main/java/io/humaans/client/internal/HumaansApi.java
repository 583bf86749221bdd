package io.humaans.client.internal;

import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Url;

/**
 * The Retrofit service behind every resource. Each call takes a URL relative to the base URL
 * ({@code people?$limit=250&$skip=0}) whose query the caller has already encoded, so that query
 * names such as {@code $limit} and {@code startDate[$gte]} go out literally: Retrofit's
 * {@code @Query} would percent-encode the {@code $}. Bodies are read by {@link Transport}, which
 * maps errors and decodes JSON with the shared Moshi instance.
 */
public interface HumaansApi {
  /** {@code GET} a relative URL. */
  @GET
  Call<ResponseBody> get(@Url String relativeUrl);

  /** {@code POST} a JSON body to a relative URL. */
  @POST
  Call<ResponseBody> post(@Url String relativeUrl, @Body RequestBody body);

  /** {@code PATCH} a JSON body to a relative URL. */
  @PATCH
  Call<ResponseBody> patch(@Url String relativeUrl, @Body RequestBody body);

  /** {@code DELETE} a relative URL. */
  @DELETE
  Call<ResponseBody> delete(@Url String relativeUrl);
}
