package org.clinic.gateway.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.clinic.gateway.auth.StaffRole;
import org.clinic.gateway.auth.StaffSession;
import org.clinic.gateway.auth.StaffSignIn;
import org.clinic.gateway.pages.GatewayPages;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may see the gateway's staff pages, as the services' staff pages decide it: nobody signed in goes to the
 * sign-in page and comes back here afterwards; a signed-in user without the role gets the "not open to your
 * account" page (403), never a silent redirect that would loop.
 */
@Component
public class StaffPageAccess {

    private final StaffSignIn signIn;

    StaffPageAccess(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    /** Any signed-in staff member; after signing in, back to this address (a form's post: to its path). */
    public Mono<Rendering> forStaff(ServerWebExchange exchange, Function<StaffSession, Mono<Rendering>> page) {
        return forStaff(exchange, here(exchange.getRequest()), page);
    }

    /** The same, coming back to {@code returnTo} after signing in: the page a form was posted from. */
    public Mono<Rendering> forStaff(ServerWebExchange exchange, String returnTo,
            Function<StaffSession, Mono<Rendering>> page) {
        return signIn.currentSession(exchange.getRequest())
                .flatMap(page)
                .switchIfEmpty(Mono.fromSupplier(() -> Rendering.redirectTo(
                        GatewayPages.LOGIN + "?next=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8)).build()));
    }

    public Mono<Rendering> forAdmin(ServerWebExchange exchange, Function<StaffSession, Mono<Rendering>> page) {
        return forAdmin(exchange, here(exchange.getRequest()), page);
    }

    public Mono<Rendering> forAdmin(ServerWebExchange exchange, String returnTo,
            Function<StaffSession, Mono<Rendering>> page) {
        return forStaff(exchange, returnTo, session -> session.roles().contains(StaffRole.ADMIN.name())
                ? page.apply(session)
                : Mono.just(Rendering.view("error/403").status(HttpStatus.FORBIDDEN).build()));
    }

    private static String here(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        String query = request.getURI().getRawQuery();
        return HttpMethod.GET.equals(request.getMethod()) && query != null ? path + "?" + query : path;
    }
}
