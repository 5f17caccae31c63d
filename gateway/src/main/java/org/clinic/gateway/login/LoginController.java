package org.clinic.gateway.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.StaffSignIn;
import org.clinic.gateway.pages.GatewayPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The staff sign-in page in front of the desk and the editor, over the same login as {@code POST /api/auth/login}.
 * Works without JavaScript: a plain form, answered with a 303 to the page the user was sent from ({@code next}),
 * or with the form again and what went wrong.
 */
@Controller
class LoginController {

    private final StaffSignIn signIn;

    LoginController(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    /**
     * Someone already signed in sees who they are instead of being sent on: a user who reached this page because
     * they lack a role (an editor at the desk) needs to switch account, and a silent redirect would loop.
     */
    @GetMapping(GatewayPages.LOGIN)
    Mono<Rendering> page(@RequestParam(required = false) String next, ServerWebExchange exchange) {
        Optional<String> target = SignInTarget.localPath(next);
        boolean signedOut = exchange.getRequest().getQueryParams().containsKey("signedOut");
        return signIn.currentSession(exchange.getRequest())
                .map(session -> signedInPage(session, target))
                .defaultIfEmpty(LoginPage.form(target).signedOut(signedOut).build(HttpStatus.OK));
    }

    @PostMapping(GatewayPages.LOGIN)
    Mono<Rendering> signIn(ServerWebExchange exchange) {
        return exchange.getFormData().map(LoginForm::from).flatMap(form -> {
            Optional<String> target = SignInTarget.localPath(form.next());
            Map<String, String> errors = form.errors();
            if (!errors.isEmpty()) {
                return Mono.just(LoginPage.form(target).username(form.username()).errors(errors)
                        .build(HttpStatus.BAD_REQUEST));
            }
            return signIn.signIn(form.username(), form.password(), exchange.getRequest())
                    .map(outcome -> answer(outcome, form, target));
        });
    }

    private static Rendering answer(StaffSignIn.Outcome outcome, LoginForm form, Optional<String> target) {
        if (outcome instanceof StaffSignIn.SignedIn user) {
            return Rendering.redirectTo(afterSignIn(user, form.next()))
                    .header(HttpHeaders.SET_COOKIE, user.cookie().toString())
                    .build();
        }
        LoginPage page = LoginPage.form(target).username(form.username());
        if (outcome instanceof StaffSignIn.Throttled throttled) {
            return page.throttled(throttled.retryAfterSeconds())
                    .build(HttpStatus.TOO_MANY_REQUESTS, throttled.retryAfterSeconds());
        }
        return page.badCredentials().build(HttpStatus.UNAUTHORIZED);
    }

    /** Someone signing in with a password an admin set chooses their own first, then goes where they were going. */
    private static String afterSignIn(StaffSignIn.SignedIn user, String next) {
        String target = SignInTarget.after(next, user.roles());
        return user.temporaryPassword()
                ? GatewayPages.ACCOUNT_PASSWORD + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                : target;
    }

    /**
     * Ends the session (not only the cookie: a copied token stops working too) and goes back to the sign-in page,
     * keeping {@code next} so that switching account returns to the same page.
     */
    @PostMapping(GatewayPages.LOGOUT)
    Mono<Rendering> signOut(ServerWebExchange exchange) {
        return exchange.getFormData().zipWith(signIn.signOut(exchange.getRequest()), (form, expired) -> {
            String next = SignInTarget.localPath(form.getFirst("next"))
                    .map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
                    .orElse("");
            return Rendering.redirectTo(GatewayPages.LOGIN + "?signedOut" + next)
                    .header(HttpHeaders.SET_COOKIE, expired.toString())
                    .build();
        });
    }

    private static Rendering signedInPage(StaffSession session, Optional<String> target) {
        return LoginPage.form(target).signedIn(session, target.orElseGet(() -> SignInTarget.startPageFor(session.roles())))
                .build(HttpStatus.OK);
    }
}
