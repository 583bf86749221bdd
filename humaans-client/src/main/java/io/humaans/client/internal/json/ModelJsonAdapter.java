package io.humaans.client.internal.json;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@link HumaansModel} type into its generated builder and writes it through its
 * accessors. Built once per type by {@link ModelJsonAdapterFactory}; immutable and thread-safe.
 */
final class ModelJsonAdapter extends JsonAdapter<Object> {
  private static final String EXTRAS = "extraProperties";
  private static final String CLEARED = "clearedFields";
  private static final MethodType SETTER =
      MethodType.methodType(void.class, Object.class, Object.class);
  private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodHandle OPTIONAL_OF;

  static {
    try {
      OPTIONAL_OF =
          MethodHandles.publicLookup()
              .findStatic(
                  Optional.class, "of", MethodType.methodType(Optional.class, Object.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final String typeName;
  private final Property[] properties;
  private final JsonReader.Options options;
  private final Set<String> propertyNames;
  private final long requiredMask;
  private final MethodHandle newBuilder;
  private final MethodHandle build;
  private final @Nullable MethodHandle putExtra;
  private final @Nullable MethodHandle extrasGetter;
  private final @Nullable MethodHandle clearedGetter;
  private final JsonAdapter<Object> anyAdapter;

  private ModelJsonAdapter(
      String typeName,
      Property[] properties,
      MethodHandle newBuilder,
      MethodHandle build,
      @Nullable MethodHandle putExtra,
      @Nullable MethodHandle extrasGetter,
      @Nullable MethodHandle clearedGetter,
      JsonAdapter<Object> anyAdapter) {
    this.typeName = typeName;
    this.properties = properties;
    String[] names = new String[properties.length];
    long mask = 0;
    for (int i = 0; i < properties.length; i++) {
      names[i] = properties[i].name;
      mask |= properties[i].requiredBit;
    }
    this.options = JsonReader.Options.of(names);
    this.propertyNames = Set.copyOf(Arrays.asList(names));
    this.requiredMask = mask;
    this.newBuilder = newBuilder;
    this.build = build;
    this.putExtra = putExtra;
    this.extrasGetter = extrasGetter;
    this.clearedGetter = clearedGetter;
    this.anyAdapter = anyAdapter;
  }

  /** Computes the property table of {@code raw} (requested as {@code type}). */
  static ModelJsonAdapter create(Type type, Class<?> raw, Moshi moshi) {
    TypeResolver resolver = new TypeResolver(type, raw);
    try {
      Method builderMethod = raw.getMethod("builder");
      if (!Modifier.isStatic(builderMethod.getModifiers())) {
        throw new NoSuchMethodException("static builder()");
      }
      Class<?> builderClass = builderMethod.getReturnType();
      MethodHandle newBuilder =
          unreflect(builderMethod).asType(MethodType.methodType(Object.class));
      MethodHandle build = unreflect(builderClass.getMethod("build")).asType(GETTER);

      List<Property> properties = new ArrayList<>();
      MethodHandle putExtra = null;
      MethodHandle extrasGetter = null;
      MethodHandle clearedGetter = null;
      int requiredCount = 0;
      for (Method accessor : raw.getMethods()) {
        if (!isAccessor(accessor)) {
          continue;
        }
        Type returnType = resolver.resolve(accessor.getGenericReturnType());
        if (accessor.getName().equals(EXTRAS) && accessor.getReturnType() == Map.class) {
          putExtra =
              unreflect(builderClass.getMethod("putExtraProperties", String.class, Object.class))
                  .asType(
                      MethodType.methodType(void.class, Object.class, Object.class, Object.class));
          extrasGetter = unreflect(accessor).asType(GETTER);
          continue;
        }
        if (accessor.getName().equals(CLEARED) && accessor.getReturnType() == Set.class) {
          clearedGetter = unreflect(accessor).asType(GETTER);
          continue;
        }
        Kind kind = Kind.of(accessor.getReturnType());
        Type valueType =
            kind == Kind.OPTIONAL ? optionalArgument(returnType, accessor) : returnType;
        MethodHandle setter = findSetter(builderClass, accessor.getName(), kind, valueType);
        if (setter == null) {
          if (accessor.isDefault()) {
            continue; // a derived or helper method, not a property
          }
          throw new IllegalArgumentException(
              "No builder setter for property '" + accessor.getName() + "' of " + raw.getName());
        }
        long requiredBit = 0;
        if (kind == Kind.PLAIN && Modifier.isAbstract(accessor.getModifiers())) {
          if (requiredCount == Long.SIZE) {
            throw new IllegalArgumentException("Too many required properties in " + raw.getName());
          }
          requiredBit = 1L << requiredCount++;
        }
        JsonAdapter<Object> adapter = moshi.adapter(valueType);
        properties.add(
            new Property(
                jsonName(accessor),
                kind,
                setter,
                unreflect(accessor).asType(GETTER),
                adapter,
                requiredBit));
      }
      properties.sort(
          Comparator.comparing((Property p) -> !p.name.equals("id")).thenComparing(p -> p.name));
      return new ModelJsonAdapter(
          raw.getSimpleName(),
          properties.toArray(new Property[0]),
          newBuilder,
          build,
          putExtra,
          extrasGetter,
          clearedGetter,
          moshi.adapter(Object.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          "Cannot create a JSON adapter for " + raw.getName() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns a handle for a public method. A public method of a non-public type (a package-private
   * model, or the generated builder nested in a package-private class) is made accessible first.
   */
  private static MethodHandle unreflect(Method method) throws IllegalAccessException {
    for (Class<?> c = method.getDeclaringClass(); c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        method.setAccessible(true);
        break;
      }
    }
    return LOOKUP.unreflect(method);
  }

  private static boolean isAccessor(Method m) {
    return !Modifier.isStatic(m.getModifiers())
        && m.getParameterCount() == 0
        && m.getReturnType() != void.class
        && m.getDeclaringClass() != Object.class
        && !m.isBridge()
        && !m.isSynthetic();
  }

  private static String jsonName(Method accessor) {
    Json json = accessor.getAnnotation(Json.class);
    if (json != null && !json.name().equals(Json.UNSET_NAME)) {
      return json.name();
    }
    return accessor.getName();
  }

  private static Type optionalArgument(Type optionalType, Method accessor) {
    if (optionalType instanceof java.lang.reflect.ParameterizedType) {
      return ((java.lang.reflect.ParameterizedType) optionalType).getActualTypeArguments()[0];
    }
    throw new IllegalArgumentException("Raw Optional property: " + accessor);
  }

  private static @Nullable MethodHandle findSetter(
      Class<?> builderClass, String name, Kind kind, Type valueType) throws IllegalAccessException {
    Class<?> wanted;
    switch (kind) {
      case COLLECTION:
        wanted = Iterable.class;
        break;
      case MAP:
        wanted = Map.class;
        break;
      default:
        wanted = Types.getRawType(valueType);
        break;
    }
    Method direct = null;
    Method viaOptional = null;
    for (Method m : builderClass.getMethods()) {
      if (!m.getName().equals(name) || m.getParameterCount() != 1) {
        continue;
      }
      Class<?> parameter = m.getParameterTypes()[0];
      if (box(parameter) == box(wanted)) {
        direct = m;
      } else if (parameter == Optional.class && kind == Kind.OPTIONAL) {
        viaOptional = m;
      }
    }
    if (direct != null) {
      return unreflect(direct).asType(SETTER);
    }
    if (viaOptional != null) {
      return MethodHandles.filterArguments(unreflect(viaOptional), 1, OPTIONAL_OF).asType(SETTER);
    }
    return null;
  }

  private static Class<?> box(Class<?> c) {
    return c.isPrimitive() ? MethodType.methodType(c).wrap().returnType() : c;
  }

  @Override
  public @Nullable Object fromJson(JsonReader reader) throws IOException {
    try {
      return read(reader);
    } catch (EOFException e) {
      if (e.getMessage() != null && e.getMessage().contains(" at path ")) {
        throw e;
      }
      EOFException withPath =
          new EOFException(
              (e.getMessage() == null ? "End of input" : e.getMessage())
                  + " at path "
                  + reader.getPath());
      withPath.initCause(e);
      throw withPath;
    }
  }

  private @Nullable Object read(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    Object builder = invoke(newBuilder);
    long seen = 0;
    String lastName = null;
    reader.beginObject();
    while (reader.hasNext()) {
      int index = reader.selectName(options);
      if (index < 0) {
        String name = reader.nextName();
        lastName = name;
        MethodHandle extras = putExtra;
        if (extras == null) {
          reader.skipValue();
          continue;
        }
        Object value = reader.readJsonValue();
        if (value != null) {
          putExtra(extras, builder, name, value);
        }
        continue;
      }
      Property property = properties[index];
      lastName = property.name;
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
        if (property.requiredBit != 0) {
          throw new JsonDataException(
              "Required property '" + property.name + "' was null at " + reader.getPath());
        }
        continue;
      }
      Object value = property.adapter.fromJson(reader);
      if (value != null) {
        seen |= property.requiredBit;
        set(property, builder, value, reader);
      }
    }
    if ((seen & requiredMask) != requiredMask) {
      throw missing(seen, objectPath(reader, lastName));
    }
    Object result = build(builder, reader, lastName);
    reader.endObject();
    return result;
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    Set<?> cleared = clearedGetter == null ? Set.of() : (Set<?>) get(clearedGetter, value);
    writer.beginObject();
    for (Property property : properties) {
      Object v = get(property.getter, value);
      if (property.kind == Kind.OPTIONAL) {
        Optional<?> optional = (Optional<?>) v;
        if (optional.isEmpty()) {
          if (cleared.contains(property.name)) {
            writeNull(writer, property.name);
          }
          continue;
        }
        v = optional.get();
      }
      writer.name(property.name);
      property.adapter.toJson(writer, v);
    }
    if (extrasGetter != null) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) get(extrasGetter, value)).entrySet()) {
        String name = (String) entry.getKey();
        if (!propertyNames.contains(name)) {
          writer.name(name);
          anyAdapter.toJson(writer, entry.getValue());
        }
      }
    }
    writer.endObject();
  }

  /** Writes {@code "name": null} even when the writer is not set to serialise nulls. */
  private static void writeNull(JsonWriter writer, String name) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    try {
      writer.name(name).nullValue();
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
  }

  /**
   * Checks the {@code clearedFields()} of a built value: every name must be an optional property of
   * this type and must not also be set. Does nothing for a type without {@code clearedFields()}.
   *
   * @throws IllegalArgumentException if a name is not an optional property of this type; the
   *     message lists the valid names
   * @throws IllegalStateException if a cleared property also has a value
   */
  void checkCleared(Object value) {
    if (clearedGetter == null) {
      return;
    }
    for (Object name : (Set<?>) get(clearedGetter, value)) {
      Property property = optionalProperty((String) name);
      if (property == null) {
        List<String> valid = new ArrayList<>();
        for (Property p : properties) {
          if (p.kind == Kind.OPTIONAL) {
            valid.add(p.name);
          }
        }
        throw new IllegalArgumentException(
            "Cannot clear unknown property '"
                + name
                + "' of "
                + typeName
                + "; valid names: "
                + String.join(", ", valid));
      }
      if (((Optional<?>) get(property.getter, value)).isPresent()) {
        throw new IllegalStateException(
            "Property '" + name + "' of " + typeName + " is both set and cleared");
      }
    }
  }

  private @Nullable Property optionalProperty(String name) {
    for (Property p : properties) {
      if (p.kind == Kind.OPTIONAL && p.name.equals(name)) {
        return p;
      }
    }
    return null;
  }

  private JsonDataException missing(long seen, String path) {
    List<String> names = new ArrayList<>();
    for (Property p : properties) {
      if (p.requiredBit != 0 && (seen & p.requiredBit) == 0) {
        names.add("'" + p.name + "'");
      }
    }
    return new JsonDataException(
        (names.size() == 1 ? "Required property " : "Required properties ")
            + String.join(", ", names)
            + " missing at "
            + path);
  }

  /** Returns the path of the object being read, from inside it (after its last name). */
  private static String objectPath(JsonReader reader, @Nullable String lastName) {
    String path = reader.getPath();
    String suffix = lastName == null ? "." : "." + lastName;
    return path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path;
  }

  private Object build(Object builder, JsonReader reader, @Nullable String lastName) {
    try {
      return build.invokeExact(builder);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw new JsonDataException(
          "Invalid " + typeName + " at " + objectPath(reader, lastName) + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static void set(Property property, Object builder, Object value, JsonReader reader) {
    try {
      property.setter.invokeExact(builder, value);
    } catch (NullPointerException e) {
      throw new JsonDataException(
          "Null element in '" + property.name + "' at " + reader.getPath(), e);
    } catch (IllegalArgumentException e) {
      throw new JsonDataException(
          "Invalid '" + property.name + "' at " + reader.getPath() + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static void putExtra(MethodHandle putExtra, Object builder, String name, Object value) {
    try {
      putExtra.invokeExact(builder, (Object) name, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static Object invoke(MethodHandle newBuilder) {
    try {
      return (Object) newBuilder.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private static Object get(MethodHandle getter, Object value) {
    try {
      return (Object) getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  @Override
  public String toString() {
    return "ModelJsonAdapter(" + typeName + ")";
  }

  /** How a property's value is held: the setter and the write path depend on it. */
  enum Kind {
    PLAIN,
    OPTIONAL,
    COLLECTION,
    MAP;

    static Kind of(Class<?> rawReturnType) {
      if (rawReturnType == Optional.class) {
        return OPTIONAL;
      }
      if (Collection.class.isAssignableFrom(rawReturnType)) {
        return COLLECTION;
      }
      if (Map.class.isAssignableFrom(rawReturnType)) {
        return MAP;
      }
      return PLAIN;
    }
  }

  /** One JSON property: its name, how to set it on the builder and read it from the value. */
  static final class Property {
    final String name;
    final Kind kind;
    final MethodHandle setter;
    final MethodHandle getter;
    final JsonAdapter<Object> adapter;
    final long requiredBit;

    Property(
        String name,
        Kind kind,
        MethodHandle setter,
        MethodHandle getter,
        JsonAdapter<Object> adapter,
        long requiredBit) {
      this.name = name;
      this.kind = kind;
      this.setter = setter;
      this.getter = getter;
      this.adapter = adapter;
      this.requiredBit = requiredBit;
    }
  }
}
