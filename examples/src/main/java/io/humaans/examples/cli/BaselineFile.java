package io.humaans.examples.cli;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.humaans.checks.Baseline;
import io.humaans.checks.Check;
import io.humaans.checks.Status;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import okio.BufferedSource;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code --baseline PREVIOUS.json}, an earlier {@code report --format json}, into a {@link
 * Baseline}: its {@code asOf}, its check ids and its failing results (with {@code failingSince}
 * when the earlier report was itself compared, else its {@code asOf}). Streams the file with
 * Moshi's {@link JsonReader}, so a large report is not held as a tree. Every error is a {@link
 * UsageException} naming the file.
 */
final class BaselineFile {
  /** The statuses a result can have: {@code PASS}, {@code FAIL}, ... */
  private static final Set<String> STATUSES =
      Arrays.stream(Status.values()).map(Status::name).collect(Collectors.toUnmodifiableSet());

  private BaselineFile() {}

  /** One result of the earlier report, as far as it fails. */
  private record Failing(
      String checkId, String subjectId, @Nullable String label, @Nullable LocalDate failingSince) {}

  /**
   * Reads {@code file}.
   *
   * @throws UsageException if it is missing or unreadable, not JSON (truncated, say), or not a
   *     report of this program (no {@code asOf}, {@code checks} or {@code results}, a result
   *     without its check id, subject id or status, or with a status that is none of ours)
   */
  static Baseline read(Path file) throws UsageException {
    try (BufferedSource source = Okio.buffer(Okio.source(file));
        JsonReader json = JsonReader.of(source)) {
      return parse(json, file);
    } catch (NoSuchFileException e) {
      throw new UsageException("--baseline " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException("--baseline " + file + ": permission denied");
    } catch (EOFException e) {
      // Moshi's "End of input" reads as an I/O failure; the file was read, but it is cut short.
      throw notOurs(file, "not valid JSON: it ends before the report does; is the file truncated?");
    } catch (JsonEncodingException e) {
      // Moshi's message suggests lenient parsing, which is no help here.
      throw notOurs(file, "not valid JSON");
    } catch (JsonDataException | DateTimeParseException e) {
      throw notOurs(file, e.getMessage());
    } catch (IOException e) {
      throw new UsageException(
          "--baseline "
              + file
              + ": cannot read ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    }
  }

  /**
   * Checks that {@code baseline} is a report of exactly {@code checks}.
   *
   * @throws UsageException naming the file and the checks that differ
   */
  static void requireChecks(Baseline baseline, Path file, List<Check> checks)
      throws UsageException {
    Set<String> ours = new TreeSet<>();
    checks.forEach(c -> ours.add(c.info().id()));
    if (ours.equals(baseline.checkIds())) {
      return;
    }
    Set<String> missing = new TreeSet<>(ours);
    missing.removeAll(baseline.checkIds());
    Set<String> extra = new TreeSet<>(baseline.checkIds());
    extra.removeAll(ours);
    List<String> why = new ArrayList<>();
    if (!missing.isEmpty()) {
      why.add("it lacks " + String.join(", ", missing));
    }
    if (!extra.isEmpty()) {
      why.add("it has " + String.join(", ", extra) + " beyond this command's checks");
    }
    throw new UsageException(
        "--baseline "
            + file
            + ": a report of a different check set ("
            + String.join("; ", why)
            + ")");
  }

  /**
   * Checks that {@code baseline} is not dated after {@code asOf}: neither its {@code asOf} nor a
   * failure's {@code failingSince}, which would make a failure "failing since" a later day.
   *
   * @throws UsageException naming the file and the date
   */
  static void requireNotAfter(Baseline baseline, Path file, LocalDate asOf) throws UsageException {
    LocalDate latest = baseline.asOf().orElse(LocalDate.MIN);
    for (Baseline.Failure f : baseline.failures()) {
      latest = f.failingSince().isAfter(latest) ? f.failingSince() : latest;
    }
    if (latest.isAfter(asOf)) {
      throw new UsageException(
          "--baseline "
              + file
              + ": a report as of "
              + latest
              + ", after this report's "
              + asOf
              + " (--as-of); compare with an earlier report");
    }
  }

  private static Baseline parse(JsonReader json, Path file) throws IOException, UsageException {
    if (json.peek() != JsonReader.Token.BEGIN_OBJECT) {
      throw notOurs(file, "expected a JSON object, found " + json.peek());
    }
    LocalDate asOf = null;
    Set<String> checkIds = null;
    List<Failing> failing = null;
    Set<String> names = new TreeSet<>();
    json.beginObject();
    while (json.hasNext()) {
      String name = json.nextName();
      if (!names.add(name)) {
        // A second "results" would silently replace the first, and its failures with it.
        throw notOurs(file, "'" + name + "' appears twice in the report object");
      }
      switch (name) {
        case "asOf":
          asOf = LocalDate.parse(json.nextString());
          break;
        case "checks":
          checkIds = checkIds(json, file);
          break;
        case "results":
          failing = failing(json, file);
          break;
        default:
          json.skipValue();
      }
    }
    json.endObject();
    if (json.peek() != JsonReader.Token.END_DOCUMENT) {
      throw notOurs(file, "text after the report object");
    }
    if (asOf == null || checkIds == null || failing == null) {
      throw notOurs(
          file, "it lacks " + (asOf == null ? "asOf" : checkIds == null ? "checks" : "results"));
    }
    Baseline.Builder b = Baseline.builder().asOf(asOf).checkIds(checkIds);
    for (Failing f : failing) {
      b.addFailure(
          f.checkId(),
          f.subjectId(),
          f.failingSince() == null ? asOf : f.failingSince(),
          f.label());
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw notOurs(file, e.getMessage());
    }
  }

  private static Set<String> checkIds(JsonReader json, Path file)
      throws IOException, UsageException {
    Set<String> ids = new TreeSet<>();
    json.beginArray();
    while (json.hasNext()) {
      json.beginObject();
      String id = null;
      while (json.hasNext()) {
        if (json.nextName().equals("checkId")) {
          id = json.nextString();
        } else {
          json.skipValue();
        }
      }
      json.endObject();
      if (id == null) {
        throw notOurs(file, "a check without checkId at " + json.getPath());
      }
      ids.add(id);
    }
    json.endArray();
    return ids;
  }

  private static List<Failing> failing(JsonReader json, Path file)
      throws IOException, UsageException {
    List<Failing> out = new ArrayList<>();
    json.beginArray();
    while (json.hasNext()) {
      String path = json.getPath();
      String checkId = null;
      String subjectId = null;
      String status = null;
      String label = null;
      LocalDate since = null;
      json.beginObject();
      while (json.hasNext()) {
        switch (json.nextName()) {
          case "checkId":
            checkId = json.nextString();
            break;
          case "subjectId":
            subjectId = json.nextString();
            break;
          case "status":
            status = json.nextString();
            break;
          case "label":
            label = json.nextString();
            break;
          case "failingSince":
            since = LocalDate.parse(json.nextString());
            break;
          default:
            json.skipValue();
        }
      }
      json.endObject();
      if (checkId == null || subjectId == null || status == null) {
        throw notOurs(file, "a result without checkId, subjectId or status at " + path);
      }
      if (!STATUSES.contains(status)) {
        // Read as not failing, a "Fail" would make each of today's failures NEW.
        throw notOurs(file, "unknown status '" + status + "' at " + path);
      }
      if (status.equals("FAIL")) {
        out.add(new Failing(checkId, subjectId, label, since));
      }
    }
    json.endArray();
    return out;
  }

  private static UsageException notOurs(Path file, @Nullable String why) {
    return new UsageException(
        "--baseline "
            + file
            + ": not a JSON report of this program"
            + (why == null ? "" : " (" + why + ")"));
  }
}
