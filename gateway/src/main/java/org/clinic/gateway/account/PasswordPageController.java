package org.clinic.gateway.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinic.gateway.auth.StaffAccounts;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.Waits;
import org.clinic.gateway.login.SignInTarget;
import org.clinic.gateway.login.StaffPageAccess;
import org.clinic.gateway.pages.GatewayPages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** {@code /account/password}: any signed-in staff member changes their own password. Works without JavaScript. */
@Controller
class PasswordPageController {

    private final StaffPageAccess access;
    private final PasswordChange change;
    private final StaffAccounts accounts;

    PasswordPageController(StaffPageAccess access, PasswordChange change, StaffAccounts accounts) {
        this.access = access;
        this.change = change;
        this.accounts = accounts;
    }

    @GetMapping(GatewayPages.ACCOUNT_PASSWORD)
    Mono<Rendering> page(@RequestParam(required = false) String next, ServerWebExchange exchange) {
        return access.forStaff(exchange, session -> form(session, next).map(model -> page(model, HttpStatus.OK)));
    }

    @PostMapping(GatewayPages.ACCOUNT_PASSWORD)
    Mono<Rendering> change(ServerWebExchange exchange) {
        return access.forStaff(exchange, session -> exchange.getFormData().flatMap(form -> {
            String next = form.getFirst("next");
            return change.change(session, field(form, PasswordChange.CURRENT),
                            field(form, PasswordChange.NEW), field(form, PasswordChange.REPEAT), exchange.getRequest())
                    .flatMap(result -> form(session, next).map(model -> answer(result, model, session, next)));
        }));
    }

    private static Rendering answer(PasswordChange.Result result, Map<String, Object> model, StaffSession session,
            String next) {
        if (result instanceof PasswordChange.Invalid invalid) {
            model.put("errors", invalid.errors());
            return page(model, HttpStatus.BAD_REQUEST);
        }
        if (result instanceof PasswordChange.Throttled throttled) {
            model.put("throttledFor", Waits.inWords(throttled.retryAfterSeconds()));
            return Rendering.view("account/password").model(model).status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds())).build();
        }
        model.put("changed", true);
        model.put("temporary", false);
        model.put("continueTo", SignInTarget.after(next, session.roles()));
        return page(model, HttpStatus.OK);
    }

    /** The page's model; whether the account still has a temporary password is read from the database. */
    private Mono<Map<String, Object>> form(StaffSession session, String next) {
        return Mono.fromCallable(() -> accounts.find(session.username()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(account -> {
                    Map<String, Object> model = new LinkedHashMap<>();
                    model.put("staffName", session.username());
                    model.put("viewerRoles", session.roles());
                    model.put("temporary", account.map(a -> a.temporaryPassword()).orElse(false));
                    model.put("changed", false);
                    model.put("errors", Map.of());
                    model.put("minLength", PasswordPolicy.MIN_LENGTH);
                    SignInTarget.localPath(next).ifPresent(path -> model.put("next", path));
                    return model;
                });
    }

    private static Rendering page(Map<String, Object> model, HttpStatus status) {
        return Rendering.view("account/password").model(model).status(status).build();
    }

    private static String field(MultiValueMap<String, String> form, String name) {
        return Optional.ofNullable(form.getFirst(name)).orElse("");
    }
}
