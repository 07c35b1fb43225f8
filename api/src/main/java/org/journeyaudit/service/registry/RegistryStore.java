package org.journeyaudit.service.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.journeyaudit.service.problem.ProblemType;
import org.journeyaudit.service.problem.RefusedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's journeys and their versions in the database. A version is written with the journey's pointer to its
 * latest version in one transaction, after locking that pointer: two writers from the same version cannot both
 * succeed, and a crash leaves either the whole version or none of it.
 */
@Component
class RegistryStore {

    private static final String VERSION_COLUMNS = "v.journey_key, v.version, v.author, v.comment, v.created_at, v.sha256, v.name, "
            + "v.owner, v.product, v.segment";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    RegistryStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Stores the document as the journey's next version, unless its bytes are the latest version's. {@code ifMatch} is
     * the ETag the change was made from (null: none sent); {@code mustBeNew} is {@code If-None-Match: *}.
     */
    Stored put(String key, String ifMatch, boolean mustBeNew, NewVersion sent) {
        try {
            return transactions.execute(status -> {
                Optional<Integer> latest = jdbc.sql("SELECT latest_version FROM journey WHERE journey_key = ? FOR UPDATE").param(key)
                        .query(Integer.class).optional();
                if (latest.isEmpty()) {
                    if (ifMatch != null) {
                        throw new RefusedException(ProblemType.STALE_VERSION, "If-Match names " + ifMatch + ", but the registry holds "
                                + "no journey '" + key + "'");
                    }
                    jdbc.sql("INSERT INTO journey (journey_key, latest_version, updated_at) VALUES (?, 1, ?)").params(key, now()).update();
                    return new Stored(insert(key, 1, sent), true);
                }
                JourneyVersion current = version(key, latest.get()).orElseThrow().version();
                if (mustBeNew) {
                    throw new RefusedException(ProblemType.STALE_VERSION, "If-None-Match: * asks for a new journey, but the registry "
                            + "already holds '" + key + "' at version " + current.version());
                }
                if (ifMatch == null) {
                    throw new RefusedException(ProblemType.PRECONDITION_REQUIRED, "the registry already holds '" + key + "' (version "
                            + current.version() + "): send If-Match with the ETag of the version your change was made from, "
                            + current.etag() + " if it was the latest");
                }
                if (!ifMatch.equals(current.etag()) && !ifMatch.equals("W/" + current.etag())) {
                    throw new RefusedException(ProblemType.STALE_VERSION, "If-Match names " + ifMatch + ", but the latest version of '"
                            + key + "' is " + current.etag() + " (" + current.version() + ", by " + current.author() + " at "
                            + current.createdAt() + "): get it, bring your change onto it and send it again");
                }
                if (current.sha256().equals(sent.sha256())) {
                    return new Stored(current, false);
                }
                int next = current.version() + 1;
                JourneyVersion stored = insert(key, next, sent);
                jdbc.sql("UPDATE journey SET latest_version = ?, updated_at = ? WHERE journey_key = ?").params(next, now(), key).update();
                return new Stored(stored, true);
            });
        } catch (DuplicateKeyException raced) {
            throw new RefusedException(ProblemType.STALE_VERSION, "'" + key + "' was stored by another request at the same moment; "
                    + "get its latest version and send your change again with its ETag");
        }
    }

