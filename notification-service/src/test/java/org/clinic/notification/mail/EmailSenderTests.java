package org.clinic.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

class EmailSenderTests {

    @Test
    void loadingTheSenderNamesAngusAsTheStreamProviderSoMailSkipsTheServiceLoaderScan() throws Exception {
        Class.forName(EmailSender.class.getName(), true, EmailSender.class.getClassLoader());

        assertThat(System.getProperty(EmailSender.STREAM_PROVIDER)).isEqualTo(EmailSender.ANGUS_STREAM_PROVIDER);
        // The name must also resolve: a wrong one would make every message fail rather than fall back.
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(EmailSender.ANGUS_STREAM_PROVIDER);
    }
}
