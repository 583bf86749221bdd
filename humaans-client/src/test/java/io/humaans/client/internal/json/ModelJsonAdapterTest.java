package io.humaans.client.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Types;
import io.humaans.client.model.Fixtures;
import io.humaans.client.model.JobRole;
import io.humaans.client.model.Person;
import io.humaans.client.model.PersonStatus;
import io.humaans.client.model.TimeAway;
import java.io.EOFException;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelJsonAdapterTest {
  private final JsonAdapter<Person> people = Json.moshi().adapter(Person.class);
  private final JsonAdapter<List<Person>> personList =
      Json.moshi().adapter(Types.newParameterizedType(List.class, Person.class));
  private final JsonAdapter<TestEnvelope<JobRole>> envelope =
      Json.moshi().adapter(Types.newParameterizedType(TestEnvelope.class, JobRole.class));

  @Test
  void missingIdFailsNamingPropertyAndPath() {
    String json = "{\"total\":2,\"data\":[{\"id\":\"a\"},{\"jobTitle\":\"CTO\"}]}";
    assertThatThrownBy(() -> envelope.fromJson(json))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'id' missing at $.data[1]");
    assertThatThrownBy(() -> people.fromJson("{}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'id' missing at $");
    assertThatThrownBy(() -> people.fromJson("{\"firstName\":\"Ada\",\"x\":1}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'id' missing at $");
  }

  @Test
  void nullRequiredPropertyFailsWithPath() {
    assertThatThrownBy(() -> personList.fromJson("[{\"id\":\"a\"},{\"id\":null}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'id' was null at $[1].id");
  }

  @Test
  void missingPrimitiveWithoutDefaultFailsToo() {
    assertThatThrownBy(() -> envelope.fromJson("{\"data\":[]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Required property 'total' missing at $");
  }

  @Test
  void wrongTypeFailsNamingJsonPath() {
    assertThatThrownBy(() -> people.fromJson("{\"id\":\"a\",\"profilePhoto\":\"x\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected BEGIN_OBJECT but was STRING at path $.profilePhoto");
    assertThatThrownBy(() -> personList.fromJson("[{\"id\":\"a\",\"teams\":{}}]"))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("at path $[0].teams");
    assertThatThrownBy(() -> people.fromJson("{\"id\":\"a\",\"birthday\":\"03/11/1991\"}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Expected a date (YYYY-MM-DD) but was '03/11/1991' at path $.birthday");
    assertThatThrownBy(() -> people.fromJson("\"Qw7h\""))
        .isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected BEGIN_OBJECT but was STRING at path $");
  }

  @Test
  void nullElementInListFailsWithPath() {
    assertThatThrownBy(() -> people.fromJson("{\"id\":\"a\",\"nationalities\":[\"Irish\",null]}"))
        .isInstanceOf(JsonDataException.class)
        .hasMessage("Null element in 'nationalities' at $.nationalities");
  }

  @Test
  void malformedJsonFailsNamingPosition() {
    assertThatThrownBy(() -> people.fromJson("{\"id\":\"a\",\"firstName\" \"Ada\"}"))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessageContaining("Expected ':' at path $.firstName");
  }

  @Test
  void truncatedJsonFailsWithEofNamingPath() {
    String body = Fixtures.read("people.json");
    int tomasz = body.indexOf("\"Tomasz\"");
    String atValueBoundary = body.substring(0, tomasz + "\"Tomasz\"".length());
    assertThatThrownBy(() -> envelopeOfPeople().fromJson(atValueBoundary))
        .isInstanceOf(EOFException.class)
        .hasMessage("End of input at path $.data[1].firstName");
    String insideString = body.substring(0, tomasz + 3);
    assertThatThrownBy(() -> envelopeOfPeople().fromJson(insideString))
        .isInstanceOf(JsonEncodingException.class)
        .hasMessage("Unterminated string at path $.data[1].firstName");
  }

  private static JsonAdapter<TestEnvelope<Person>> envelopeOfPeople() {
    Type type = Types.newParameterizedType(TestEnvelope.class, Person.class);
    return Json.moshi().adapter(type);
  }

  @Test
  void resolvesTypeVariablesAndSkipsUnknownFieldsWithoutExtras() throws Exception {
    TestEnvelope<Person> page = envelopeOfPeople().fromJson(Fixtures.read("people.json"));
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.skip()).contains(0);
    assertThat(page.data()).hasSize(3);
    assertThat(page.data().get(1).status()).contains(PersonStatus.NEW_HIRE);
  }

  @Test
  void missingAndNullOptionalsAreEmpty() throws Exception {
    Person missing = people.fromJson("{\"id\":\"a\"}");
    Person nulls = people.fromJson("{\"id\":\"a\",\"firstName\":null,\"teams\":null,\"x\":null}");
    assertThat(missing.firstName()).isEmpty();
    assertThat(nulls.firstName()).isEmpty();
    assertThat(nulls.teams()).isEmpty();
    assertThat(nulls.extraProperties()).isEmpty();
    assertThat(nulls).isEqualTo(missing);
  }

  @Test
  void writesOnlyPresentFieldsInIdThenAlphabeticalOrderWithExtrasLast() {
    Person person =
        Person.builder()
            .id("p1")
            .lastName("Lovelace")
            .firstName("Ada")
            .birthday(LocalDate.of(1815, 12, 10))
            .status(PersonStatus.of("alumni"))
            .putExtraProperties("pronouns", "she/her")
            .putExtraProperties("firstName", "ignored: a modelled property wins")
            .build();
    assertThat(people.toJson(person))
        .isEqualTo(
            "{\"id\":\"p1\",\"birthday\":\"1815-12-10\",\"directReports\":[],"
                + "\"firstName\":\"Ada\",\"foodAllergies\":[],\"lastName\":\"Lovelace\","
                + "\"nationalities\":[],\"spokenLanguages\":[],\"status\":\"alumni\","
                + "\"teams\":[],\"workingDays\":[],\"pronouns\":\"she/her\"}");
  }

  @Test
  void writesGeneratedImplementationAsItsModelType() {
    Person person = Person.builder().id("p1").firstName("Ada").build();
    assertThat(Json.moshi().adapter(Object.class).toJson(person)).contains("\"firstName\":\"Ada\"");
    assertThat(Json.moshi().adapter(person.getClass()).toString()).isEqualTo(people.toString());
  }

  @Test
  void adaptersAreCachedPerType() {
    assertThat(Json.moshi().adapter(TimeAway.class)).isSameAs(Json.moshi().adapter(TimeAway.class));
    assertThat(Json.moshi()).isSameAs(Json.moshi());
  }

  @Test
  void factoryIgnoresOtherTypes() {
    assertThat(new ModelJsonAdapterFactory().create(String.class, java.util.Set.of(), Json.moshi()))
        .isNull();
    assertThat(new ModelJsonAdapterFactory().create(Map.class, java.util.Set.of(), Json.moshi()))
        .isNull();
  }
}
