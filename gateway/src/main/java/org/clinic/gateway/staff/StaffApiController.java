package org.clinic.gateway.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.clinic.gateway.auth.StaffAccount;
import org.clinic.gateway.auth.StaffRole;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.StaffSignIn;
import org.clinic.gateway.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The staff pages' JSON twin, ADMIN only ({@code Authorization: Bearer} or the session cookie):
 * <pre>
 * GET   /api/auth/staff                            every account
 * POST  /api/auth/staff  {username, displayName, roles, temporaryPassword?}   201 {account, temporaryPassword}
 * GET   /api/auth/staff/{username}
 * PATCH /api/auth/staff/{username}  {enabled?, roles?}                        the account as changed
 * POST  /api/auth/staff/{username}/password-reset  {temporaryPassword?}       {account, temporaryPassword}
 * </pre>
 * Every change takes a JSON body, so a browser cannot be made to send one from another site without CORS
 * (which the gateway does not allow). Refusals are problem+json: 400 naming the fields, 404, 409 (taken username,
 * an admin disabling themself or dropping their own ADMIN role); 401 without a session, 403 for other roles.
 */
@RestController
@RequestMapping(StaffApiController.PATH)
class StaffApiController {

    static final String PATH = "/api/auth/staff";

    private final StaffSignIn signIn;
    private final StaffAdministration administration;

    StaffApiController(StaffSignIn signIn, StaffAdministration administration) {
        this.signIn = signIn;
        this.administration = administration;
    }

    record AccountJson(String username, String displayName, List<StaffRole> roles, boolean enabled,
            boolean temporaryPassword, Instant createdAt, Instant updatedAt) {

        static AccountJson of(StaffAccount account) {
            return new AccountJson(account.username(), account.displayName(), account.roles(), account.enabled(),
                    account.temporaryPassword(), account.createdAt(), account.updatedAt());
        }
    }

    record CreateRequest(String username, String displayName, Set<StaffRole> roles, String temporaryPassword) {
    }

    record ChangeRequest(Boolean enabled, Set<StaffRole> roles) {
    }

    record ResetRequest(String temporaryPassword) {
    }

    record WithPasswordJson(AccountJson account, String temporaryPassword) {

        static WithPasswordJson of(StaffAdministration.WithPassword result) {
            return new WithPasswordJson(AccountJson.of(result.account()), result.temporaryPassword());
        }
    }

    @GetMapping
    Mono<ResponseEntity<Object>> list(ServerHttpRequest request) {
        return asAdmin(request, admin ->
                ResponseEntity.ok(administration.list().stream().map(AccountJson::of).toList()));
    }

    @PostMapping
    Mono<ResponseEntity<Object>> create(@RequestBody Mono<CreateRequest> fields, ServerHttpRequest request) {
        return asAdmin(request, fields, (admin, body) -> ResponseEntity.status(HttpStatus.CREATED).body(WithPasswordJson.of(
                administration.add(admin.username(), new StaffAdministration.NewAccount(body.username(),
                        body.displayName(), roles(body.roles()), body.temporaryPassword())))));
    }

    @GetMapping("/{username}")
    Mono<ResponseEntity<Object>> get(@PathVariable String username, ServerHttpRequest request) {
        return asAdmin(request, admin -> ResponseEntity.ok(AccountJson.of(administration.get(username))));
    }

    /** Roles first, then enabled: a request that does both is refused as a whole if the roles are. */
    @PatchMapping("/{username}")
    Mono<ResponseEntity<Object>> change(@PathVariable String username, @RequestBody Mono<ChangeRequest> fields,
            ServerHttpRequest request) {
        return asAdmin(request, fields, (admin, body) -> {
            StaffAccount account = administration.get(username);
            if (body.roles() != null) {
                account = administration.changeRoles(admin.username(), username, roles(body.roles()));
            }
            if (body.enabled() != null) {
                account = administration.setEnabled(admin.username(), username, body.enabled());
            }
            return ResponseEntity.ok(AccountJson.of(account));
        });
    }

    @PostMapping("/{username}/password-reset")
    Mono<ResponseEntity<Object>> resetPassword(@PathVariable String username, @RequestBody Mono<ResetRequest> fields,
            ServerHttpRequest request) {
        return asAdmin(request, fields, (admin, body) -> ResponseEntity.ok(WithPasswordJson.of(
                administration.resetPassword(admin.username(), username, body.temporaryPassword()))));
    }

    private Mono<ResponseEntity<Object>> asAdmin(ServerHttpRequest request,
            Function<StaffSession, ResponseEntity<?>> work) {
        return asAdmin(request, Mono.just(Boolean.TRUE), (admin, noBody) -> work.apply(admin));
    }

    /**
     * Who asks is settled before the body is read (bodies arrive as a Mono for that): without an admin session a
     * malformed or missing body is a 401 or 403, never a 400 that would tell a stranger what the endpoint expects.
     */
    private <B> Mono<ResponseEntity<Object>> asAdmin(ServerHttpRequest request, Mono<B> body,
            BiFunction<StaffSession, B, ResponseEntity<?>> work) {
        String path = request.getPath().value();
        return signIn.apiSession(request)
                .flatMap(session -> {
                    if (!session.roles().contains(StaffRole.ADMIN.name())) {
                        return Mono.just(Problems.of(HttpStatus.FORBIDDEN, "Only an admin manages staff accounts.",
                                path, Map.of()));
                    }
                    return body.flatMap(fields -> Mono.fromCallable(
                                    () -> answer(admin -> work.apply(admin, fields), session, path))
                            .subscribeOn(Schedulers.boundedElastic()));
                })
                .defaultIfEmpty(Problems.of(HttpStatus.UNAUTHORIZED, "A valid staff session is required.", path,
                        Map.of()));
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> answer(Function<StaffSession, ResponseEntity<?>> work, StaffSession admin,
            String path) {
        try {
            return (ResponseEntity<Object>) work.apply(admin);
        } catch (StaffChangeRefused refused) {
            HttpStatus status = switch (refused.reason()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
                case INVALID -> HttpStatus.BAD_REQUEST;
            };
            String detail = refused.errors().size() == 1 ? refused.errors().values().iterator().next()
                    : "The request has mistakes; see errors.";
            Map<String, String> fieldErrors = refused.reason() == StaffChangeRefused.Reason.NOT_FOUND
                    ? Map.of() : refused.errors();
            return Problems.of(status, detail, path, fieldErrors);
        }
    }

    private static Set<StaffRole> roles(Set<StaffRole> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
