package org.journeyaudit.engine.rulebase;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.journeyaudit.engine.finding.Severity;
import org.journeyaudit.engine.language.Language;

/**
 * The rule pages' front matter and documentation as the build read them, in a compact binary form beside
 * the generated rule model. The pages stay the one source: the build reads them with
 * {@link RuleDocumentation} and writes what it read here ({@link #main}); a command then reads this instead
 * of parsing every page's YAML front matter at start, which took longer than building the knowledge base.
 * A page missing from the index is read from the page itself.
 */
public final class RulePageIndex {

    /** Where the build writes the index of the built-in pack, beside the model index the kie-maven-plugin writes. */
    static final String BUILT_IN = "META-INF/journey-audit/rule-pages.bin";

    /** Changed whenever the layout below changes; an index of another layout is not read. */
    private static final int LAYOUT = 0x4A415031; // "JAP1"

    private RulePageIndex() {
    }

    /**
     * Writes the index of the built-in pack, read from its pages, to the file named first. Run by the build of
     * the rules (process-classes), on the class path holding the generated rule model and the pages.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("give the file to write the rule pages' index to");
        }
        ClassLoader loader = RulePageIndex.class.getClassLoader();
        Map<String, RuleDescription> pages = RuleBase.pagesOf(RuleBase.models(loader, RuleBase.BUILT_IN_MODEL_INDEX), loader);
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(pages, out);
        }
    }

    /** Writes every page, by its resource, in the order given. */
    static void write(Map<String, RuleDescription> pages, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(LAYOUT);
        out.writeInt(pages.size());
        for (Map.Entry<String, RuleDescription> page : pages.entrySet()) {
            RuleDescription rule = page.getValue();
            text(out, page.getKey());
            text(out, rule.id());
            text(out, rule.title());
            text(out, rule.severity().name());
            out.writeBoolean(rule.recommended());
            text(out, rule.documentation());
            out.writeInt(rule.parameters().size());
            for (RuleParameter parameter : rule.parameters().values()) {
                text(out, parameter.name());
                out.writeDouble(parameter.defaultValue());
                out.writeBoolean(parameter.description() != null);
                if (parameter.description() != null) {
                    text(out, parameter.description());
                }
            }
            out.writeInt(rule.titles().size());
            for (Map.Entry<Language, String> title : rule.titles().entrySet()) {
                text(out, title.getKey().tag());
                text(out, title.getValue());
            }
            out.writeInt(rule.messages().size());
            for (Map.Entry<Language, MessageTemplate> message : rule.messages().entrySet()) {
                text(out, message.getKey().tag());
                text(out, message.getValue().text());
            }
        }
        out.flush();
    }

    /** The pages of the index at {@code resource}, by their resource; none when there is no index there. */
    static Map<String, RuleDescription> read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Map.of() : read(in, resource);
        } catch (IOException e) {
            throw new RuleBaseException("cannot read " + resource, e);
        }
    }

    static Map<String, RuleDescription> read(InputStream source, String resource) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != LAYOUT) {
            return Map.of(); // written by another version: the pages are read instead
        }
        int count = in.readInt();
        Map<String, RuleDescription> pages = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String page = text(in);
            String id = text(in);
            String title = text(in);
            Severity severity = Severity.valueOf(text(in));
            boolean recommended = in.readBoolean();
            String documentation = text(in);
            Map<String, RuleParameter> parameters = new LinkedHashMap<>();
            for (int p = in.readInt(); p > 0; p--) {
                String name = text(in);
                double value = in.readDouble();
                parameters.put(name, new RuleParameter(name, value, in.readBoolean() ? text(in) : null));
            }
            Map<Language, String> titles = new EnumMap<>(Language.class);
            for (int t = in.readInt(); t > 0; t--) {
                titles.put(language(text(in), resource), text(in));
            }
            Map<Language, MessageTemplate> messages = new EnumMap<>(Language.class);
            for (int m = in.readInt(); m > 0; m--) {
                messages.put(language(text(in), resource), MessageTemplate.parse(text(in)));
            }
            pages.put(page, new RuleDescription(id, title, severity, parameters, documentation, recommended, titles, messages));
        }
        return pages;
    }

    private static Language language(String tag, String resource) {
        return Language.of(tag).orElseThrow(() -> new RuleBaseException(resource + " names language '" + tag + "'"));
    }

    /** A text of any length (DataOutput's own UTF form stops at 64 KiB). */
    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
