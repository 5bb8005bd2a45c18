package org.cstkg.serve.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/** A refused CORS request (a write asked for in a preflight, say) answered as problem+json like every other error. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.parseMediaType(ProblemJson.MEDIA_TYPE));
        response.getBody().write(ProblemJson.render(403, "Forbidden",
                "cross-origin request refused: only reading (GET, and POST of a SPARQL query) is allowed", null)
                .getBytes(StandardCharsets.UTF_8));
        response.flush();
    }

    /** Puts this processor on every handler mapping. */
    @Component
    static final class Installer implements BeanPostProcessor {
        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof AbstractHandlerMapping mapping)
                mapping.setCorsProcessor(new ProblemCorsProcessor());
            return bean;
        }
    }
}
