package org.clinic.localstack;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SMTP server that keeps every message it receives, and a small web inbox to read them:
 * {@code GET /} shows them as a page, {@code GET /api/messages} as JSON, newest first. Mail to any address at
 * {@value RefusingSmtp#REFUSED_DOMAIN} is refused (550), to see a failed delivery on the desk.
 */
public final class MailCatcher implements AutoCloseable {

    static {
        // Jakarta Mail looks its stream provider up again for every MIME part it parses; named here, the lookup is a
        // class-name check instead of a ServiceLoader scan of the classpath, which took a third of this process's CPU
        // while the booking benchmark mailed hundreds of confirmations a second.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final GreenMail smtp;
    private final HttpServer web;
    private final JsonMapper json = JsonMapper.builder().build();

    private MailCatcher(String host, int smtpPort, int webPort) throws IOException {
        smtp = new RefusingSmtp(new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // Everything lands in one mailbox. By default GreenMail creates a user per new recipient and finds mailboxes
        // by scanning a list, so each message cost more than the last: every booking of a benchmark is a new patient.
        GreenMailUser inbox = smtp.setUser("inbox@localhost", "inbox", UUID.randomUUID().toString());
        smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> inbox);
        web = HttpServer.create(new InetSocketAddress(host, webPort), 0);
        web.createContext("/api/messages/count", this::serveCount);
        web.createContext("/api/messages", this::serveJson);
        web.createContext("/", this::serveHtml);
        web.start();
    }

    public static MailCatcher start(int smtpPort, int webPort) throws IOException {
        return new MailCatcher("127.0.0.1", smtpPort, webPort);
    }

    /** Listening on another loopback address, e.g. 127.0.0.2, where a client falling back to localhost misses it. */
    public static MailCatcher start(String host, int smtpPort, int webPort) throws IOException {
        return new MailCatcher(host, smtpPort, webPort);
    }

    public record Mail(String from, String to, String subject, String receivedAt, String text) {
    }

    public List<Mail> messages() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                mails.add(0, new Mail(join(message.getFrom()), join(message.getAllRecipients()), message.getSubject(),
                        message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
                        plainText(message)));
            } catch (MessagingException | IOException e) {
                mails.add(0, new Mail("", "", "(unreadable message)", "", e.getMessage()));
            }
        }
        return mails;
    }

    private void serveJson(HttpExchange exchange) throws IOException {
        respond(exchange, "application/json", json.writeValueAsBytes(Map.of("messages", messages())));
    }

    /** How many messages arrived, without reading them: cheap enough to poll while thousands are coming in. */
    private void serveCount(HttpExchange exchange) throws IOException {
        respond(exchange, "application/json", json.writeValueAsBytes(Map.of("count", smtp.getReceivedMessages().length)));
    }

    private void serveHtml(HttpExchange exchange) throws IOException {
        var html = new StringBuilder("<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
                + "<title>Local inbox</title><style>body{font-family:sans-serif;max-width:60rem;margin:auto;padding:1rem}"
                + "article{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}"
                + "pre{white-space:pre-wrap}</style><h1>Local inbox</h1><p>Every email the system sent in this run. "
                + "JSON: <a href='/api/messages'>/api/messages</a></p>");
        List<Mail> mails = messages();
        if (mails.isEmpty()) {
            html.append("<p>No messages yet. Book an appointment and reload.</p>");
        }
        for (Mail mail : mails) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>To ")
                    .append(escape(mail.to())).append(" · ").append(escape(mail.receivedAt())).append("</p><pre>")
                    .append(escape(mail.text())).append("</pre></article>");
        }
        respond(exchange, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The text/plain part if there is one, else whatever text the message has. */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            String fallback = "";
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (multipart.getBodyPart(i).isMimeType("text/plain") || multipart.getBodyPart(i).isMimeType("multipart/*")) {
                    if (!text.isEmpty()) {
                        return text;
                    }
                } else if (fallback.isEmpty()) {
                    fallback = text;
                }
            }
            return fallback;
        }
        return part.isMimeType("text/*") ? String.valueOf(part.getContent()) : ""; // attachments are not shown
    }

    private static String join(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> list = new ArrayList<>();
        for (Address a : addresses) {
            list.add(a.toString());
        }
        return String.join(", ", list);
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() {
        web.stop(0);
        smtp.stop();
    }
}
