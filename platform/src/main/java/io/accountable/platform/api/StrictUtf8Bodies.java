package io.accountable.platform.api;

import io.accountable.platform.problem.ProblemException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is not UTF-8 (RFC 8259 requires it). Jackson's parser decodes some
 * invalid sequences instead of refusing them: the overlong {@code C0 AF} becomes a "/", a lone
 * surrogate a broken character, and either would be stored as if the client had sent it. The JDK's
 * decoder refuses every malformed sequence, so the body is checked with it before Jackson reads it.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            try {
                // a new decoder reports malformed input rather than replacing it
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw ProblemException.malformed("The request body is not valid UTF-8");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
