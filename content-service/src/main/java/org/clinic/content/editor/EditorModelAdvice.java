package org.clinic.content.editor;

import org.clinic.platform.security.StaffPageModel;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Who is signed in and whether they are an admin (StaffPageModel), on every editor page. The image library's and
 * the operations panel's pages live with their features, so those packages are named too; the public pages (and
 * their cache) do without.
 */
@ControllerAdvice(basePackages = {"org.clinic.content.editor", "org.clinic.content.image",
        "org.clinic.content.operations"})
class EditorModelAdvice extends StaffPageModel {
}
