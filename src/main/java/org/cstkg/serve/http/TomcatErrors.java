package org.cstkg.serve.http;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ProblemReportValve} Tomcat's only error report valve: the host creates it instead of its default, and
 * the plain one Spring Boot adds is taken out again once the host has started its pipeline.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standard)
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()))
                    for (Valve valve : host.getPipeline().getValves())
                        if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve))
                            host.getPipeline().removeValve(valve);
            });
        });
    }
}
