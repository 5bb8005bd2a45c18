package org.cstkg.serve;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code SERVICE} in the query engine itself: a query over the store may call only the endpoints of the
 * allow-list (none by default), whichever way it reached the engine (the {@code /sparql} proxy checks first and answers
 * more helpfully; this is what holds if anything gets past it). The dataset gets its own service registry whose only
 * executor checks the endpoint and then hands over to Jena's HTTP executor; {@code SERVICE SILENT} is refused too, never
 * silently emptied.
 */
public final class ServiceGuard implements ChainingServiceExecutor {

    private final Set<String> allowed;

    public ServiceGuard(List<URI> allowList) {
        this.allowed = allowList.stream().map(URI::toString).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code SERVICE <endpoint>} may run. */
    public boolean allows(String endpoint) {
        return allowed.contains(endpoint);
    }

    /** The refusal, the same words wherever it is raised. */
    public static String refusal(String endpoint) {
        return "SERVICE " + endpoint + " is not allowed: this server makes no outbound requests for a query, except to "
                + "the endpoints of its SERVICE allow-list (cstkg serve --service-allow)";
    }

    /** Installs the guard into the context of the store's dataset. */
    public void install(Context datasetContext) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(this); // prepended: runs before the HTTP executor
        ServiceExecutorRegistry.set(datasetContext, registry);
        datasetContext.set(ARQ.httpServiceAllowed, !allowed.isEmpty());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        String name = endpoint.isURI() ? endpoint.getURI() : endpoint.toString();
        if (!endpoint.isURI() || !allows(name))
            throw new QueryDeniedException(refusal(name));
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
