package io.accountable.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The local run's stand-in for the firm's mail relay, as Mailpit is docker-compose's: it accepts the
 * e-mail notification-service sends to localhost's SMTP port (its default relay) and keeps it for
 * any IMAP client, each recipient's address being their user name and password. Without it every
 * e-mail would fail and be retried for hours. It keeps the mail in memory, which suits a local run.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail server;

    private MailCatcher(GreenMail server) {
        this.server = server;
    }

    static MailCatcher start(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        server.start();
        return new MailCatcher(server);
    }

    int received() {
        return server.getReceivedMessages().length;
    }

    @Override
    public void close() {
        server.stop();
    }
}