    /**
     * Restores one version from a backup as it was: its number, author, comment and time. It must be the journey's next
     * version, so a backup replayed in order rebuilds the journey, and a version already there is never written over.
     */
    JourneyVersion restore(String key, int version, Instant createdAt, NewVersion sent) {
        try {
            return transactions.execute(status -> {
                Optional<Integer> latest = jdbc.sql("SELECT latest_version FROM journey WHERE journey_key = ? FOR UPDATE").param(key)
                        .query(Integer.class).optional();
                int expected = latest.orElse(0) + 1;
                if (version != expected) {
                    throw new RefusedException(ProblemType.VERSION_CONFLICT, "version " + version + " of '" + key + "' cannot be restored: "
                            + (latest.isEmpty() ? "the registry holds no such journey, so it takes version 1 first"
                                    : "the registry holds versions 1 to " + latest.get() + ", so it takes version " + expected + " next"));
                }
                OffsetDateTime at = OffsetDateTime.ofInstant(createdAt.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
                if (latest.isEmpty()) {
                    jdbc.sql("INSERT INTO journey (journey_key, latest_version, updated_at) VALUES (?, 1, ?)").params(key, at).update();
                } else {
                    jdbc.sql("UPDATE journey SET latest_version = ?, updated_at = ? WHERE journey_key = ?").params(version, at, key).update();
                }
                return insert(key, version, sent, at);
            });
        } catch (DuplicateKeyException raced) {
            throw new RefusedException(ProblemType.VERSION_CONFLICT, "version " + version + " of '" + key + "' was stored by another "
                    + "request at the same moment");
        }
    }

    private JourneyVersion insert(String key, int version, NewVersion sent) {
        return insert(key, version, sent, now());
    }

    private JourneyVersion insert(String key, int version, NewVersion sent, OffsetDateTime at) {
        jdbc.sql("INSERT INTO journey_version (journey_key, version, author, comment, created_at, sha256, content_type, document, "
                + "name, owner, product, segment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, version, sent.author(), sent.comment(), at, sent.sha256(), sent.contentType(), sent.document(),
                        sent.journey().name(), sent.journey().owner(), sent.journey().product(), sent.journey().segment())
                .update();
        return new JourneyVersion(key, version, sent.author(), sent.comment(), at.toInstant(), sent.sha256(), sent.journey().name(),
                sent.journey().owner(), sent.journey().product(), sent.journey().segment());
    }

    /** A version with its document; the latest when {@code version} is null. */
    Optional<StoredDocument> version(String key, Integer version) {
        String which = version == null ? "(SELECT latest_version FROM journey WHERE journey_key = :key)" : ":version";
        JdbcClient.StatementSpec sql = jdbc.sql("SELECT " + VERSION_COLUMNS + ", v.content_type, v.document FROM journey_version v "
                + "WHERE v.journey_key = :key AND v.version = " + which).param("key", key);
        if (version != null) {
            sql = sql.param("version", version);
        }
        return sql.query((rs, row) -> new StoredDocument(versionOf(rs), rs.getString("content_type"), rs.getString("document"))).optional();
    }

    /**
     * Each journey's latest version stored before {@code cutoff}, by key: the portfolio as it stood then. Journeys stored
     * only later are not in it.
     */
    List<StoredDocument> portfolioBefore(Instant cutoff) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + ", v.content_type, v.document FROM journey_version v WHERE v.version = "
                + "(SELECT MAX(w.version) FROM journey_version w WHERE w.journey_key = v.journey_key AND w.created_at < ?) "
                + "ORDER BY v.journey_key").param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .query((rs, row) -> new StoredDocument(versionOf(rs), rs.getString("content_type"), rs.getString("document"))).list();
    }

    /** The journey's versions, newest first. */
    Page<JourneyVersion> versions(String key, int page, int size) {
        long total = jdbc.sql("SELECT COUNT(*) FROM journey_version WHERE journey_key = ?").param(key).query(Long.class).single();
        List<JourneyVersion> items = jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM journey_version v WHERE v.journey_key = ? "
                + "ORDER BY v.version DESC LIMIT ? OFFSET ?").params(key, size, (long) page * size)
                .query((rs, row) -> versionOf(rs)).list();
        return new Page<>(items, page, size, total);
    }

    /** The journeys' latest versions, by key, matching every filter given (null: any). */
    Page<JourneyVersion> journeys(JourneyFilter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM journey j JOIN journey_version v ON v.journey_key = j.journey_key "
                + "AND v.version = j.latest_version WHERE 1 = 1");
        equalsIgnoringCase(where, params, "v.owner", filter.owner());
        equalsIgnoringCase(where, params, "v.product", filter.product());
        equalsIgnoringCase(where, params, "v.segment", filter.segment());
        if (filter.text() != null) {
            where.append(" AND (LOWER(j.journey_key) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(v.name, '')) LIKE ? ESCAPE '\\')");
            String like = "%" + likeEscaped(filter.text().toLowerCase(Locale.ROOT)) + "%";
            params.add(like);
            params.add(like);
        }
        long total = jdbc.sql("SELECT COUNT(*)" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<JourneyVersion> items = jdbc.sql("SELECT " + VERSION_COLUMNS + where + " ORDER BY j.journey_key LIMIT ? OFFSET ?")
                .params(pageParams).query((rs, row) -> versionOf(rs)).list();
        return new Page<>(items, page, size, total);
    }

    private static void equalsIgnoringCase(StringBuilder where, List<Object> params, String column, String value) {
        if (value != null) {
            where.append(" AND LOWER(").append(column).append(") = ?");
            params.add(value.toLowerCase(Locale.ROOT));
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static JourneyVersion versionOf(ResultSet rs) throws SQLException {
        return new JourneyVersion(rs.getString("journey_key"), rs.getInt("version"), rs.getString("author"), rs.getString("comment"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("sha256"), rs.getString("name"),
                rs.getString("owner"), rs.getString("product"), rs.getString("segment"));
    }

    /** Now, to the millisecond: what every database here keeps of a time, so a version reads back as it was answered. */
    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
