package nl.toegang.core.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route that takes documents: its body may be up to {@link RawBody#UPLOAD_MAX_BYTES}, read with
 * {@link RawBody#upload}. Every other route stays at {@link RawBody#MAX_BYTES}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AcceptsUploads {}
