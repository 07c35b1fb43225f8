package org.journeyaudit.engine.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A registry kept as a directory: registry.yaml, journeys/KEY/vN.yaml|json and journeys/KEY/versions.yaml.
 * Every file is written to a temporary file and moved into place, so a reader never sees half a version.
 */
public final class LocalRegistry {
    public static final String FORMAT = "journey-audit-registry/1";
    private static final ObjectMapper YAML = YAMLMapper.builder().build();

    private final Path root;
    private final Clock clock;

    private LocalRegistry(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Opens a registry directory, creating it when it does not exist yet. */
    public static LocalRegistry open(Path root, Clock clock) {
        Path marker = root.resolve("registry.yaml");
        try {
            if (!Files.exists(marker)) {
                Files.createDirectories(root.resolve("journeys"));
                writeAtomically(marker, ("format: " + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                Map<String, Object> head = YAML.readValue(marker.toFile(), new TypeReference<Map<String, Object>>() { });
                Object format = head == null ? null : head.get("format");
                if (!FORMAT.equals(format)) {
                    throw new RegistryRefusal(marker + ": format is " + format + ", expected " + FORMAT);
                }
            }
        } catch (IOException | tools.jackson.core.JacksonException e) {
            throw new RegistryRefusal(marker + ": cannot be read or written as a registry directory");
        }
        return new LocalRegistry(root, clock);
    }

    public static void checkKey(String key) {
        if (!JourneyKey.valid(key)) {
            throw new RegistryRefusal("'" + key + "' is not a journey key: expected " + JourneyKey.FORM_WORDS);
        }
    }

    public List<RegistryVersion> versions(String key) {
        checkKey(key);
        Path list = root.resolve("journeys").resolve(key).resolve("versions.yaml");
        if (!Files.exists(list)) {
            return List.of();
        }
        try {
            List<RegistryVersion> versions = YAML.readValue(list.toFile(), new TypeReference<List<RegistryVersion>>() { });
            for (int i = 0; i < versions.size(); i++) {
                if (versions.get(i).version() != i + 1) {
                    throw new RegistryRefusal(list + ": entry " + (i + 1) + " has version " + versions.get(i).version()
                            + ", expected " + (i + 1));
                }
            }
            return versions;
        } catch (tools.jackson.core.JacksonException e) {
            throw new RegistryRefusal(list + ": is not a list of version records");
        }
    }

    public byte[] document(String key, int version) {
        List<RegistryVersion> versions = versions(key);
        if (version < 1 || version > versions.size()) {
            throw new RegistryRefusal("journey '" + key + "' has no version " + version);
        }
        Path file = root.resolve("journeys").resolve(key).resolve(versions.get(version - 1).file());
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RegistryRefusal(file + ": version " + version + " of '" + key + "' is missing");
        }
    }

    /**
     * Stores a document as the next version. baseVersion is the version the writer started from (0 for a new
     * journey, null for no check): a stale base is refused, the local counterpart of If-Match.
     * Unchanged content creates no version and answers the latest one.
     */
    public RegistryVersion push(String key, byte[] document, String extension, String author, String comment,
            Integer baseVersion) {
        checkKey(key);
        List<RegistryVersion> versions = new ArrayList<>(versions(key));
        int latest = versions.size();
        if (baseVersion != null && baseVersion != latest) {
            throw new RegistryRefusal("journey '" + key + "' is at version " + latest + ", your copy is based on version "
                    + baseVersion + ": pull it, merge your changes, push again");
        }
        String sha = sha256(document);
        if (latest > 0 && versions.get(latest - 1).sha256().equals(sha)) {
            return versions.get(latest - 1);
        }
        int next = latest + 1;
        String file = "v" + next + "." + extension;
        RegistryVersion record = new RegistryVersion(key, next, author, comment,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), sha, file);
        Path dir = root.resolve("journeys").resolve(key);
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(file), document);
            versions.add(record);
            writeAtomically(dir.resolve("versions.yaml"), YAML.writeValueAsBytes(versions));
        } catch (IOException e) {
            throw new RegistryRefusal(dir + ": cannot write version " + next + " of '" + key + "'");
        }
        return record;
    }

    /**
     * Appends a version as another registry kept it (a backup): its number, author, comment and time. It must be the
     * journey's next version, so a registry copied in order is the same registry, and no version is ever written over.
     */
    public RegistryVersion restore(RegistryVersion record, byte[] document, String extension) {
        checkKey(record.key());
        List<RegistryVersion> versions = new ArrayList<>(versions(record.key()));
        if (record.version() != versions.size() + 1) {
            throw new RegistryRefusal("version " + record.version() + " of '" + record.key() + "' cannot be restored: the directory "
                    + "holds " + versions.size() + " versions of it, so it takes version " + (versions.size() + 1) + " next");
        }
        String file = "v" + record.version() + "." + extension;
        RegistryVersion kept = new RegistryVersion(record.key(), record.version(), record.author(), record.comment(), record.createdAt(),
                sha256(document), file);
        Path dir = root.resolve("journeys").resolve(record.key());
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(file), document);
            versions.add(kept);
            writeAtomically(dir.resolve("versions.yaml"), YAML.writeValueAsBytes(versions));
        } catch (IOException e) {
            throw new RegistryRefusal(dir + ": cannot write version " + record.version() + " of '" + record.key() + "'");
        }
        return kept;
    }

    /** The keys of the journeys the directory holds, in order. */
    public List<String> keys() {
        Path journeys = root.resolve("journeys");
        if (!Files.isDirectory(journeys)) {
            return List.of();
        }
        try (var listed = Files.list(journeys)) {
            return listed.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(JourneyKey::valid).sorted()
                    .toList();
        } catch (IOException e) {
            throw new RegistryRefusal(journeys + ": cannot be listed");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
        Files.write(temp, bytes);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
