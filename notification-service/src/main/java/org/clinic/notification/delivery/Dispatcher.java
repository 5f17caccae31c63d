package org.clinic.notification.delivery;

import jakarta.mail.SendFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.clinic.notification.delivery.DispatchQueue.PendingMessage;
import org.clinic.notification.sms.SmsRejectedException;
import org.clinic.platform.tracing.TraceParents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due messages (email or SMS) from the delivery log on one background thread, in batches of up to
 * {@code max-per-run}. It runs right after a transaction queues a message (low latency) and on a fixed delay
 * (retries, and rows left by a crash). A batch is sent inside the transaction that holds its rows' locks, so a crash
 * between the SMTP hand-off and the commit can repeat those messages (at least once), but two instances never
 * send one together. Each message is sent in a span of the trace it was queued in ({@link SendSpans}).
 */
@Component
class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final DispatchQueue queue;
    private final BatchSender sender;
    private final TransactionTemplate transactions;
    private final DispatchProperties properties;
    private final TraceParents traces;
    private final AtomicBoolean runQueued = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    Dispatcher(DispatchQueue queue, BatchSender sender, TransactionTemplate transactions,
            DispatchProperties properties, TraceParents traces) {
        this.queue = queue;
        this.sender = sender;
        this.transactions = transactions;
        this.properties = properties;
        this.traces = traces;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onDispatchRequested(DispatchRequested request) {
        wakeUp();
    }

    /** Asks for a run soon; requests arriving while one is already queued fold into it. */
    void wakeUp() {
        ExecutorService current = executor;
        if (current != null && runQueued.compareAndSet(false, true)) {
            try {
                current.execute(this::run);
            } catch (RejectedExecutionException shuttingDown) {
                runQueued.set(false);
            }
        }
    }

    private void run() {
        runQueued.set(false);
        try {
            Integer handled = transactions.execute(status -> dispatchBatch());
            if (handled != null && handled == properties.maxPerRun()) {
                wakeUp(); // more may be due: continue after anything else queued on this thread
            }
        } catch (RuntimeException e) {
            // Most likely the database is unreachable; the next scheduled run tries again.
            log.warn("Dispatch run failed: {}", ErrorSummary.forLog(ErrorSummary.of(e)));
        }
    }

    private int dispatchBatch() {
        List<PendingMessage> batch = queue.claimDue(properties.maxPerRun());
        SendSpans spans = SendSpans.start(traces, batch);
        try {
            Map<UUID, RuntimeException> failures = sender.send(batch);
            failures.forEach(spans::failed);
            List<FinalStatuses.Change> outcomes = new ArrayList<>(batch.size());
            batch.forEach(pending -> spans.around(pending.id(),
                    () -> record(pending, failures.get(pending.id()), outcomes)));
            queue.finish(outcomes, spans);
            return batch.size();
        } finally {
            spans.endAll();
        }
    }

    /** Schedules a retry at once; a final outcome (sent, or given up) is added to those the batch records together. */
    private void record(PendingMessage pending, RuntimeException failure, List<FinalStatuses.Change> outcomes) {
        int attempts = pending.attempts() + 1;
        if (failure == null) {
            log.info("Notification {} sent by {} (attempt {})", pending.id(), pending.message().channel(), attempts);
            outcomes.add(FinalStatuses.Change.sent(pending.id(), attempts));
            return;
        }
        if (failure instanceof BatchSender.NoSmsProvider) {
            outcomes.add(new FinalStatuses.Change(pending.id(), DeliveryStatus.SUPPRESSED, pending.attempts(),
                    failure.getMessage()));
            return;
        }
        // The delivery log keeps the server's words for staff; the log line leaves out addresses and numbers.
        String error = ErrorSummary.of(failure);
        if (attempts >= properties.maxAttempts() || isPermanent(failure)) {
            log.warn("Giving up on notification {} after {} attempt(s): {}", pending.id(), attempts,
                    ErrorSummary.forLog(error));
            outcomes.add(new FinalStatuses.Change(pending.id(), DeliveryStatus.FAILED, attempts, error));
        } else {
            log.info("Notification {} attempt {} failed, will retry: {}", pending.id(), attempts,
                    ErrorSummary.forLog(error));
            queue.scheduleRetry(pending.id(), attempts, error, properties.retryDelayAfter(attempts));
        }
    }

    /**
     * Waiting does not help a message that cannot even be built (an unparseable address), nor one whose recipient
     * the mail server refused for good (a 5xx at RCPT TO, which Jakarta Mail reports as an invalid address; a 4xx
     * "try later" lands among the valid unsent ones and is retried), nor an SMS the provider refused (a 4xx).
     * The desk then sees FAILED at once.
     */
    static boolean isPermanent(RuntimeException e) {
        if (e instanceof MailParseException || e instanceof MailPreparationException
                || e instanceof SmsRejectedException) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "message-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::wakeUp, interval, interval, TimeUnit.MILLISECONDS);
        wakeUp();
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(15, TimeUnit.SECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Start before and stop after the Kafka listeners, so queued mail always has a dispatcher. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
