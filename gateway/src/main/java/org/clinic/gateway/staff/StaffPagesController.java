package org.clinic.gateway.staff;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.login.StaffPageAccess;
import org.clinic.gateway.pages.GatewayPages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The admin's staff pages: the list with a form to add someone, and one page per account (roles, disable/enable,
 * password reset). Plain forms, no JavaScript needed. A changed account answers with a redirect back to its page
 * and a notice; a new temporary password is shown in the answer itself, once, and kept nowhere.
 */
@Controller
@RequestMapping(GatewayPages.ADMIN_STAFF)
class StaffPagesController {

    /** The notices a redirect may ask for; anything else in {@code done} shows nothing. */
    private static final Map<String, String> NOTICES = Map.of(
            "roles", "Roles saved. The person signs in again to use them.",
            "disabled", "Account disabled. The person is signed out everywhere within a minute.",
            "enabled", "Account enabled. The person can sign in again.");

    private final StaffPageAccess access;
    private final StaffAdministration administration;

    StaffPagesController(StaffPageAccess access, StaffAdministration administration) {
        this.access = access;
        this.administration = administration;
    }

    @GetMapping
    Mono<Rendering> list(ServerWebExchange exchange) {
        return access.forAdmin(exchange, admin -> blocking(() ->
                StaffPage.list(admin, administration.list()).build(HttpStatus.OK)));
    }

    @PostMapping
    Mono<Rendering> add(ServerWebExchange exchange) {
        return access.forAdmin(exchange, admin -> exchange.getFormData().flatMap(form -> blocking(() -> {
            var request = StaffForms.newAccount(form);
            try {
                var created = administration.add(admin.username(), request);
                return StaffPage.account(admin, created.account()).temporaryPassword(created.temporaryPassword(), true)
                        .build(HttpStatus.CREATED);
            } catch (StaffChangeRefused refused) {
                return StaffPage.list(admin, administration.list()).newAccount(request).errors(refused.errors())
                        .build(status(refused));
            }
        })));
    }

    @GetMapping("/{username}")
    Mono<Rendering> account(@PathVariable String username, @RequestParam(required = false) String done,
            ServerWebExchange exchange) {
        String notice = done == null ? null : NOTICES.get(done);
        return onAccount(exchange, username, (admin, form) ->
                StaffPage.account(admin, administration.get(username)).notice(notice).build(HttpStatus.OK));
    }

    @PostMapping("/{username}/roles")
    Mono<Rendering> roles(@PathVariable String username, ServerWebExchange exchange) {
        return onAccount(exchange, username, (admin, form) -> backTo(
                administration.changeRoles(admin.username(), username, StaffForms.roles(form)).username(), "roles"));
    }

    @PostMapping("/{username}/disable")
    Mono<Rendering> disable(@PathVariable String username, ServerWebExchange exchange) {
        return onAccount(exchange, username, (admin, form) -> backTo(
                administration.setEnabled(admin.username(), username, false).username(), "disabled"));
    }

    @PostMapping("/{username}/enable")
    Mono<Rendering> enable(@PathVariable String username, ServerWebExchange exchange) {
        return onAccount(exchange, username, (admin, form) -> backTo(
                administration.setEnabled(admin.username(), username, true).username(), "enabled"));
    }

    @PostMapping("/{username}/password")
    Mono<Rendering> resetPassword(@PathVariable String username, ServerWebExchange exchange) {
        return onAccount(exchange, username, (admin, form) -> {
            var reset = administration.resetPassword(admin.username(), username, form.getFirst("temporaryPassword"));
            return StaffPage.account(admin, reset.account()).temporaryPassword(reset.temporaryPassword(), false)
                    .build(HttpStatus.OK);
        });
    }

    /**
     * Something on one account's page, for an admin, off the event loop (JDBC, BCrypt). A refusal shows the account's
     * page again with its messages; an unknown account is the 404 page. Signing in first returns to the account's page.
     */
    private Mono<Rendering> onAccount(ServerWebExchange exchange, String username,
            BiFunction<StaffSession, MultiValueMap<String, String>, Rendering> work) {
        return access.forAdmin(exchange, accountPage(username), admin -> exchange.getFormData()
                .flatMap(form -> blocking(() -> {
                    try {
                        return work.apply(admin, form);
                    } catch (StaffChangeRefused refused) {
                        if (refused.reason() == StaffChangeRefused.Reason.NOT_FOUND) {
                            return Rendering.view("error/404").status(HttpStatus.NOT_FOUND).build();
                        }
                        return StaffPage.account(admin, administration.get(username)).errors(refused.errors())
                                .build(status(refused));
                    }
                })));
    }

    private static Rendering backTo(String username, String done) {
        return Rendering.redirectTo(accountPage(username) + "?done=" + done).build();
    }

    private static String accountPage(String username) {
        return GatewayPages.ADMIN_STAFF + "/" + URLEncoder.encode(username, StandardCharsets.UTF_8);
    }

    private static HttpStatus status(StaffChangeRefused refused) {
        return refused.reason() == StaffChangeRefused.Reason.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
    }

    private static Mono<Rendering> blocking(Callable<Rendering> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
