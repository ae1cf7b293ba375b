package io.headwater.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the API: requests that change the graph (POST, PUT, PATCH, DELETE) need the write token as
 * {@code Authorization: Bearer <token>}; reads are open unless {@code headwater.api.protect-reads} is
 * set. The token comes from {@code headwater.api.token} (env {@code HEADWATER_API_TOKEN}); without one a
 * random token is made at start and printed, so a local server is never writable by anyone who can reach it.
 */
@Component
public class ApiAccess implements HandlerInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(ApiAccess.class);

    private final String token;
    private final boolean generated;
    private final boolean protectReads;

    ApiAccess(@Value("${headwater.api.token:${HEADWATER_API_TOKEN:}}") String token,
              @Value("${headwater.api.protect-reads:false}") boolean protectReads) {
        this.generated = token == null || token.isBlank();
        this.token = generated ? newToken() : token.strip();
        this.protectReads = protectReads;
        if (generated) {
            LOG.info("no headwater.api.token configured: writes need the generated token {}", this.token);
        }
    }

    /** The token writes need. */
    public String token() {
        return token;
    }

    /** True when the token was generated at start rather than configured. */
    public boolean generated() {
        return generated;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        boolean write = !switch (request.getMethod()) {
            case "GET", "HEAD", "OPTIONS" -> true;
            default -> false;
        };
        if (!write && !protectReads) {
            return true;
        }
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"headwater\"");
            problem(response, 401, "unauthorized", "Token required",
                    (write ? "changing the graph" : "reading") + " needs Authorization: Bearer <token> (headwater.api.token)");
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            problem(response, 403, "forbidden", "Wrong token", "the token does not match headwater.api.token");
            return false;
        }
        return true;
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"urn:headwater:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
