package org.journeyaudit.service.registry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Change requests kept as they were sent, each under its number. */
@Component
class ChangeRequests {

    /** A kept change request. */
    record Kept(long changeId, String author, Instant createdAt, String contentType, String document) {
    }

    private final JdbcClient jdbc;

    ChangeRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Kept keep(String author, String contentType, String document) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO change_request (author, created_at, content_type, document) VALUES (?, ?, ?, ?)")
                .params(author, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), contentType, document).update(key, "change_id");
        return new Kept(key.getKey().longValue(), author, at, contentType, document);
    }

    Optional<Kept> find(long changeId) {
        return jdbc.sql("SELECT change_id, author, created_at, content_type, document FROM change_request WHERE change_id = ?")
                .param(changeId).query((rs, row) -> new Kept(rs.getLong("change_id"), rs.getString("author"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("content_type"), rs.getString("document")))
                .optional();
    }
}
