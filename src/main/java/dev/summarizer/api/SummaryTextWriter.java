package dev.summarizer.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import dev.summarizer.api.dto.SummaryResponse;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/** {@code Accept: text/plain}: just the summary, one sentence per line (line breaks inside become spaces). */
@Provider
@Produces(MediaType.TEXT_PLAIN)
public class SummaryTextWriter implements MessageBodyWriter<SummaryResponse> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SummaryResponse.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SummaryResponse response, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (SummaryResponse.SentenceView sentence : response.summary().sentences()) {
            lines.append(sentence.text().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        }
        headers.putSingle("Content-Type", MediaType.TEXT_PLAIN + ";charset=UTF-8");
        out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    }
}
