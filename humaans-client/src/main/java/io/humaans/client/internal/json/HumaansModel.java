package io.humaans.client.internal.json;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Marks a Humaans value type and carries the shared Immutables style.
 *
 * <p>The annotation is retained at run time: {@link ModelJsonAdapterFactory} recognises model and
 * params types by it. The style keeps the generated {@code ImmutableX} classes package-private and
 * lets each model expose its own public nested {@code Builder}; the generated {@code build()}
 * returns the abstract type, so no public signature names a generated class. Not API: used only by
 * the types in {@code io.humaans.client.model}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    optionalAcceptNullable = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false))
public @interface HumaansModel {}
