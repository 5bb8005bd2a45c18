package org.cstkg.serve.sparql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cstkg.serve.http.SecurityHeaders;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The query editor: a browser that opens {@code /sparql} without a query gets YASGUI (vendored by the build under
 * {@code static/yasgui/}, started by {@code static/query/editor.js}) pointed at {@code /sparql}, with the researcher
 * queries of {@code queries/*.rq} (packaged as {@code cstkg-queries/}) as examples from {@code /query/examples.json}.
 */
@RestController
class QueryEditor {

    static final String PAGE = "/query/index.html";
    private static final String QUESTION = "# Question:";

    /** One example: its file name without {@code .rq}, the question its header asks, and the query text. */
    record Example(String name, String question, String query) {}

    private final List<Example> examples = load();

    /** A GET from a browser with no query or update: the editor rather than a 400. */
    static boolean wanted(HttpServletRequest request) {
        if (!request.getMethod().equals("GET") || request.getParameter("query") != null
                || request.getParameter("update") != null)
            return false;
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.getQualityValue() > 0 && type.getType().equals("text")
                        && type.getSubtype().equals("html"));
    }

    static void show(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SecurityHeaders.allowInlineStyles(response);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    @GetMapping(path = "/query/examples.json", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Example> examples() {
        return examples;
    }

    static List<Example> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cstkg-queries/*.rq");
            List<Example> list = new ArrayList<>();
            for (Resource file : files) {
                String text;
                try (InputStream in = file.getInputStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String name = file.getFilename().replaceFirst("\\.rq$", "");
                list.add(new Example(name, question(text, name), text));
            }
            list.sort(Comparator.comparing(Example::name));
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries", e);
        }
    }

    private static String question(String text, String name) {
        return text.lines().filter(line -> line.startsWith(QUESTION)).findFirst()
                .map(line -> line.substring(QUESTION.length()).strip()).orElse(name);
    }
}
