package io.headwater.api;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error pages as {@code application/problem+json}, like every other error of the API: the requests
 * Tomcat refuses before Spring sees them (an encoded slash {@code %2F} or a NUL {@code %00} in the path, a request
 * line or headers over the size limit) would otherwise get an HTML page. Installed as the host's error report valve
 * by {@link WebConfiguration}; Tomcat creates it by its class name, hence public with a public constructor.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own: nothing for a success, nor over a body already begun, nor twice.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        String body = "{\"type\":\"urn:headwater:problem:" + (status < 500 ? "bad-request" : "server-error") + "\",\"title\":\""
                + (status < 500 ? "Bad request" : "Server error") + "\",\"status\":" + status + ",\"detail\":\"" + detail(status) + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nobody to tell
        }
    }

    /** What to change, by status: these requests never reach the application, so the status is all there is to go on. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "the request could not be read: its address or headers are malformed (an encoded slash %2F or a NUL %00"
                    + " in the path, say) or larger than the server accepts. Check the address and send it again";
            case 404 -> "no such address: the API lives under /api (GET /v3/api-docs lists it)";
            case 405 -> "this address does not take that method (GET /v3/api-docs lists what each takes)";
            case 413 -> "the request body is larger than the server accepts";
            case 414, 431 -> "the request's address or headers are larger than the server accepts";
            default -> status < 500 ? "the server refused the request (HTTP " + status + ")"
                    : "the server failed on this request (HTTP " + status + "); its log says why";
        };
    }
}
