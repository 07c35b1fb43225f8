package org.journeyaudit.engine.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.document.Problem;
import org.journeyaudit.engine.journey.ChannelKind;
import org.journeyaudit.engine.journey.ChannelMode;
import org.journeyaudit.engine.journey.DocumentEnum;

/**
 * The sheet of a workbook that says what each channel is (the sheet {@code export} writes as {@code Channels}
 * or {@code Каналы}): a header row, then a channel's name, its mode ({@code assisted}, {@code self-service})
 * and optionally its kind ({@code service}, {@code awareness}, {@code partner}) on each row. It takes the place
 * of the words of a channel's name; a label file's {@code channels} still come first.
 */
final class ChannelSheet {

    /** The names the sheet goes by, folded. */
    static final List<String> NAMES = List.of("channels", "каналы");

    private ChannelSheet() {
    }

    static Map<String, ChannelWords.Nature> read(Grid grid, String source) {
        Map<String, ChannelWords.Nature> natures = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = 1; r < grid.rows(); r++) {
            String name = grid.text(r, 0);
            if (name == null) {
                continue;
            }
            String modeText = grid.text(r, 1);
            Optional<ChannelMode> mode = modeText == null ? Optional.empty() : DocumentEnum.fromWord(ChannelMode.class, modeText.toLowerCase(java.util.Locale.ROOT));
            if (mode.isEmpty()) {
                problems.add(GridRefusal.problem(grid.location(r, 1), (modeText == null ? "no mode" : "'" + modeText + "' is not a channel mode")
                        + " for the channel '" + name + "'" + NearestName.hint(String.valueOf(modeText), DocumentEnum.words(ChannelMode.class))));
                continue;
            }
            String kindText = grid.text(r, 2);
            Optional<ChannelKind> kind = kindText == null ? Optional.of(ChannelKind.SERVICE)
                    : DocumentEnum.fromWord(ChannelKind.class, kindText.toLowerCase(java.util.Locale.ROOT));
            if (kind.isEmpty()) {
                problems.add(GridRefusal.problem(grid.location(r, 2), "'" + kindText + "' is not a channel kind"
                        + NearestName.hint(kindText, DocumentEnum.words(ChannelKind.class))));
                continue;
            }
            natures.put(RowLabel.fold(name), new ChannelWords.Nature(mode.get(), kind.get()));
        }
        if (!problems.isEmpty()) {
            throw GridRefusal.refused(source, InvalidDocumentException.Kind.INVALID, problems);
        }
        return natures;
    }
}
