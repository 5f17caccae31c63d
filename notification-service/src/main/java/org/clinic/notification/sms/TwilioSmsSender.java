package org.clinic.notification.sms;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends through Twilio's Messages API: a form POST to {@code /2010-04-01/Accounts/{AccountSid}/Messages.json} with
 * HTTP basic auth (account SID and auth token). A 2xx means the provider accepted the message. A 4xx is final
 * (invalid number, unverified sender...), except 408 and 429, which like 5xx and timeouts are tried again later.
 *
 * <p>Exceptions say what happened without the text or the number: they end up in logs and the delivery log.
 */
public class TwilioSmsSender implements SmsSender {

    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d{1,9})");

    private final RestClient http;
    private final String accountSid;
    private final String from;

    public TwilioSmsSender(TwilioProperties properties) {
        var client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        var requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(properties.baseUrl())
                .requestFactory(requests)
                .defaultHeaders(headers -> headers.setBasicAuth(properties.accountSid(), properties.authToken(),
                        StandardCharsets.UTF_8))
                .build();
        this.accountSid = properties.accountSid();
        this.from = properties.from();
    }

    @Override
    public void send(String phoneNumber, String text) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("To", phoneNumber);
        form.add("From", from);
        form.add("Body", text);
        try {
            http.post()
                    .uri("/2010-04-01/Accounts/{accountSid}/Messages.json", accountSid)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                        throw refusal(response);
                    })
                    .toBodilessEntity();
        } catch (ResourceAccessException e) {
            // Refused or timed out. After a timeout the message may have arrived all the same; like email, SMS is
            // sent at least once: a rare duplicate rather than a patient told nothing.
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SmsProviderUnavailableException("SMS provider did not answer: " + cause.getClass().getSimpleName(), e);
        }
    }

    private static RuntimeException refusal(ClientHttpResponse response) throws IOException {
        HttpStatusCode status = response.getStatusCode();
        String what = "HTTP " + status.value() + errorCode(response);
        boolean tryLater = status.is5xxServerError() || status.value() == HttpStatus.REQUEST_TIMEOUT.value()
                || status.value() == HttpStatus.TOO_MANY_REQUESTS.value();
        return tryLater ? new SmsProviderUnavailableException("SMS provider could not take the message now: " + what, null)
                : new SmsRejectedException("SMS provider refused the message: " + what);
    }

    /** Twilio's numeric error code names the cause (21211: invalid 'To' number); its message may quote the number. */
    private static String errorCode(ClientHttpResponse response) throws IOException {
        byte[] body = response.getBody().readNBytes(4096);
        Matcher code = ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
        return code.find() ? ", provider error " + code.group(1) : "";
    }
}
