package io.humaans.client;

import static java.util.Objects.requireNonNull;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.humaans.client.errors.HumaansApiException;
import io.humaans.client.errors.NotFoundException;
import io.humaans.client.internal.AuthInterceptor;
import io.humaans.client.internal.DaemonThreads;
import io.humaans.client.internal.HumaansApi;
import io.humaans.client.internal.LoggingInterceptor;
import io.humaans.client.internal.NoResendOn503;
import io.humaans.client.internal.RetryInterceptor;
import io.humaans.client.internal.TokenScopesAdapter;
import io.humaans.client.internal.Transport;
import io.humaans.client.internal.WritesNotRedirected;
import io.humaans.client.internal.json.Json;
import io.humaans.client.model.ApiRecord;
import io.humaans.client.model.AuditEvent;
import io.humaans.client.model.BankAccount;
import io.humaans.client.model.BankAccountParams;
import io.humaans.client.model.Company;
import io.humaans.client.model.Compensation;
import io.humaans.client.model.CompensationParams;
import io.humaans.client.model.CompensationType;
import io.humaans.client.model.CustomField;
import io.humaans.client.model.CustomValue;
import io.humaans.client.model.CustomValueParams;
import io.humaans.client.model.DataExport;
import io.humaans.client.model.DeleteResult;
import io.humaans.client.model.Document;
import io.humaans.client.model.DocumentFolder;
import io.humaans.client.model.DocumentParams;
import io.humaans.client.model.DocumentType;
import io.humaans.client.model.EmergencyContact;
import io.humaans.client.model.EmergencyContactParams;
import io.humaans.client.model.Equipment;
import io.humaans.client.model.EquipmentName;
import io.humaans.client.model.EquipmentParams;
import io.humaans.client.model.EquipmentType;
import io.humaans.client.model.HumaansFile;
import io.humaans.client.model.IdentityDocument;
import io.humaans.client.model.IdentityDocumentType;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.JobRoleParams;
import io.humaans.client.model.Location;
import io.humaans.client.model.Person;
import io.humaans.client.model.PersonParams;
import io.humaans.client.model.PublicHoliday;
import io.humaans.client.model.PublicHolidayCalendar;
import io.humaans.client.model.PublicHolidayCalendarDay;
import io.humaans.client.model.Role;
import io.humaans.client.model.RoleMember;
import io.humaans.client.model.RolePermission;
import io.humaans.client.model.Space;
import io.humaans.client.model.TimeAway;
import io.humaans.client.model.TimeAwayAdjustment;
import io.humaans.client.model.TimeAwayAllocation;
import io.humaans.client.model.TimeAwayParams;
import io.humaans.client.model.TimeAwayPeriod;
import io.humaans.client.model.TimeAwayPolicy;
import io.humaans.client.model.TimeAwayType;
import io.humaans.client.model.TimesheetEntry;
import io.humaans.client.model.TimesheetEntryParams;
import io.humaans.client.model.TimesheetSubmission;
import io.humaans.client.model.TokenInfo;
import io.humaans.client.model.Webhook;
import io.humaans.client.model.WebhookEvent;
import io.humaans.client.model.WebhookParams;
import io.humaans.client.model.WorkingPattern;
import io.humaans.client.model.WorkingPatternAllocation;
import java.io.Closeable;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * The entry point of the Humaans SDK: one accessor per REST resource, plus {@link #me()} and {@link
 * #tokenScopes()}.
 *
 * <pre>{@code
 * try (HumaansClient client = HumaansClient.builder()
 *     .token(System.getenv("HUMAANS_API_TOKEN"))
 *     .build()) {
 *   for (Person p : client.people().list()) {
 *     System.out.println(p.firstName().orElse("") + " " + p.lastName().orElse(""));
 *   }
 * }
 * }</pre>
 *
 * <p>A client is immutable, thread-safe and cheap to share: create one per token and reuse it.
 * Every failure is an unchecked {@link io.humaans.client.errors.HumaansException}; a call the
 * token's scopes do not allow fails with a {@link io.humaans.client.errors.PermissionException}
 * naming the missing scope. {@link #close()} releases the threads and connections the client
 * created, and nothing of an {@link OkHttpClient} the caller passed in.
 */
public final class HumaansClient implements Closeable {
  /** The production base URL, {@value}. */
  public static final String DEFAULT_BASE_URL = "https://app.humaans.io/api";

  /** The SDK version sent in the {@code User-Agent} header. */
  public static final String VERSION = "0.1.0";

  private final HttpUrl baseUrl;
  private final OkHttpClient okHttp;
  private final boolean ownsOkHttp;
  private final Transport transport;
  private final Moshi moshi;
  private final int pageSize;
  private final Builder settings;
  private final PagingLog pagingLog;

  /** Read {@code /token-info} with the token blanked out of every string a server echoes it in. */
  private final JsonAdapter<TokenInfo> tokenInfoAdapter;

  private final JsonAdapter<TokenScopesAdapter.Body> tokenScopesAdapter;

  private final WritableResource<Person, PersonParams> people;
  private final WritableResource<JobRole, JobRoleParams> jobRoles;
  private final WritableResource<Compensation, CompensationParams> compensations;
  private final Resource<CompensationType> compensationTypes;
  private final Resource<Company> companies;
  private final WritableResource<BankAccount, BankAccountParams> bankAccounts;
  private final WritableResource<TimeAway, TimeAwayParams> timeAway;
  private final Resource<TimeAwayType> timeAwayTypes;
  private final Resource<TimeAwayPolicy> timeAwayPolicies;
  private final Resource<TimeAwayAllocation> timeAwayAllocations;
  private final Resource<TimeAwayAdjustment> timeAwayAdjustments;
  private final Resource<TimeAwayPeriod> timeAwayPeriods;
  private final Resource<PublicHoliday> publicHolidays;
  private final Resource<PublicHolidayCalendar> publicHolidayCalendars;
  private final WritableResource<TimesheetEntry, TimesheetEntryParams> timesheetEntries;
  private final Resource<TimesheetSubmission> timesheetSubmissions;
  private final Resource<Location> locations;
  private final WritableResource<Document, DocumentParams> documents;
  private final Resource<DocumentType> documentTypes;
  private final Resource<DocumentFolder> documentFolders;
  private final Resource<IdentityDocument> identityDocuments;
  private final Resource<IdentityDocumentType> identityDocumentTypes;
  private final WritableResource<EmergencyContact, EmergencyContactParams> emergencyContacts;
  private final WritableResource<Equipment, EquipmentParams> equipment;
  private final Resource<EquipmentType> equipmentTypes;
  private final Resource<CustomField> customFields;
  private final WritableResource<CustomValue, CustomValueParams> customValues;
  private final Resource<WorkingPattern> workingPatterns;
  private final Resource<AuditEvent> auditEvents;
  private final WritableResource<Webhook, WebhookParams> webhooks;
  private final Resource<WebhookEvent> webhookEvents;
  private final Resource<EquipmentName> equipmentNames;
  private final Resource<WorkingPatternAllocation> workingPatternAllocations;
  private final Resource<PublicHolidayCalendarDay> publicHolidayCalendarDays;
  private final Resource<Space> spaces;
  private final Resource<Role> roles;
  private final Resource<RoleMember> roleMembers;
  private final Resource<RolePermission> rolePermissions;
  private final Resource<HumaansFile> files;
  private final Resource<DataExport> dataExports;

  private static final Pattern RESOURCE_PATH = Pattern.compile("[a-z0-9-]+");

  private HumaansClient(Builder b, String token) {
    this.settings = b.copy();
    this.baseUrl = b.baseUrl;
    this.pageSize = b.pageSize;
    OkHttpClient given = b.okHttpClient;
    this.ownsOkHttp = given == null;
    OkHttpClient.Builder http = given == null ? new OkHttpClient.Builder() : given.newBuilder();
    if (ownsOkHttp) {
      Dispatcher dispatcher = new Dispatcher(DaemonThreads.dispatcherExecutor());
      dispatcher.setMaxRequestsPerHost(b.maxConcurrentRequests);
      dispatcher.setMaxRequests(Math.max(64, b.maxConcurrentRequests));
      http.dispatcher(dispatcher);
    }
    if (ownsOkHttp && !baseUrl.isHttps()) {
      // Plain http is allowed for loopback hosts only: no TLS set-up (trust store, socket
      // factory) for a client that can never use it.
      http.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
    }
    if (ownsOkHttp || b.timeoutsSet) {
      http.connectTimeout(b.connectTimeout)
          .readTimeout(b.readTimeout)
          .writeTimeout(b.readTimeout)
          .callTimeout(b.callTimeout);
    }
    String userAgent =
        "humaans-java/" + VERSION + (b.userAgentSuffix.isEmpty() ? "" : " " + b.userAgentSuffix);
    http.addInterceptor(new AuthInterceptor(token, userAgent));
    http.addInterceptor(
        new RetryInterceptor(
            b.retryPolicy, b.sleeper, b.clock, () -> ThreadLocalRandom.current().nextDouble()));
    if (b.logger != null) {
      http.addInterceptor(new LoggingInterceptor(b.logger, token));
    }
    http.addNetworkInterceptor(new NoResendOn503(b.retryPolicy));
    this.okHttp = http.build();
    WritesNotRedirected calls = new WritesNotRedirected(okHttp);
    HttpLogger logger = b.logger;
    HumaansApi api =
        new Retrofit.Builder().baseUrl(baseUrl).callFactory(calls).build().create(HumaansApi.class);
    this.transport =
        new Transport(
            api,
            b.clock,
            token,
            b.retryPolicy.maxAttempts(),
            asyncLimit(b),
            calls,
            logger == null ? null : logger::log);
    this.pagingLog = new PagingLog(b.logger);
    this.moshi = Json.moshi();
    // Like every successful body, a /token-info body that echoes the token is redacted by the
    // transport before it is parsed.
    this.tokenInfoAdapter = moshi.adapter(TokenInfo.class);
    this.tokenScopesAdapter = TokenScopesAdapter.INSTANCE;

    people = write("people", Person.class, PersonParams.class, Person::id);
    jobRoles = write("job-roles", JobRole.class, JobRoleParams.class, JobRole::id);
    compensations =
        write("compensations", Compensation.class, CompensationParams.class, Compensation::id);
    compensationTypes = read("compensation-types", CompensationType.class, CompensationType::id);
    companies = read("companies", Company.class, Company::id);
    bankAccounts =
        write("bank-accounts", BankAccount.class, BankAccountParams.class, BankAccount::id);
    timeAway = write("time-away", TimeAway.class, TimeAwayParams.class, TimeAway::id);
    timeAwayTypes = read("time-away-types", TimeAwayType.class, TimeAwayType::id);
    timeAwayPolicies = read("time-away-policies", TimeAwayPolicy.class, TimeAwayPolicy::id);
    timeAwayAllocations =
        read("time-away-allocations", TimeAwayAllocation.class, TimeAwayAllocation::id);
    timeAwayAdjustments =
        read("time-away-adjustments", TimeAwayAdjustment.class, TimeAwayAdjustment::id);
    timeAwayPeriods = read("time-away-periods", TimeAwayPeriod.class, TimeAwayPeriod::id);
    publicHolidays = read("public-holidays", PublicHoliday.class, PublicHoliday::id);
    publicHolidayCalendars =
        read("public-holiday-calendars", PublicHolidayCalendar.class, PublicHolidayCalendar::id);
    timesheetEntries =
        write(
            "timesheet-entries",
            TimesheetEntry.class,
            TimesheetEntryParams.class,
            TimesheetEntry::id);
    timesheetSubmissions =
        read("timesheet-submissions", TimesheetSubmission.class, TimesheetSubmission::id);
    locations = read("locations", Location.class, Location::id);
    documents = write("documents", Document.class, DocumentParams.class, Document::id);
    documentTypes = read("document-types", DocumentType.class, DocumentType::id);
    documentFolders = read("document-folders", DocumentFolder.class, DocumentFolder::id);
    identityDocuments = read("identity-documents", IdentityDocument.class, IdentityDocument::id);
    identityDocumentTypes =
        read("identity-document-types", IdentityDocumentType.class, IdentityDocumentType::id);
    emergencyContacts =
        write(
            "emergency-contacts",
            EmergencyContact.class,
            EmergencyContactParams.class,
            EmergencyContact::id);
    equipment = write("equipment", Equipment.class, EquipmentParams.class, Equipment::id);
    equipmentTypes = read("equipment-types", EquipmentType.class, EquipmentType::id);
    customFields = read("custom-fields", CustomField.class, CustomField::id);
    customValues =
        write("custom-values", CustomValue.class, CustomValueParams.class, CustomValue::id);
    workingPatterns = read("working-patterns", WorkingPattern.class, WorkingPattern::id);
    auditEvents = read("audit-events", AuditEvent.class, AuditEvent::id);
    webhooks = write("webhooks", Webhook.class, WebhookParams.class, Webhook::id);
    webhookEvents = read("webhook-events", WebhookEvent.class, WebhookEvent::id);
    equipmentNames = read("equipment-names", EquipmentName.class, EquipmentName::id);
    workingPatternAllocations =
        read(
            "working-pattern-allocations",
            WorkingPatternAllocation.class,
            WorkingPatternAllocation::id);
    publicHolidayCalendarDays =
        read(
            "public-holiday-calendar-days",
            PublicHolidayCalendarDay.class,
            PublicHolidayCalendarDay::id);
    spaces = read("spaces", Space.class, Space::id);
    roles = read("roles", Role.class, Role::id);
    roleMembers = read("role-members", RoleMember.class, RoleMember::id);
    rolePermissions = read("role-permissions", RolePermission.class, RolePermission::id);
    files = read("files", HumaansFile.class, HumaansFile::id);
    dataExports = read("data-exports", DataExport.class, DataExport::id);
  }

  private <T> Resource<T> read(String path, Class<T> type, Function<T, String> idOf) {
    return new DefaultResource<>(transport, path, Json.lazy(type), idOf, pageSize, pagingLog);
  }

  private <T, P> WritableResource<T, P> write(
      String path, Class<T> type, Class<P> params, Function<T, String> idOf) {
    // Adapters are built on first use: a run that reads people builds no adapter for the others.
    return new DefaultWritableResource<>(
        transport,
        path,
        Json.lazy(type),
        Json.lazy(params),
        Json.lazy(DeleteResult.class),
        idOf,
        pageSize,
        pagingLog);
  }

  /**
   * Returns how long one asynchronous call may take in all (every attempt, body re-read and retry
   * wait) before its future fails: generous, but finite, so a parallel pager never waits forever.
   */
  private static Duration asyncLimit(Builder b) {
    int attempts = b.retryPolicy.maxAttempts();
    Duration perAttempt =
        b.callTimeout.isZero()
            ? orTenMinutes(b.connectTimeout).plus(orTenMinutes(b.readTimeout).multipliedBy(4))
            : b.callTimeout;
    Duration waits = b.retryPolicy.maxRetryAfter().plus(b.retryPolicy.maxBackoff());
    return perAttempt.plus(waits).multipliedBy((long) attempts * attempts).plusSeconds(30);
  }

  private static Duration orTenMinutes(Duration timeout) {
    return timeout.isZero() ? Duration.ofMinutes(10) : timeout;
  }

  /** The environment variable {@link #fromEnv()} reads the API access token from. */
  public static final String TOKEN_VARIABLE = "HUMAANS_API_TOKEN";

  /** The environment variable {@link #fromEnv()} reads an optional base URL from. */
  public static final String BASE_URL_VARIABLE = "HUMAANS_BASE_URL";

  /**
   * Creates a client from the process environment: the token from {@value #TOKEN_VARIABLE}, the
   * base URL from {@value #BASE_URL_VARIABLE} when set (otherwise {@value #DEFAULT_BASE_URL}),
   * every other setting at its default.
   *
   * @return a new client; close it when done
   * @throws IllegalStateException if {@value #TOKEN_VARIABLE} is missing or blank (the message
   *     names the variable, never its value)
   * @throws IllegalArgumentException if {@value #BASE_URL_VARIABLE} is not a valid base URL
   */
  public static HumaansClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Creates a client from the given environment, as {@link #fromEnv()} does from the process's.
   *
   * @param env the variables, e.g. {@code Map.of("HUMAANS_API_TOKEN", token)}
   * @return a new client; close it when done
   * @throws IllegalStateException if {@value #TOKEN_VARIABLE} is missing or blank
   * @throws IllegalArgumentException if {@value #BASE_URL_VARIABLE} is not a valid base URL
   */
  public static HumaansClient fromEnv(Map<String, String> env) {
    return ClientEnvironment.builder(env).build();
  }

  /** {@return a new builder with every default set; see {@link Builder}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this client's settings (the token must be set again)} */
  public Builder newBuilder() {
    return settings.copy();
  }

  /** {@return the base URL, always ending in {@code /}} */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Returns how many requests this client runs at once against the API host: the builder's {@link
   * Builder#maxConcurrentRequests(int)} (default 16), or for a caller-supplied {@link OkHttpClient}
   * its dispatcher's {@code maxRequestsPerHost}. Asynchronous calls beyond it wait in the
   * dispatcher's queue.
   *
   * @return the limit, at least 1
   */
  public int maxConcurrentRequests() {
    return okHttp.dispatcher().getMaxRequestsPerHost();
  }

  /** {@return the page size asked for by {@code list()} calls (default 250)} */
  public int pageSize() {
    return pageSize;
  }

  /**
   * {@code GET /me}: the person who owns the token.
   *
   * @return the person
   */
  public Person me() {
    return transport.get("me", moshi.adapter(Person.class));
  }

  /**
   * Asynchronous {@link #me()}.
   *
   * @return a future of the person
   */
  public CompletableFuture<Person> meAsync() {
    return transport.getAsync("me", moshi.adapter(Person.class));
  }

  /**
   * {@code GET /token-info}: the token's id, owner ({@code personId}), label and scopes. The
   * endpoint is in the official endpoint list, but its body is not documented: every field but
   * {@code id} is read leniently and may be missing. Prefer {@link #tokenScopes()}, which falls
   * back to "unknown" when the API answers 404, 405 or 501. A body that echoes the token (in any
   * field, raw or encoded) is read with it replaced by {@code ██}, so no field, {@code toString()}
   * or message holds it.
   *
   * @return the token info
   */
  public TokenInfo tokenInfo() {
    return transport.get("token-info", tokenInfoAdapter);
  }

  /**
   * Asynchronous {@link #tokenInfo()}: {@code GET /token-info} without blocking the calling thread.
   * The returned future completes with the token's id, owner, label and scopes, or exceptionally
   * with the {@link io.humaans.client.errors.HumaansException} {@code tokenInfo()} would throw (for
   * example a {@link NotFoundException} when the API has no such endpoint, an {@link
   * io.humaans.client.errors.AuthenticationException} for a rejected token, a {@link
   * io.humaans.client.errors.HumaansIoException} on a network failure). There is no fallback here;
   * use {@link #tokenScopesAsync()} for that. Cancelling the future cancels the HTTP call.
   *
   * @return a future of the token info
   */
  public CompletableFuture<TokenInfo> tokenInfoAsync() {
    return transport.getAsync("token-info", tokenInfoAdapter);
  }

  /**
   * Tells which scopes the token has, before a job runs: from {@code GET /token-info}, or "unknown"
   * (with the reason) when the API does not offer it or its answer has no scopes list. The answer
   * is read leniently: any field may be missing ({@code id} too). Authentication and network
   * errors, and a body that is not a JSON object, still throw.
   *
   * @return the scopes, or "unknown" with the reason
   */
  public TokenScopes tokenScopes() {
    TokenScopesAdapter.Body scopes;
    try {
      scopes = transport.get("token-info", tokenScopesAdapter);
    } catch (HumaansApiException e) {
      TokenScopes unknown = unknownScopesFor(e);
      if (unknown == null) {
        throw e;
      }
      return unknown;
    }
    return scopesOf(scopes);
  }

  /**
   * Asynchronous {@link #tokenScopes()}, with the same answers: the future completes with the
   * scopes from {@code GET /token-info}, or with "unknown" (and the reason) when that endpoint
   * answers 404, 405 or 501. The fallback runs on the thread that delivers the response; no thread
   * is blocked waiting for it. Every other failure completes the future exceptionally with the
   * exception {@code tokenScopes()} would throw, for example an {@link
   * io.humaans.client.errors.AuthenticationException} for a rejected token, a {@link
   * io.humaans.client.errors.PermissionException}, a {@link
   * io.humaans.client.errors.HumaansIoException} on a network failure or a {@link
   * io.humaans.client.errors.HumaansDecodingException} for an unreadable body. Cancelling the
   * future cancels the HTTP call.
   *
   * @return a future of the scopes
   */
  public CompletableFuture<TokenScopes> tokenScopesAsync() {
    CompletableFuture<TokenScopesAdapter.Body> info =
        transport.getAsync("token-info", tokenScopesAdapter);
    CompletableFuture<TokenScopes> scopes = new CancelsUpstream<>(info);
    var unused =
        info.whenComplete(
            (value, failure) -> {
              if (failure == null) {
                try {
                  scopes.complete(scopesOf(value));
                } catch (RuntimeException e) {
                  scopes.completeExceptionally(e);
                }
                return;
              }
              Throwable cause =
                  failure instanceof CompletionException && failure.getCause() != null
                      ? failure.getCause()
                      : failure;
              TokenScopes unknown =
                  cause instanceof HumaansApiException api ? unknownScopesFor(api) : null;
              if (unknown != null) {
                scopes.complete(unknown);
              } else {
                scopes.completeExceptionally(cause);
              }
            });
    return scopes;
  }

  /** Returns "unknown" for the answers that mean the API has no token-info, else null. */
  private static @Nullable TokenScopes unknownScopesFor(HumaansApiException e) {
    if (e instanceof NotFoundException) {
      return TokenScopes.unknown("GET /token-info answered 404");
    }
    if (e.statusCode() == 405 || e.statusCode() == 501) {
      return TokenScopes.unknown("GET /token-info answered " + e.statusCode());
    }
    return null;
  }

  /**
   * The body of {@code /token-info} is not documented, so it is read leniently (any field may be
   * missing, {@code id} included): without a {@code scopes} list the scopes are "unknown".
   */
  private static TokenScopes scopesOf(TokenScopesAdapter.Body body) {
    if (body.scopes().isEmpty()) {
      return TokenScopes.unknown("GET /token-info sent no scopes list");
    }
    Set<Scope> scopes = new LinkedHashSet<>();
    body.scopes().get().forEach(s -> scopes.add(Scope.of(s)));
    return body.personId()
        .map(id -> TokenScopes.known(scopes, id))
        .orElseGet(() -> TokenScopes.known(scopes));
  }

  /** A future derived from {@code upstream} whose {@code cancel} also cancels {@code upstream}. */
  private static final class CancelsUpstream<T> extends CompletableFuture<T> {
    private final Future<?> upstream;

    CancelsUpstream(Future<?> upstream) {
      this.upstream = upstream;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      // Cancelled first, so the upstream failure that cancelling causes cannot complete this one.
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      upstream.cancel(mayInterruptIfRunning);
      return cancelled;
    }
  }

  /**
   * {@return the {@code /people} resource} People (L G C U D). Pre-hires and leavers need {@code
   * private:read}.
   */
  public WritableResource<Person, PersonParams> people() {
    return people;
  }

  /**
   * {@return the {@code /job-roles} resource} Effective-dated job-role history; {@code reportingTo}
   * is the manager.
   */
  public WritableResource<JobRole, JobRoleParams> jobRoles() {
    return jobRoles;
  }

  /**
   * {@return the {@code /compensations} resource} Needs {@code compensations:read} (and {@code
   * :write} to change).
   */
  public WritableResource<Compensation, CompensationParams> compensations() {
    return compensations;
  }

  /** {@return the {@code /compensation-types} resource} Needs {@code compensations:read}. */
  public Resource<CompensationType> compensationTypes() {
    return compensationTypes;
  }

  /** {@return the {@code /companies} resource} The token's company. */
  public Resource<Company> companies() {
    return companies;
  }

  /** {@return the {@code /bank-accounts} resource} Needs {@code private:read}. */
  public WritableResource<BankAccount, BankAccountParams> bankAccounts() {
    return bankAccounts;
  }

  /** {@return the {@code /time-away} resource} Time-off and working-elsewhere bookings. */
  public WritableResource<TimeAway, TimeAwayParams> timeAway() {
    return timeAway;
  }

  /** {@return the {@code /time-away-types} resource} */
  public Resource<TimeAwayType> timeAwayTypes() {
    return timeAwayTypes;
  }

  /** {@return the {@code /time-away-policies} resource} */
  public Resource<TimeAwayPolicy> timeAwayPolicies() {
    return timeAwayPolicies;
  }

  /** {@return the {@code /time-away-allocations} resource} */
  public Resource<TimeAwayAllocation> timeAwayAllocations() {
    return timeAwayAllocations;
  }

  /** {@return the {@code /time-away-adjustments} resource} */
  public Resource<TimeAwayAdjustment> timeAwayAdjustments() {
    return timeAwayAdjustments;
  }

  /**
   * {@return the {@code /time-away-periods} resource} Allowance periods (filter {@code
   * isCurrentPeriod=true}).
   */
  public Resource<TimeAwayPeriod> timeAwayPeriods() {
    return timeAwayPeriods;
  }

  /**
   * {@return the {@code /public-holidays} resource} Filter {@code publicHolidayCalendarId}, {@code
   * date[$gte]}.
   */
  public Resource<PublicHoliday> publicHolidays() {
    return publicHolidays;
  }

  /** {@return the {@code /public-holiday-calendars} resource} */
  public Resource<PublicHolidayCalendar> publicHolidayCalendars() {
    return publicHolidayCalendars;
  }

  /**
   * {@return the {@code /timesheet-entries} resource} Clock-in/out rows; an open entry has no
   * {@code endTime}.
   */
  public WritableResource<TimesheetEntry, TimesheetEntryParams> timesheetEntries() {
    return timesheetEntries;
  }

  /** {@return the {@code /timesheet-submissions} resource} */
  public Resource<TimesheetSubmission> timesheetSubmissions() {
    return timesheetSubmissions;
  }

  /** {@return the {@code /locations} resource} Offices. */
  public Resource<Location> locations() {
    return locations;
  }

  /** {@return the {@code /documents} resource} Needs {@code documents:read}. */
  public WritableResource<Document, DocumentParams> documents() {
    return documents;
  }

  /** {@return the {@code /document-types} resource} Needs {@code documents:read}. */
  public Resource<DocumentType> documentTypes() {
    return documentTypes;
  }

  /** {@return the {@code /document-folders} resource} Needs {@code documents:read}. */
  public Resource<DocumentFolder> documentFolders() {
    return documentFolders;
  }

  /** {@return the {@code /identity-documents} resource} Needs {@code documents:read}. */
  public Resource<IdentityDocument> identityDocuments() {
    return identityDocuments;
  }

  /** {@return the {@code /identity-document-types} resource} Needs {@code documents:read}. */
  public Resource<IdentityDocumentType> identityDocumentTypes() {
    return identityDocumentTypes;
  }

  /** {@return the {@code /emergency-contacts} resource} Needs {@code private:read}. */
  public WritableResource<EmergencyContact, EmergencyContactParams> emergencyContacts() {
    return emergencyContacts;
  }

  /** {@return the {@code /equipment} resource} */
  public WritableResource<Equipment, EquipmentParams> equipment() {
    return equipment;
  }

  /** {@return the {@code /equipment-types} resource} */
  public Resource<EquipmentType> equipmentTypes() {
    return equipmentTypes;
  }

  /** {@return the {@code /custom-fields} resource} */
  public Resource<CustomField> customFields() {
    return customFields;
  }

  /** {@return the {@code /custom-values} resource} */
  public WritableResource<CustomValue, CustomValueParams> customValues() {
    return customValues;
  }

  /** {@return the {@code /working-patterns} resource} */
  public Resource<WorkingPattern> workingPatterns() {
    return workingPatterns;
  }

  /** {@return the {@code /audit-events} resource} */
  public Resource<AuditEvent> auditEvents() {
    return auditEvents;
  }

  /** {@return the {@code /webhooks} resource} Needs {@code webhooks:manage}. */
  public WritableResource<Webhook, WebhookParams> webhooks() {
    return webhooks;
  }

  /** {@return the {@code /webhook-events} resource} Delivery log; needs {@code webhooks:manage}. */
  public Resource<WebhookEvent> webhookEvents() {
    return webhookEvents;
  }

  /**
   * {@return the {@code /equipment-names} resource} Named models per equipment type (fields
   * unverified).
   */
  public Resource<EquipmentName> equipmentNames() {
    return equipmentNames;
  }

  /**
   * {@return the {@code /working-pattern-allocations} resource} Which working pattern a person
   * follows from when.
   */
  public Resource<WorkingPatternAllocation> workingPatternAllocations() {
    return workingPatternAllocations;
  }

  /**
   * {@return the {@code /public-holiday-calendar-days} resource} The days of each public-holiday
   * calendar.
   */
  public Resource<PublicHolidayCalendarDay> publicHolidayCalendarDays() {
    return publicHolidayCalendarDays;
  }

  /** {@return the {@code /spaces} resource} Spaces within office locations (fields unverified). */
  public Resource<Space> spaces() {
    return spaces;
  }

  /**
   * {@code /roles}: Humaans permission roles (Owners, Admins, Finance, Tech and custom roles). Not
   * in the official reference: the shape and the scope it needs are unverified, so a 403 names no
   * scope but says what is likely missing. See {@link
   * io.humaans.client.directory.HumaansAccessReader} for who holds which role.
   *
   * @return the resource, never null
   */
  public Resource<Role> roles() {
    return roles;
  }

  /**
   * {@code /role-members}: which person holds which {@link Role}, one row per membership. Not in
   * the official reference: shape and scope unverified (a 403 is explained as for {@link
   * #roles()}).
   *
   * @return the resource, never null
   */
  public Resource<RoleMember> roleMembers() {
    return roleMembers;
  }

  /**
   * {@code /role-permissions}: the permissions each {@link Role} grants. Not in the official
   * reference: shape and scope unverified (a 403 is explained as for {@link #roles()}).
   *
   * @return the resource, never null
   */
  public Resource<RolePermission> rolePermissions() {
    return rolePermissions;
  }

  /**
   * {@code /files}: uploaded files. In the official endpoint list, with an undocumented shape;
   * assumed to need {@code documents:read}.
   *
   * @return the resource, never null
   */
  public Resource<HumaansFile> files() {
    return files;
  }

  /**
   * {@code /data-exports}: company data exports. In the official endpoint list, with an
   * undocumented shape; assumed to need {@code private:read}.
   *
   * @return the resource, never null
   */
  public Resource<DataExport> dataExports() {
    return dataExports;
  }

  /**
   * Returns a read-only resource over {@code /<path>} for an endpoint this SDK has no typed model
   * for, such as {@code tasks} or {@code okrs} (or a typed one, such as {@code roles}, read
   * untyped). Rows parse as {@link ApiRecord}: the {@code id} is typed and every other field is
   * kept in {@link ApiRecord#extraProperties()}. Each call returns a new, thread-safe resource
   * sharing this client's transport and page size.
   *
   * @return a new untyped resource
   * @param path one resource segment: non-blank, only lower-case ASCII letters, digits and {@code
   *     '-'} (no slashes, no query)
   * @throws IllegalArgumentException if {@code path} is blank or has any other character
   * @throws NullPointerException if {@code path} is null
   */
  public Resource<ApiRecord> resource(String path) {
    requireNonNull(path, "path == null");
    if (!RESOURCE_PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "resource path must be one segment of lower-case letters, "
              + "digits and '-' (for example \"roles\" or \"role-members\"): \""
              + path
              + "\"");
    }
    return read(path, ApiRecord.class, ApiRecord::id);
  }

  /**
   * Releases the dispatcher threads and pooled connections this client created. A caller-supplied
   * {@link OkHttpClient} is left untouched. Idempotent.
   */
  @Override
  public void close() {
    if (ownsOkHttp) {
      okHttp.dispatcher().executorService().shutdown();
      okHttp.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "HumaansClient{baseUrl=" + baseUrl + ", token=██, pageSize=" + pageSize + "}";
  }

  /**
   * Configures a {@link HumaansClient}. Defaults: base URL {@value #DEFAULT_BASE_URL}; a new {@link
   * OkHttpClient}; connect timeout 10 s; read and write timeouts 30 s; no call timeout; {@link
   * RetryPolicy#defaults()}; page size 250; at most 16 concurrent requests per host; no user agent
   * suffix; no logging; the system clock and sleeper. Setters reject null. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable String token;
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL + "/");
    private @Nullable OkHttpClient okHttpClient;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private boolean timeoutsSet;
    private String userAgentSuffix = "";
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int pageSize = 250;
    private int maxConcurrentRequests = 16;
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private @Nullable HttpLogger logger;

    Builder() {}

    /**
     * Sets the API access token (required), created in Humaans under API access tokens. It is sent
     * as {@code Authorization: Bearer ...} and never logged or printed.
     *
     * @throws IllegalArgumentException if blank
     * @param token the token
     * @return this builder
     */
    public Builder token(String token) {
      requireNonNull(token, "token == null (set HUMAANS_API_TOKEN or pass a token)");
      if (token.isBlank()) {
        throw new IllegalArgumentException(
            "token is blank (set HUMAANS_API_TOKEN or pass a token)");
      }
      this.token = token.strip();
      return this;
    }

    /**
     * Sets the base URL (default {@value HumaansClient#DEFAULT_BASE_URL}). It must be {@code
     * https}, except for loopback hosts (localhost, 127.0.0.0/8, ::1) used by tests and the demo
     * server.
     *
     * @throws IllegalArgumentException if it is not a valid URL or is plain http to another host
     * @param baseUrl the base url
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      requireNonNull(baseUrl, "baseUrl == null");
      HttpUrl url = HttpUrl.parse(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
      if (url == null) {
        throw new IllegalArgumentException("baseUrl is not an http(s) URL: " + baseUrl);
      }
      if (url.query() != null || url.fragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + baseUrl);
      }
      if (!url.isHttps() && !isLoopback(url.host())) {
        throw new IllegalArgumentException(
            "baseUrl must use https (plain http is allowed only for "
                + "loopback hosts): "
                + url.redact());
      }
      this.baseUrl = url;
      return this;
    }

    /**
     * Uses the caller's {@link OkHttpClient} (its pool, dispatcher, proxy and interceptors); the
     * client derives its own instance from it with {@code newBuilder()} and does not close it.
     * Timeouts set on this builder override the caller's only when set explicitly.
     *
     * @param client the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positiveOrZero(timeout, "connectTimeout");
      this.timeoutsSet = true;
      return this;
    }

    /**
     * Sets the read and write timeouts (default 30 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positiveOrZero(timeout, "readTimeout");
      this.timeoutsSet = true;
      return this;
    }

    /**
     * Sets a timeout for a whole call, including its retries and the waits between them (default
     * zero: none). A retry wait that would not end before the timeout is not taken: the call fails
     * at once with the error of the response that asked for the wait (a {@link
     * io.humaans.client.errors.RateLimitException} with its {@code retryAfter()} for a 429, a
     * {@link io.humaans.client.errors.ServerException} for a 503), whose message says that waiting
     * that many seconds would exceed the call timeout; after a network failure, with that failure.
     * Time spent is measured with the {@linkplain #clock(Clock) clock} from the moment the call
     * starts.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positiveOrZero(timeout, "callTimeout");
      this.timeoutsSet = true;
      return this;
    }

    /**
     * Appends {@code suffix} to the {@code User-Agent} header, e.g. {@code "acme-compliance/2.1"}.
     *
     * @param suffix the suffix
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      requireNonNull(suffix, "suffix == null");
      if (suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
      }
      this.userAgentSuffix = suffix.strip();
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()}
     * disables).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the page size asked for by {@code list()} (default 250, the largest the API is believed
     * to serve; 1 to 1000 accepted). Paging follows what the server actually returns.
     *
     * @param pageSize the page size
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize must be between 1 and 1000: " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets how many requests may run at once against the API host (default 16), which bounds {@link
     * AutoPager#parallel(int)}. Applies only to the OkHttpClient this client creates.
     *
     * @param max the max
     * @return this builder
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1 || max > 256) {
        throw new IllegalArgumentException(
            "maxConcurrentRequests must be between 1 and 256: " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Sets how retries wait (default {@link Sleeper#system()}); tests pass a fake. A cancelled call
     * stops waiting as soon as the sleeper's {@link Sleeper#sleep(Duration,
     * java.util.function.BooleanSupplier)} notices (the default sleeper checks every 50 ms).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /**
     * Sets the clock used to read HTTP-date {@code Retry-After} values and to measure how much of
     * the {@linkplain #callTimeout(Duration) call timeout} is left before a retry wait (default UTC
     * system clock). A clock that does not advance (such as {@code Clock.fixed}) makes every wait
     * shorter than the call timeout look affordable; such a wait is then cut short by the call
     * timeout itself, and the call fails with a {@code HumaansIoException} ("timeout") instead of
     * the response's typed error.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Logs each request and response line and headers to {@code logger}, with {@code Authorization}
     * redacted and the token removed, in any encoding, from every other header value (default: no
     * logging). Bodies are never logged. Paging also writes one {@code DEBUG} line per client the
     * first time the server applies a smaller page size than asked, and the client one {@code WARN
     * humaans:} line, naming the request but not the token, for each successful body that echoed
     * the token (every occurrence is read as {@code ██}).
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder logger(HttpLogger logger) {
      this.logger = requireNonNull(logger, "logger == null");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; close it when done
     * @throws IllegalStateException if no token was set
     */
    public HumaansClient build() {
      if (token == null) {
        throw new IllegalStateException(
            "token is required: HumaansClient.builder().token(...) "
                + "(for example from the HUMAANS_API_TOKEN environment variable)");
      }
      return new HumaansClient(this, token);
    }

    Builder copy() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.okHttpClient = okHttpClient;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.timeoutsSet = timeoutsSet;
      b.userAgentSuffix = userAgentSuffix;
      b.retryPolicy = retryPolicy;
      b.pageSize = pageSize;
      b.maxConcurrentRequests = maxConcurrentRequests;
      b.sleeper = sleeper;
      b.clock = clock;
      b.logger = logger;
      return b;
    }

    @Override
    public String toString() {
      return "HumaansClient.Builder{baseUrl="
          + baseUrl
          + ", token="
          + (token == null ? "unset" : "██")
          + "}";
    }

    private static Duration positiveOrZero(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " < 0: " + d);
      }
      return d;
    }

    static boolean isLoopback(String host) {
      if (host.equals("localhost") || host.endsWith(".localhost")) {
        return true;
      }
      if (!host.matches("[0-9.]+") && !host.contains(":")) {
        return false; // a name: do not resolve it here
      }
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
  }
}
