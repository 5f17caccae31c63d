package org.clinic.content.editorial;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a request body: a field it does not have is a 400 naming that field, not silently skipped, because a
 * misspelt field ("body" for "bodyMarkdown") would otherwise drop an editor's text without a word. Only on what
 * editors send: event payloads and other JSON the service reads keep ignoring fields they do not know, so newer
 * producers can add some.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RefuseUnknownFields {
}
