package org.journeyaudit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * What the registry last said of each local file: its key, version and ETag, kept in {@code .journey-audit/registry.properties}
 * beside the file, so that the next push names the version the local change was made from (If-Match) and a change made
 * from an old version is refused rather than written over someone's newer one.
 */
final class RegistrySidecar {

    static final String DIRECTORY = ".journey-audit";
    static final String FILE = "registry.properties";

    /** What the registry said of one file. */
    record Entry(String registry, String key, int version, String etag) {
    }

    private RegistrySidecar() {
    }

    static Path of(Path document) {
        Path folder = document.toAbsolutePath().getParent();
        return folder.resolve(DIRECTORY).resolve(FILE);
    }

    static Entry read(Path document, String registry) {
        Properties kept = load(of(document));
        String prefix = document.getFileName() + "@" + registry + ".";
        String key = kept.getProperty(prefix + "key");
        if (key == null) {
            return null;
        }
        return new Entry(registry, key, Integer.parseInt(kept.getProperty(prefix + "version", "0")), kept.getProperty(prefix + "etag"));
    }

    static void write(Path document, Entry entry) {
        Path file = of(document);
        Properties kept = load(file);
        String prefix = document.getFileName() + "@" + entry.registry() + ".";
        kept.setProperty(prefix + "key", entry.key());
        kept.setProperty(prefix + "version", String.valueOf(entry.version()));
        kept.setProperty(prefix + "etag", entry.etag());
        java.util.Map<String, String> sorted = new java.util.TreeMap<>();
        kept.stringPropertyNames().forEach(name -> sorted.put(name, kept.getProperty(name)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
            StringBuilder text = new StringBuilder("# What the journey registry last said of the files in this folder; journey-audit push"
                    + " and pull keep it.\n");
            sorted.forEach((name, value) -> text.append(escape(name)).append('=').append(escape(value)).append('\n'));
            Files.writeString(temporary, text);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException unwritable) {
            throw new RegistryRefusal("the registry stored the version, but " + file + " cannot be written (" + unwritable.getMessage()
                    + "): the next push of " + document.getFileName() + " needs --if-match " + entry.etag());
        }
    }

    private static Properties load(Path file) {
        Properties kept = new Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                kept.load(in);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return kept;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case ':', '=', ' ', '#', '!', '\\' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

}
