package io.humaans.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import io.humaans.client.model.JobRole;
import org.junit.jupiter.api.Test;

class LazyJsonAdapterTest {
  @Test
  void buildsTheRealAdapterOnFirstUseAndReadsLikeIt() throws Exception {
    JsonAdapter<JobRole> lazy = Json.lazy(JobRole.class);
    assertThat(lazy.toString())
        .isEqualTo("JsonAdapter(io.humaans.client.model.JobRole, not built yet)");
    JobRole role =
        lazy.fromJson("{\"id\":\"r1\",\"personId\":\"p1\",\"jobTitle\":\"Engineer\",\"x\":1}");
    assertThat(role.id()).isEqualTo("r1");
    assertThat(role.personId()).hasValue("p1");
    assertThat(lazy.toJson(role)).isEqualTo(Json.moshi().adapter(JobRole.class).toJson(role));
    assertThat(lazy.toString()).isEqualTo(Json.moshi().adapter(JobRole.class).toString());
  }

  @Test
  void unsupportedTypeFailsOnFirstUseNotBefore() {
    JsonAdapter<Thread> lazy = Json.lazy(Thread.class);
    assertThatThrownBy(() -> lazy.fromJson("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Thread");
  }
}
