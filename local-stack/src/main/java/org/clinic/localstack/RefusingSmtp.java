package org.clinic.localstack;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Locale;
import java.util.Map;

/**
 * GreenMail that refuses, as a real mail server refuses an unknown mailbox (550 at RCPT TO), every recipient at
 * {@value #REFUSED_DOMAIN}. It lets the local run and the browser tests show what the desk sees when an email
 * could not be delivered. Everything else is accepted as before.
 */
final class RefusingSmtp extends GreenMail {

    static final String REFUSED_DOMAIN = "refused.example";

    RefusingSmtp(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        return super.createServices(config, new RefusingManagers(managers));
    }

    /** The same mail store and users; only the SMTP conversation's recipient check differs. */
    private static final class RefusingManagers extends Managers {

        private final Managers delegate;
        private final SmtpManager smtp;

        RefusingManagers(Managers delegate) {
            this.delegate = delegate;
            this.smtp = new RefusingSmtpManager(delegate.getImapHostManager(), delegate.getUserManager());
        }

        @Override
        public SmtpManager getSmtpManager() {
            return smtp;
        }

        @Override
        public UserManager getUserManager() {
            return delegate.getUserManager();
        }

        @Override
        public ImapHostManager getImapHostManager() {
            return delegate.getImapHostManager();
        }
    }

    private static final class RefusingSmtpManager extends SmtpManager {

        RefusingSmtpManager(ImapHostManager imap, UserManager users) {
            super(imap, users);
        }

        @Override
        public String checkRecipient(SmtpState state, MailAddress address) {
            return address.getHost().toLowerCase(Locale.ROOT).endsWith(REFUSED_DOMAIN)
                    ? "550 5.1.1 <" + address.getEmail() + ">: mailbox unavailable"
                    : super.checkRecipient(state, address);
        }
    }
}
