package org.journeyaudit.engine.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.journeyaudit.engine.document.InvalidDocumentException;
import org.journeyaudit.engine.document.InvalidDocumentException.Kind;
import org.journeyaudit.engine.document.NearestName;
import org.journeyaudit.engine.spreadsheet.JourneyDraft.DraftStage;

/**
 * Reads a journey map grid: row labels in column A, the stages across a header row, each cell filling its
 * stage's field by its row's label. Every filled cell is either understood or listed as {@link Unmapped}.
 */
final class MapLayout {

    /** A filled cell of the map's body, with its row's label and its stage. */
    private record Cell(RowLabel label, int column, int stage, String text, String where) {
        List<String> lines() {
            return StageHeader.lines(text);
        }
    }

    private final Grid grid;
    private final RowLabels labels;
    private final JourneyDraft draft;
    private final List<Unmapped> unmapped;

    private MapLayout(Grid grid, RowLabels labels, JourneyDraft draft, List<Unmapped> unmapped) {
        this.grid = grid;
        this.labels = labels;
        this.draft = draft;
        this.unmapped = unmapped;
    }

    static void read(Grid grid, RowLabels labels, String source, String fileStem, JourneyDraft draft, List<Unmapped> unmapped) {
        new MapLayout(grid, labels, draft, unmapped).read(source, fileStem);
    }

    /** Where a problem of the whole sheet is: the sheet of a workbook, nothing more for a CSV file. */
    static String sheetWhere(Grid grid) {
        return grid.keepsMerges() ? grid.name() : "";
    }

    static InvalidDocumentException empty(Grid grid, String source) {
        return GridRefusal.refused(source, Kind.INVALID, sheetWhere(grid),
                grid.keepsMerges() ? "the sheet is empty" : "the file holds no cell with text");
    }

