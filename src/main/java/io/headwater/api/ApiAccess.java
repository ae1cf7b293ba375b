package io.headwater.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import io.headwater.Headwater;
import io.headwater.graph.SecretFile;

/**
 * Guards the API: requests that change the graph (POST, PUT, PATCH, DELETE) need the write token as
 * {@code Authorization: Bearer <token>}; reads are open unless {@code headwater.api.protect-reads} is
 * set. The token comes from {@code headwater.api.token} (env {@code HEADWATER_API_TOKEN}); without one it is the
 * one in {@code <db>/api-token}, generated on first start (readable by its owner only) and the same at every
 * later start, so a local server is never writable by anyone who can reach it, and scripts keep working across
 * restarts. The token itself is never logged: the banner says which file holds it.
 */
@Component
public class ApiAccess implements HandlerInterceptor {

    /** The file of the data directory that holds the write token when none is configured. */
    public static final String TOKEN_FILE = "api-token";
    private static final int MIN_TOKEN = 16;

    private final String token;
    private final Path tokenFile;
    private final boolean protectReads;

    ApiAccess(Headwater headwater, @Value("${headwater.api.token:${HEADWATER_API_TOKEN:}}") String token,
              @Value("${headwater.api.protect-reads:false}") boolean protectReads) {
        if (token == null || token.isBlank()) {
            Path dataDir = headwater.graph().dataDir() == null ? Path.of("data") : headwater.graph().dataDir();
            SecretFile file = SecretFile.readOrCreate(dataDir.resolve(TOKEN_FILE), MIN_TOKEN);
            this.token = file.value();
            this.tokenFile = file.file();
        } else {
            this.token = token.strip();
            this.tokenFile = null;
        }
        this.protectReads = protectReads;
    }

    /** The token writes need. */
    public String token() {
        return token;
    }

    /** The file that holds the token; absent when it was configured ({@code headwater.api.token}). */
    public @Nullable Path tokenFile() {
        return tokenFile;
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

}
