package io.headwater.graph;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * The first handler of every Bolt connection of the embedded database: an HTTP request (the WebSocket handshake
 * Neo4j Browser makes, or its discovery request) that carries an {@code Origin} other than the allowed ones is
 * answered 403 and closed before Neo4j sees it. Web pages send their origin with every WebSocket handshake and
 * cannot forge it, so a page from another site the user happens to open cannot reach the database; clients that
 * are not web pages (drivers, cypher-shell) send none and pass. Once the connection has shown it is plain Bolt,
 * or its handshake has passed, the guard steps out of the pipeline.
 */
final class WebSocketOriginGuard extends ChannelInboundHandlerAdapter {

    /** The same cap Neo4j puts on a WebSocket handshake. */
    private static final int MAX_HEAD = 65536;

    private final Origins origins;
    private ByteBuf received;
    private boolean refused;

    WebSocketOriginGuard(Origins origins) {
        this.origins = origins;
    }

    /** The web origins allowed to open a WebSocket to Bolt: Headwater's own Neo4j Browser, once it is served. */
    static final class Origins {

        private final Set<String> allowed = ConcurrentHashMap.newKeySet();

        void allow(String origin) {
            allowed.add(normal(origin));
        }

        boolean allows(String origin) {
            return allowed.contains(normal(origin));
        }

        private static String normal(String origin) {
            String o = origin.strip().toLowerCase(Locale.ROOT);
            return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (refused) {
            bytes.release();
            return;
        }
        received = received == null ? bytes : Unpooled.wrappedBuffer(received, bytes);
        if (received.readableBytes() < 4) {
            return;
        }
        if (!startsWithGet(received)) {
            passOn(ctx);
            return;
        }
        int end = headEnd(received);
        if (end < 0) {
            if (received.readableBytes() > MAX_HEAD) {
                refuse(ctx, "431 Request Header Fields Too Large", "the request head is too large");
            }
            return;
        }
        String origin = header(received.toString(received.readerIndex(), end, StandardCharsets.ISO_8859_1), "origin");
        if (origin == null || origins.allows(origin)) {
            passOn(ctx);
        } else {
            refuse(ctx, "403 Forbidden", "this database only accepts web connections from Headwater's own Neo4j Browser, not from "
                    + origin.replaceAll("[^\\x20-\\x7e]", "?"));
        }
    }

    private static boolean startsWithGet(ByteBuf b) {
        int i = b.readerIndex();
        return b.getByte(i) == 'G' && b.getByte(i + 1) == 'E' && b.getByte(i + 2) == 'T' && b.getByte(i + 3) == ' ';
    }

    /** Length of the request head (up to the blank line), or -1 while it is incomplete. */
    private static int headEnd(ByteBuf b) {
        int start = b.readerIndex();
        for (int i = start; i + 3 < b.writerIndex(); i++) {
            if (b.getByte(i) == '\r' && b.getByte(i + 1) == '\n' && b.getByte(i + 2) == '\r' && b.getByte(i + 3) == '\n') {
                return i - start;
            }
        }
        return -1;
    }

    /** The value of a header (name in lower case) in an HTTP request head. */
    static @Nullable String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private void passOn(ChannelHandlerContext ctx) {
        ByteBuf bytes = received;
        received = null;
        ctx.pipeline().remove(this);
        ctx.fireChannelRead(bytes);
    }

    private void refuse(ChannelHandlerContext ctx, String status, String why) {
        received.release();
        received = null;
        refused = true;
        byte[] body = (why + "\n").getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n";
        ByteBuf response = Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.ISO_8859_1), body);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (received != null) {
            received.release();
            received = null;
        }
    }
}
