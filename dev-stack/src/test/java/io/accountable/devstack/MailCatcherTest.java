package io.accountable.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailCatcherTest {

    /** What the local run's welcome promises: e-mail sent over SMTP, read over IMAP with the address as user and password. */
    @Test
    void anEmailSentToTheCatcherIsReadByItsRecipientOverImap() throws Exception {
        int smtp = Ports.free();
        int imap = Ports.free();
        try (MailCatcher catcher = MailCatcher.start(smtp, imap)) {
            GreenMailUtil.sendTextEmail("dana@firm.example", "accountable@example.com", "Client overdue for contact",
                    "Northwind Capital was last contacted 45 days ago.", new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

            assertEquals(1, catcher.received());
            Properties imapSettings = new Properties();
            imapSettings.put("mail.imap.host", "127.0.0.1");
            imapSettings.put("mail.imap.port", Integer.toString(imap));
            Store store = Session.getInstance(imapSettings).getStore("imap");
            store.connect("dana@firm.example", "dana@firm.example");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertEquals("Client overdue for contact", inbox.getMessage(1).getSubject());
                inbox.close(false);
            } finally {
                store.close();
            }
        }
    }
}
