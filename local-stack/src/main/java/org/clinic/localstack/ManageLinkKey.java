package org.clinic.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CLINIC_MANAGE_LINK_KEY for the local run: booking-service seals patients' manage tokens with it and
 * notification-service opens them when it sends a message. Made on the first run and kept in the data folder with
 * the database, so links in reminders queued before a restart still work after it.
 */
final class ManageLinkKey {

    private ManageLinkKey() {
    }

    static String loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String key = Files.readString(file).strip();
            if (!key.isEmpty()) {
                return key;
            }
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String encoded = Base64.getEncoder().encodeToString(key);
        OwnerOnlyFile.write(file, encoded + "\n");
        return encoded;
    }
}
