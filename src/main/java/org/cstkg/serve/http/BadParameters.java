package org.cstkg.serve.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * Request parameters Tomcat could not decode (a bad percent-escape, bytes that are not UTF-8, a form too large): the
 * client's fault, so a 4xx naming the parameter, never a 500 or a stack trace.
 */
public final class BadParameters {

    private static final Pattern NAME = Pattern.compile("Parameter \\[([A-Za-z0-9_.-]{1,40})\\]");

    private BadParameters() {}

    /** The status Tomcat suggests (413 for a form too large), else 400. */
    public static int status(InvalidParameterException e) {
        int code = e.getErrorCode();
        return code >= 400 && code < 500 ? code : 400;
    }

    /** The parameter's name when Tomcat's message gives one that is safe to repeat, else null. */
    public static String parameter(InvalidParameterException e) {
        Matcher m = NAME.matcher(String.valueOf(e.getMessage()));
        return m.find() ? m.group(1) : null;
    }

    public static String detail(InvalidParameterException e) {
        if (status(e) == 413)
            return "the request's form data is larger than this server accepts";
        String name = parameter(e);
        return (name == null ? "a parameter" : name)
                + ": not valid percent-encoded UTF-8 (check for a bad %-escape or bytes in another encoding)";
    }
}
