package org.journeyaudit.engine.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.journeyaudit.engine.document.InvalidDocumentException.Kind;
import org.journeyaudit.engine.spreadsheet.JourneyDraft.DraftStage;

/**
 * Reads a coverage matrix: the stages across a header row, one row a channel (its name in column A), each
 * cell a {@link CoverageMark}. A stage over several merged columns takes its first column's mark; the others
 * must agree with it.
 */
final class MatrixLayout {

    private MatrixLayout() {
    }

    static void read(Grid grid, RowLabels labels, String source, String fileStem, JourneyDraft draft, List<Unmapped> unmapped) {
        if (MapLayout.isEmpty(grid)) {
            throw MapLayout.empty(grid, source);
        }
        int header = -1;
        for (int r = 0; r < grid.rows() && header < 0; r++) {
            if (!grid.ownTextColumns(r, 1).isEmpty()) {
                header = r;
            }
        }
        if (header < 0) {
            throw GridRefusal.refused(source, Kind.INVALID, MapLayout.sheetWhere(grid),
                    "no stage header: no row names the stages across its columns from B on");
        }
        StageHeader stages = new StageHeader(grid, header);
        String title = MapLayout.titleAbove(grid, header, unmapped, "matrix");
        draft.name(title, fileStem);
        String corner = grid.text(header, 0);
        if (corner != null && labels.of(corner).filter(l -> l == RowLabel.STAGES || l == RowLabel.CHANNELS).isEmpty()) {
            unmapped.add(new Unmapped(grid.location(header, 0), "the cell before the stages names nothing the journey holds"));
        }
        List<DraftStage> drafted = new ArrayList<>();
        for (StageHeader.HeaderStage stage : stages.stages) {
            drafted.add(draft.stage(stage.name(), stage.where()));
        }
        for (int r = header + 1; r < grid.rows(); r++) {
            String name = grid.text(r, 0);
            List<Integer> filled = grid.filledColumns(r, 1);
            if (name == null || grid.mergedCopy(r, 0)) {
                for (int c : filled) {
                    if (!grid.mergedCopy(r, c)) {
                        unmapped.add(new Unmapped(grid.location(r, c), "the row names no channel in column A"));
                    }
                }
                continue;
            }
            Optional<RowLabel> mapRow = labels.of(name).filter(l -> l != RowLabel.CHANNELS && l != RowLabel.STAGES);
            if (mapRow.isPresent()) {
                for (int c : filled) {
                    if (!grid.mergedCopy(r, c)) {
                        unmapped.add(new Unmapped(grid.location(r, c), "the row '" + name + "' is a journey map's row, not a channel"
                                + " of the coverage matrix; a map is read with --layout map"));
                    }
                }
                continue;
            }
            Optional<JourneyDraft.DraftChannel> channel = draft.channel(name, grid.location(r, 0), labels);
            for (int c : filled) {
                if (grid.mergedCopy(r, c) && grid.anchorColumn(r, c) != c && stages.stageOf(grid.anchorColumn(r, c)) == stages.stageOf(c)) {
                    continue;
                }
                String text = grid.text(r, c);
                int stage = stages.stageOf(c);
                if (stage < 0) {
                    unmapped.add(new Unmapped(grid.location(r, c), "column " + Grid.columnLetters(c) + " has no stage: its header cell "
                            + grid.location(header, c) + " is empty"));
                    continue;
                }
                Optional<String> status = CoverageMark.of(text);
                if (status.isEmpty()) {
                    unmapped.add(new Unmapped(grid.location(r, c), "'" + text + "' is not a coverage mark: write +, - or N/A"));
                    continue;
                }
                if (channel.isEmpty()) {
                    continue;
                }
                String before = drafted.get(stage).touchpoints.putIfAbsent(channel.get().id(), status.get());
                drafted.get(stage).touchpointWhere.putIfAbsent(channel.get().id(), grid.location(r, c));
                if (before != null && !before.equals(status.get())) {
                    unmapped.add(new Unmapped(grid.location(r, c), "the stage '" + drafted.get(stage).name + "' is already marked "
                            + CoverageMark.written(before) + " on '" + name + "' in an earlier column or row"));
                }
            }
        }
    }
}
