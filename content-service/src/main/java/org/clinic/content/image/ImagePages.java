package org.clinic.content.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinic.content.editor.EditorTimes;
import org.clinic.platform.web.PageRedirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The image library for editors: {@code /editor/images} lists the uploads with the Markdown that puts each in an
 * article, {@code /editor/images/new} is the upload form. A refused upload shows the form again with the reason and
 * the alt text as typed (a browser never refills a file field, so the message asks for the file again); a stored one
 * leads back to the list with the new image first and its Markdown ready to copy.
 */
@Controller
class ImagePages {

    static final String LIST = "/editor/images";
    static final String NEW = "/editor/images/new";
    /** The form's field ids, which the error summary links to. */
    private static final String FILE_FIELD = "image-file";
    private static final String ALT_FIELD = "image-alt";

    record Row(EditorImage image, String uploadedAt, boolean isNew) {
    }

    private final Images images;
    private final EditorTimes times;

    ImagePages(Images images, EditorTimes times) {
        this.images = images;
        this.times = times;
    }

    @GetMapping(LIST)
    ModelAndView list(@RequestParam(required = false) String uploaded) {
        List<Row> rows = images.newest().stream()
                .map(i -> new Row(i, times.shown(i.uploadedAt()), i.id().toString().equals(uploaded))).toList();
        EditorImage added = rows.stream().filter(Row::isNew).map(Row::image).findFirst().orElse(null);
        return new ModelAndView("editor/images").addObject("rows", rows).addObject("added", added)
                .addObject("limit", ImageStore.LIST_LIMIT);
    }

    @GetMapping(NEW)
    ModelAndView form() {
        return form("", Map.of(), HttpStatus.OK);
    }

    @PostMapping(LIST)
    ModelAndView upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String altText, Authentication editor) {
        try {
            EditorImage image = images.upload(ImageApi.bytes(file), file == null ? null : file.getOriginalFilename(),
                    altText, editor.getName());
            return PageRedirects.seeOther(LIST + "?uploaded=" + image.id() + "#added");
        } catch (ImageRefused refused) {
            // Both fields' problems at once where there are two, and the file asked for again either way: a
            // browser never refills a file field.
            Map<String, String> errors = new LinkedHashMap<>();
            boolean noFile = file == null || file.isEmpty();
            if (refused.field().equals("altText")) {
                errors.put(FILE_FIELD, noFile ? "Choose an image file to upload."
                        : "Choose the file again: the browser does not keep it when a form is refused.");
                errors.put(ALT_FIELD, refused.reason());
            } else {
                errors.put(FILE_FIELD, refused.reason() + (noFile ? "" : " Choose the file again."));
            }
            return form(altText, errors, HttpStatus.valueOf(refused.getStatusCode().value()));
        }
    }

    /** An upload whose form could not even be read whole (over the size limit, sent without a length). */
    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadableForm(MultipartException e) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        return form("", Map.of(FILE_FIELD, tooLarge ? "Images may be at most 5 MB. Choose a smaller file."
                : "The upload did not arrive whole. Please try again."),
                tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
    }

    private static ModelAndView form(String altText, Map<String, String> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("editor/images-new").addObject("altText", altText == null ? "" : altText)
                .addObject("errors", errors).addObject("maxAltText", Images.MAX_ALT_TEXT);
        page.setStatus(status);
        return page;
    }
}
