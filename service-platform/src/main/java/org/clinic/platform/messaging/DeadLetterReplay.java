package org.clinic.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.clinic.platform.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Republishes a dead letter to the topic it came from: same key (so the same partition, in order with its
 * aggregate's other events), same value, its own headers plus {@value #REPLAY_HEADER}. Consumers are idempotent
 * (processed-event tables), so replaying an event that was processed after all changes nothing.
 *
 * <p>A dead letter is replayed once: the row is locked, sent, and marked in one transaction, so of two operators
 * clicking at once one replays and the other is told it was done ({@link AlreadyReplayed}). If the send fails nothing
 * is marked and the operator can try again; if the commit fails after a send, a second replay is possible, and the
 * consumer's idempotency absorbs it.
 */
public class DeadLetterReplay {

    /** Names the dead letter a record was replayed from: {@code topic-partition@offset}. */
    public static final String REPLAY_HEADER = "clinic-replay-of";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(15);

    private final DeadLetters store;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;

    public DeadLetterReplay(DeadLetters store, KafkaTemplate<String, String> kafka, TransactionTemplate transactions) {
        this.store = store;
        this.kafka = kafka;
        this.transactions = transactions;
    }

    /**
     * @param by who asked (a staff username), kept with the dead letter
     * @return the dead letter as now stored, marked replayed
     * @throws NotFound         no dead letter has this id
     * @throws AlreadyReplayed  it was replayed before (by {@code replayedBy}, at {@code replayedAt})
     * @throws ReplayFailed     the broker did not take the record in time; nothing was marked
     */
    public DeadLetter replay(long id, String by) {
        return transactions.execute(tx -> {
            DeadLetter letter = store.lock(id).orElseThrow(NotFound::new);
            if (letter.replayed()) {
                throw new AlreadyReplayed(letter);
            }
            send(letter);
            store.markReplayed(id, by);
            return store.find(id).orElseThrow();
        });
    }

    private void send(DeadLetter letter) {
        var record = new ProducerRecord<String, String>(letter.topic(), null, letter.key(), letter.value());
        letter.headers().forEach(header -> record.headers().add(header.name(), header.value()));
        record.headers().add(REPLAY_HEADER, (letter.topic() + "-" + letter.partition() + "@" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayFailed(e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new ReplayFailed(e);
        }
    }

    /** 404: no dead letter has this id. */
    public static class NotFound extends ApiProblemException {
        NotFound() {
            super(HttpStatus.NOT_FOUND, "Not found", "There is no such dead letter (it may have expired).");
        }
    }

    /** 409: replayed before; says by whom and when, so the second operator knows it is done. */
    public static class AlreadyReplayed extends ApiProblemException {
        private final transient DeadLetter deadLetter;

        AlreadyReplayed(DeadLetter deadLetter) {
            super(HttpStatus.CONFLICT, "Already replayed", "This dead letter was replayed by "
                    + deadLetter.replayedBy() + " at " + deadLetter.replayedAt() + "; it is replayed only once.");
            with("replayedAt", deadLetter.replayedAt().toString()).with("replayedBy", deadLetter.replayedBy());
            this.deadLetter = deadLetter;
        }

        public DeadLetter deadLetter() {
            return deadLetter;
        }
    }

    /** 503: the broker did not take the record in time; nothing was marked, so it can be tried again. */
    public static class ReplayFailed extends ApiProblemException {
        ReplayFailed(Throwable cause) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "Replay failed", "Kafka did not accept the record ("
                    + cause.getClass().getSimpleName() + "); nothing was changed, try again later.", cause);
        }
    }
}
