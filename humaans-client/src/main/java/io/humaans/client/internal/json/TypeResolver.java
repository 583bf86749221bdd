package io.humaans.client.internal.json;

import com.squareup.moshi.Types;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;

/**
 * Substitutes a generic model's type variables with the arguments it was requested with, so {@code
 * Envelope<Person>} reads its {@code List<T> data()} as {@code List<Person>}. Variables without an
 * argument resolve to their first bound. Immutable.
 */
final class TypeResolver {
  private final TypeVariable<?>[] variables;
  private final Type[] arguments;

  TypeResolver(Type requested, Class<?> raw) {
    this.variables = raw.getTypeParameters();
    this.arguments =
        requested instanceof ParameterizedType
            ? ((ParameterizedType) requested).getActualTypeArguments()
            : new Type[0];
  }

  Type resolve(Type type) {
    if (type instanceof TypeVariable) {
      for (int i = 0; i < variables.length; i++) {
        if (variables[i].equals(type)) {
          return i < arguments.length ? arguments[i] : resolve(variables[i].getBounds()[0]);
        }
      }
      return resolve(((TypeVariable<?>) type).getBounds()[0]);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] args = p.getActualTypeArguments().clone();
      for (int i = 0; i < args.length; i++) {
        args[i] = resolve(args[i]);
      }
      return p.getOwnerType() == null
          ? Types.newParameterizedType(p.getRawType(), args)
          : Types.newParameterizedTypeWithOwner(p.getOwnerType(), p.getRawType(), args);
    }
    if (type instanceof WildcardType) {
      return resolve(((WildcardType) type).getUpperBounds()[0]);
    }
    if (type instanceof GenericArrayType) {
      return Types.arrayOf(resolve(((GenericArrayType) type).getGenericComponentType()));
    }
    return type;
  }
}
