package io.accountable.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The development signing key pair: made on first use and kept as PEM files, so tokens printed
 * by the local run stay valid across restarts. Production verifies the firm's identity provider's
 * keys instead; nothing here is used there.
 */
public final class DevKeys {

    private final Path dir;

    private DevKeys(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public static synchronized DevKeys in(Path dir) {
        DevKeys keys = new DevKeys(dir);
        if (!Files.exists(keys.privateKeyFile()) || !Files.exists(keys.publicKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKeyFile() {
        return dir.resolve("publicKey.pem");
    }

    Path privateKeyFile() {
        return dir.resolve("privateKey.pem");
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development private key in " + dir + " is unreadable; delete it to make a new one", e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            Path privateTmp = Files.createTempFile(dir, "private", ".tmp");
            Path publicTmp = Files.createTempFile(dir, "public", ".tmp");
            Files.writeString(privateTmp, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicTmp, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.move(privateTmp, privateKeyFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.move(publicTmp, publicKeyFile(), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
