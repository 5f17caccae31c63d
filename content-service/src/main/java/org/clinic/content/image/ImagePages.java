package org.clinic.content.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinic.content.editor.EditorTimes;
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
    ModelAndView list(@RequestParam(required = false) UUID uploaded) {
        List<Row> rows = images.newest().stream()
                .map(i -> new Row(i, times.shown(i.uploadedAt()), i.id().equals(uploaded))).toList();
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
            ModelAndView redirect = new ModelAndView("redirect:" + LIST + "?uploaded=" + image.id() + "#added");
            redirect.setStatus(HttpStatus.SEE_OTHER);
            return redirect;
        } catch (ImageRefused refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            errors.put(refused.field().equals("altText") ? ALT_FIELD : FILE_FIELD,
                    refused.field().equals("altText") ? refused.reason()
                            : refused.reason() + " Choose the file again.");
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
