package org.clinic.content.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart upload as a browser sends it: the alt text, then the file with whatever name and declared type the
 * sender chose. Null leaves a part out.
 */
record Upload(byte[] file, String fileName, String declaredType, String altText) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Upload of(byte[] file, String fileName, String declaredType, String altText) {
        return new Upload(file, fileName, declaredType, altText);
    }

    record Answer(int status, String contentType, String body, HttpHeaders headers) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** {@code headers}: name/value pairs (Authorization, Sec-Fetch-Site). Redirects are not followed. */
    Answer post(int port, String path, String... headers) {
        String boundary = "----upload" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        if (altText != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"altText\"\r\n\r\n",
                    altText.getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            part(body, boundary, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + declaredType + "\r\n\r\n", file);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
