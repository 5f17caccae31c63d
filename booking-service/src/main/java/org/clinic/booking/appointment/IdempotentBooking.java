package org.clinic.booking.appointment;

import java.util.Optional;
import org.clinic.booking.clinic.ClinicProperties;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Books once per {@code Idempotency-Key}: the same key with the same body gets the first response again (even while
 * the first request is still running: the second waits on the key's row), with another body a 409. Callers build
 * their own response from the {@link Outcome}: the JSON API answers with it, the booking page redirects.
 */
@Service
public class IdempotentBooking {

    private final BookAppointment bookAppointment;
    private final IdempotencyKeys keys;
    private final ClinicProperties clinic;
    private final JsonMapper json;
    private final BookingMetrics metrics;

    IdempotentBooking(BookAppointment bookAppointment, IdempotencyKeys keys, ClinicProperties clinic, JsonMapper json,
            BookingMetrics metrics) {
        this.bookAppointment = bookAppointment;
        this.keys = keys;
        this.clinic = clinic;
        this.json = json;
        this.metrics = metrics;
    }

    /**
     * What booking came to. {@code firstAnswer} is the body the first request was answered with: the new
     * appointment's view, or for a retry the stored JSON of that view as it was sent (so a replay is byte for byte
     * the first answer, times in their original offset).
     */
    public record Outcome(String reference, String manageToken, Object firstAnswer, boolean replayed) {
    }

    public Outcome book(String key, String scope, Object request, BookingCommand command) {
        try {
            Outcome outcome = bookOnce(key, scope, request, command);
            if (!outcome.replayed()) {
                metrics.record(command.channel(), BookingMetrics.Action.BOOK, BookingMetrics.Outcome.BOOKED);
            }
            return outcome;
        } catch (ApiProblemException e) {
            metrics.record(command.channel(), BookingMetrics.Action.BOOK, BookingMetrics.Outcome.of(e));
            throw e;
        }
    }

    private Outcome bookOnce(String key, String scope, Object request, BookingCommand command) {
        if (key == null) {
            return created(view(bookAppointment.book(command, BookAppointment.InTransaction.NONE)));
        }
        var claim = keys.prepare(key, scope, json.writeValueAsString(request));
        Optional<Outcome> earlier = replay(claim);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            var booked = bookAppointment.book(command, new BookAppointment.InTransaction() {
                @Override
                public void before() {
                    keys.claim(claim, scope);
                }

                @Override
                public void after(BookAppointment.Booked booked) {
                    keys.complete(claim, booked.appointment().id(), json.writeValueAsString(view(booked)));
                }
            });
            return created(view(booked));
        } catch (DataIntegrityViolationException e) {
            // A request with the same key committed while this one waited for the key: answer as it did.
            return replay(claim).orElseThrow(() -> e);
        } catch (ApiProblemException e) {
            // Our own earlier booking may be what took the slot in the meantime.
            if (e.getStatusCode().value() == HttpStatus.CONFLICT.value()) {
                return replay(claim).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The slot was taken meanwhile (pages offer other times), as opposed to another 409 that needs a person. */
    public static boolean isSlotTaken(ApiProblemException e) {
        return BookAppointment.isSlotTaken(e);
    }

    private Optional<Outcome> replay(IdempotencyKeys.Claim claim) {
        return keys.replay(claim).map(body -> {
            JsonNode first = json.readTree(body);
            return new Outcome(first.get("reference").asString(), first.get("manageToken").asString(), body, true);
        });
    }

    private AppointmentView view(BookAppointment.Booked booked) {
        return AppointmentView.of(booked.appointment(), clinic.timeZone(), booked.manageToken());
    }

    private static Outcome created(AppointmentView view) {
        return new Outcome(view.reference(), view.manageToken(), view, false);
    }
}
