package org.clinic.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects of server-rendered pages. Relative to this site, as every address the pages link to (the gateway's host
 * is the one the visitor used), and without the model in the query string.
 */
public final class PageRedirects {

    private PageRedirects() {
    }

    /** After a form post that worked (post, redirect, get), or to a page's proper address. */
    public static ModelAndView seeOther(String path) {
        return to(path, HttpStatus.SEE_OTHER);
    }

    /** An old address that is now another one for good (search engines follow it). */
    public static ModelAndView movedPermanently(String path) {
        return to(path, HttpStatus.MOVED_PERMANENTLY);
    }

    private static ModelAndView to(String path, HttpStatus status) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(status);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
