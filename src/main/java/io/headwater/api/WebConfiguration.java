package io.headwater.api;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * Web wiring: the access guard, ETags and caching headers on reads, security headers on every response, Tomcat's
 * own errors as problem+json, and the OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    private final ApiAccess access;

    WebConfiguration(ApiAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns("/api/**");
    }

    /** ETags on every API read, so clients revalidate cheaply ({@code If-None-Match} gives 304). */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/api/*");
        return bean;
    }

    /**
     * Reads may be cached briefly and must then be revalidated: the graph changes as articles arrive. Writes and
     * errors are never stored: a 404 for an article that is about to be ingested must not be served from a cache.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> cacheControl() {
        String value = CacheControl.maxAge(60, TimeUnit.SECONDS).mustRevalidate().cachePrivate().getHeaderValue();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader(CACHE_CONTROL, "GET".equals(request.getMethod()) ? value : NO_STORE);
                chain.doFilter(request, new NoStoreOnError(response));
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.addUrlPatterns("/api/*");
        return bean;
    }

    /**
     * What a browser may do with a response. Everything: no MIME sniffing, no framing, no referrer. Pages (Swagger UI,
     * a page of the app's own): scripts, styles and data from this server only, scripts never inline. Reports: they are
     * self-contained (inline CSS and SVG) and show text taken from articles, so they may load and run nothing at all.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setHeader("Referrer-Policy", "no-referrer");
                response.setHeader("Content-Security-Policy",
                        request.getRequestURI().startsWith("/api/reports/") ? REPORT_POLICY : PAGE_POLICY);
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.addUrlPatterns("/*");
        return bean;
    }

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    /** Tomcat's error pages (for requests it refuses before Spring sees them) as problem+json. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    OpenAPI headwaterOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Headwater API").version("0.1")
                        .description("Where news comes from: articles, their chains to primary sources, agencies, "
                                + "reports, sources, quotes and provenance reports. Reads are open; writes need the "
                                + "token (Authorization: Bearer ...)."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }

    /** Turns the read's caching header into {@code no-store} as soon as the response becomes an error. */
    private static final class NoStoreOnError extends HttpServletResponseWrapper {

        NoStoreOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400) {
                setHeader(CACHE_CONTROL, NO_STORE);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            setHeader(CACHE_CONTROL, NO_STORE);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setHeader(CACHE_CONTROL, NO_STORE);
            super.sendError(status, message);
        }
    }
}
