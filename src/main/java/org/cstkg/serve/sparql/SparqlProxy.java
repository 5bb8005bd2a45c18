package org.cstkg.serve.sparql;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstkg.serve.QueryEndpoint;
import org.cstkg.serve.ServeProperties;
import org.cstkg.serve.ServiceGuard;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public SPARQL 1.1 Protocol endpoint, {@code /sparql}. A query is read ({@link SparqlRequest}), checked
 * ({@link QueryPolicy}), run by the internal Fuseki (or, serving a remote store, by the store's own query endpoint)
 * with the client's {@code Accept} header, and its complete answer passed on ({@link FusekiForward}); the engine keeps
 * the protocol's content negotiation and result formats. Updates and Graph Store writes are refused before anything
 * reaches it.
 */
@RestController
class SparqlProxy {

    /** Response header present when the server's result cap was applied to the query: the cap, in solutions. */
    static final String RESULT_LIMIT_HEADER = "Cstkg-Result-Limit";

    private final QueryEndpoint fuseki;
    private final ServeProperties props;
    private final QueryPolicy policy;
    private final FusekiForward forward;

    SparqlProxy(QueryEndpoint fuseki, ServeProperties props) {
        this.fuseki = fuseki;
        this.props = props;
        this.policy = new QueryPolicy(new ServiceGuard(props.serviceAllowList()), props.limits().resultRows());
        this.forward = new FusekiForward(props.limits(), fuseki.remote());
    }

    @RequestMapping(path = "/sparql", method = { RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST })
    void query(HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException, ServletException {
        if (QueryEditor.wanted(request)) {
            QueryEditor.show(request, response);
            return;
        }
        SparqlRequest sparql = SparqlRequest.read(request, props.limits());
        QueryPolicy.Checked checked = policy.check(sparql.query());
        FusekiForward.Answer answer = forward.send(fuseki.queryUri(), checked.query(), sparql.params(),
                request.getHeader("Accept"));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (checked.cappedAt() != null)
            response.setHeader(RESULT_LIMIT_HEADER, Long.toString(checked.cappedAt()));
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    @RequestMapping(path = "/sparql", method = { RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH })
    void write(HttpServletRequest request) {
        throw ReadOnly.graphStoreWrite(request.getMethod(), SparqlRequest.mediaType(request.getContentType()));
    }
}