    static boolean isEmpty(Grid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            if (!grid.filledColumns(r, 0).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void read(String source, String fileStem) {
        if (isEmpty(grid)) {
            throw empty(grid, source);
        }
        int stageRow = -1;
        int firstLabelled = -1;
        for (int r = 0; r < grid.rows(); r++) {
            String label = grid.text(r, 0);
            Optional<RowLabel> known = label == null ? Optional.empty() : labels.of(label);
            if (known.isPresent() && known.get() == RowLabel.STAGES && stageRow < 0) {
                stageRow = r;
            } else if (known.isPresent() && firstLabelled < 0) {
                firstLabelled = r;
            }
        }
        if (stageRow < 0 && firstLabelled < 0) {
            throw GridRefusal.refused(source, Kind.INVALID, sheetWhere(grid), "no row is labelled in column A as a journey map's row"
                    + " (Stage, Goal, Customer actions, Touchpoints, Pains, Barriers, Solutions, Emotion, IT system ... or Этап, Цель,"
                    + " Действия клиента, Точки контакта, Боли, Барьеры, Решения, Эмоции, ИТ-система ...); a coverage matrix of +, -"
                    + " and N/A is read with --layout matrix");
        }
        int header = stageRow >= 0 ? stageRow : StageHeader.headerRow(grid, firstLabelled);
        if (header < 0) {
            throw GridRefusal.refused(source, Kind.INVALID, grid.location(firstLabelled, 0), "no stage header: no row above '"
                    + grid.text(firstLabelled, 0) + "' names the stages across its columns; write the stages' names in a row above"
                    + " it, or in a row labelled 'Этап' or 'Stage'");
        }
        StageHeader stages = new StageHeader(grid, header);
        if (stages.stages.isEmpty()) {
            throw GridRefusal.refused(source, Kind.INVALID, grid.location(header, 0),
                    "the stage row names no stage: write each stage's name in a column from B on");
        }
        draft.name(title(header), fileStem);
        corner(header);
        List<DraftStage> drafted = new ArrayList<>();
        for (StageHeader.HeaderStage stage : stages.stages) {
            drafted.add(draft.stage(stage.name(), stage.where()));
        }
        List<Cell> cells = body(stages, header);
        String[] columnChannel = channels(cells, drafted);
        Map<Integer, List<Cell>> barriers = new HashMap<>();
        Map<Integer, List<Cell>> solutions = new HashMap<>();
        Map<Integer, List<Cell>> steps = new HashMap<>();
        Map<Integer, List<Cell>> systems = new HashMap<>();
        Map<Integer, List<Cell>> owners = new HashMap<>();
        for (Cell cell : cells) {
            DraftStage stage = drafted.get(cell.stage());
            switch (cell.label()) {
                case GOAL -> stage.goals.add(cell.text());
                case CUSTOMER_STEPS -> cell.lines().stream().filter(l -> !l.isEmpty())
                        .forEach(l -> stage.customerSteps.add(new JourneyDraft.DraftAction(draft.actionId(l), l, columnChannel[cell.column()])));
                case PAINS -> cell.lines().stream().filter(l -> !l.isEmpty()).forEach(stage.pains::add);
                case EMOTION -> emotion(cell, stage);
                case BARRIERS -> barriers.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(cell);
                case SOLUTIONS -> solutions.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(cell);
                case STEPS -> steps.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(cell);
                case SYSTEMS -> systems.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(cell);
                case OWNER -> owners.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(cell);
                case LOSSES -> unmapped.add(new Unmapped(cell.where(), "current losses have no field in the journey document"
                        + " (the audit prices losses from volumes and handling times)"));
                case CHANNELS, STAGES -> {
                    // channels are read first, before the actions that name them; a second stage row never reaches here
                }
            }
        }
        barriers(barriers, solutions, drafted);
        steps(steps, systems, owners, drafted);
    }

    /** The map's title: the first text above the stage header; any other text there is listed. */
    private String title(int header) {
        return titleAbove(grid, header, unmapped, "map");
    }

    /**
     * A grid's title (a map's or a matrix's): the first text above its stage header; any other text there is listed
     * as not part of the {@code grid}.
     */
    static String titleAbove(Grid grid, int header, List<Unmapped> unmapped, String what) {
        String title = null;
        for (int r = 0; r < header; r++) {
            for (int c : grid.filledColumns(r, 0)) {
                if (grid.mergedCopy(r, c)) {
                    continue;
                }
                if (title == null) {
                    title = grid.text(r, c);
                } else {
                    unmapped.add(new Unmapped(grid.location(r, c), "text above the stage header other than the " + what
                            + "'s title ('" + title + "') is not part of the " + what));
                }
            }
        }
        return title;
    }

    private void corner(int header) {
        String corner = grid.text(header, 0);
        if (corner != null && labels.of(corner).filter(l -> l == RowLabel.STAGES).isEmpty()) {
            unmapped.add(new Unmapped(grid.location(header, 0), "the cell before the stages names nothing the journey holds"));
        }
    }

    /** The filled cells below the header, each with its row's label and stage; what has neither is listed. */
    private List<Cell> body(StageHeader stages, int header) {
        List<Cell> cells = new ArrayList<>();
        for (int r = header + 1; r < grid.rows(); r++) {
            String label = grid.text(r, 0);
            List<Integer> filled = grid.filledColumns(r, 1);
            if (label == null) {
                for (int c : filled) {
                    if (!grid.mergedCopy(r, c)) {
                        unmapped.add(new Unmapped(grid.location(r, c), "the row has no label in column A, so nothing says what the cell holds"));
                    }
                }
                continue;
            }
            Optional<RowLabel> known = labels.of(label);
            String labelWhere = grid.location(grid.anchorRow(r, 0), 0);
            if (known.isEmpty()) {
                if (!grid.mergedCopy(r, 0)) {
                    unmapped.add(new Unmapped(labelWhere, "unknown row label '" + label + "'" + NearestName.among(RowLabel.fold(label), labels.known())
                            .map(near -> "; did you mean '" + near + "'?")
                            .orElse("; a label file (--labels) can name it as one of the rows: " + RowLabel.words())));
                }
                for (int c : filled) {
                    if (!grid.mergedCopy(r, c)) {
                        unmapped.add(new Unmapped(grid.location(r, c), "its row's label '" + label + "' (" + labelWhere + ") is not known"));
                    }
                }
                continue;
            }
            if (known.get() == RowLabel.STAGES) {
                for (int c : filled) {
                    if (!grid.mergedCopy(r, c)) {
                        unmapped.add(new Unmapped(grid.location(r, c), "a second stage row; the stages are read from row " + (header + 1)));
                    }
                }
                continue;
            }
            for (int c : filled) {
                int stage = stages.stageOf(c);
                if (grid.mergedCopy(r, c)) {
                    // a merged cell counts once for each stage it spans, at the first of its columns in that stage
                    int anchorRow = grid.anchorRow(r, c);
                    int anchorColumn = grid.anchorColumn(r, c);
                    boolean first = anchorRow == r && stage >= 0;
                    for (int before = Math.max(anchorColumn, 1); first && before < c; before++) {
                        first = stages.stageOf(before) != stage;
                    }
                    if (first) {
                        cells.add(new Cell(known.get(), c, stage, grid.text(r, c), grid.location(anchorRow, anchorColumn)));
                    }
                    continue;
                }
                if (stage < 0) {
                    unmapped.add(new Unmapped(grid.location(r, c), "column " + Grid.columnLetters(c) + " has no stage: its header cell "
                            + grid.location(header, c) + " is empty"));
                    continue;
                }
                cells.add(new Cell(known.get(), c, stage, grid.text(r, c), grid.location(r, c)));
            }
        }
        return cells;
    }

    /** Declares the channels and the stages' touchpoints; the channel of each column that names exactly one. */
    private String[] channels(List<Cell> cells, List<DraftStage> drafted) {
        String[] columnChannel = new String[grid.columns()];
        Map<Integer, Integer> cellsInColumn = new HashMap<>();
        for (Cell cell : cells) {
            if (cell.label() != RowLabel.CHANNELS) {
                continue;
            }
            List<String> named = new ArrayList<>();
            for (String line : cell.lines()) {
                if (!line.isEmpty()) {
                    draft.channel(line, cell.where(), labels).ifPresent(channel -> {
                        drafted.get(cell.stage()).touchpoints.putIfAbsent(channel.id(), "present");
                        named.add(channel.id());
                    });
                }
            }
            int count = cellsInColumn.merge(cell.column(), 1, Integer::sum);
            columnChannel[cell.column()] = count == 1 && named.size() == 1 ? named.get(0) : null;
        }
        return columnChannel;
    }

    private void emotion(Cell cell, DraftStage stage) {
        Optional<Integer> emotion = EmotionScale.of(cell.text());
        if (emotion.isEmpty()) {
            unmapped.add(new Unmapped(cell.where(), "'" + cell.text() + "' is not an emotion: write a whole number from -3 to +3"
                    + " or an emoticon such as :( or :)"));
        } else if (stage.emotion == null) {
            stage.emotion = emotion.get();
            stage.emotionWhere = cell.where();
        } else if (!stage.emotion.equals(emotion.get())) {
            unmapped.add(new Unmapped(cell.where(), "the stage '" + stage.name + "' already has the emotion " + stage.emotion + " from "
                    + stage.emotionWhere + "; a stage has one emotion"));
        }
    }

    /** Barriers with their solutions, line by line in the same column: the k-th solution cell with the k-th barrier cell. */
    private void barriers(Map<Integer, List<Cell>> barriers, Map<Integer, List<Cell>> solutions, List<DraftStage> drafted) {
        for (int column = 0; column < grid.columns(); column++) {
            List<Cell> barrierCells = barriers.getOrDefault(column, List.of());
            List<Cell> solutionCells = solutions.getOrDefault(column, List.of());
            for (int k = 0; k < Math.max(barrierCells.size(), solutionCells.size()); k++) {
                Cell barrier = k < barrierCells.size() ? barrierCells.get(k) : null;
                Cell solution = k < solutionCells.size() ? solutionCells.get(k) : null;
                if (barrier == null) {
                    unmapped.add(new Unmapped(solution.where(), "no barrier in column " + Grid.columnLetters(column)
                            + " for this solution: solutions pair line by line with the barriers of their column"));
                    continue;
                }
                List<String> texts = barrier.lines();
                List<String> fixes = solution == null ? List.of() : solution.lines();
                for (int i = 0; i < texts.size(); i++) {
                    String fix = i < fixes.size() && !fixes.get(i).isEmpty() ? fixes.get(i) : null;
                    if (!texts.get(i).isEmpty()) {
                        drafted.get(barrier.stage()).barriers.add(new JourneyDraft.DraftBarrier(texts.get(i), fix));
                    } else if (fix != null) {
                        unmapped.add(new Unmapped(solution.where(), "line " + (i + 1) + " ('" + fix + "') has no barrier on line " + (i + 1)
                                + " of " + barrier.where()));
                    }
                }
                for (int i = texts.size(); i < fixes.size(); i++) {
                    if (!fixes.get(i).isEmpty()) {
                        unmapped.add(new Unmapped(solution.where(), "line " + (i + 1) + " ('" + fixes.get(i) + "') has no barrier on line "
                                + (i + 1) + " of " + barrier.where()));
                    }
                }
            }
        }
    }

    /**
     * Backstage steps from the process row, each with the system and the owner (its actor) on the same line of
     * the same column; owners in columns with no step are the journey's owner when they all agree.
     */
    private void steps(Map<Integer, List<Cell>> steps, Map<Integer, List<Cell>> systems, Map<Integer, List<Cell>> owners,
            List<DraftStage> drafted) {
        List<Cell> ownersWithoutSteps = new ArrayList<>();
        for (int column = 0; column < grid.columns(); column++) {
            List<Cell> stepCells = steps.getOrDefault(column, List.of());
            List<Cell> systemCells = systems.getOrDefault(column, List.of());
            List<Cell> ownerCells = owners.getOrDefault(column, List.of());
            for (int k = 0; k < Math.max(stepCells.size(), Math.max(systemCells.size(), ownerCells.size())); k++) {
                Cell step = k < stepCells.size() ? stepCells.get(k) : null;
                Cell system = k < systemCells.size() ? systemCells.get(k) : null;
                Cell owner = k < ownerCells.size() ? ownerCells.get(k) : null;
                if (step == null) {
                    if (system != null) {
                        unmapped.add(new Unmapped(system.where(), "the journey document holds an IT system on a backstage step, and no"
                                + " 'Process' row names a step in column " + Grid.columnLetters(column)));
                    }
                    if (owner != null) {
                        ownersWithoutSteps.add(owner);
                    }
                    continue;
                }
                List<String> names = step.lines();
                List<String> systemLines = system == null ? List.of() : system.lines();
                List<String> ownerLines = owner == null ? List.of() : owner.lines();
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i).isEmpty()) {
                        continue;
                    }
                    String actor = line(ownerLines, i);
                    if (actor == null) {
                        // the document needs a step's actor, and the import writes none the grid does not give
                        unmapped.add(new Unmapped(step.where(), "line " + (i + 1) + " ('" + names.get(i) + "') names a step with no owner"
                                + " on line " + (i + 1) + " of an 'Owner' row in its column; a step of the journey document needs its actor"
                                + (line(systemLines, i) == null ? "" : ", so its system ('" + line(systemLines, i) + "') is not read either")));
                        continue;
                    }
                    drafted.get(step.stage()).steps.add(new JourneyDraft.DraftStep(draft.actionId(names.get(i)), names.get(i),
                            line(systemLines, i), actor));
                }
                unpaired(system, systemLines, names, step);
                unpaired(owner, ownerLines, names, step);
            }
        }
        if (ownersWithoutSteps.isEmpty()) {
            return;
        }
        boolean oneOwner = ownersWithoutSteps.stream().map(c -> RowLabel.fold(c.text())).distinct().count() == 1;
        if (oneOwner && draft.owner() == null) {
            draft.owner(ownersWithoutSteps.get(0).text());
            return;
        }
        for (Cell owner : ownersWithoutSteps) {
            unmapped.add(new Unmapped(owner.where(), "the owners differ from stage to stage and a journey has one owner; a 'Process'"
                    + " row naming the steps makes each owner the actor of the step on the same line"));
        }
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() && !lines.get(i).isEmpty() ? lines.get(i) : null;
    }

    private void unpaired(Cell cell, List<String> lines, List<String> names, Cell step) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && (i >= names.size() || names.get(i).isEmpty())) {
                unmapped.add(new Unmapped(cell.where(), "line " + (i + 1) + " ('" + lines.get(i) + "') has no step on line " + (i + 1)
                        + " of " + step.where()));
            }
        }
    }
}
