package org.journeyaudit.spark.rows;

import java.io.Serializable;

/**
 * What kept one document from being audited, located: the document's path, the place in it (line and column where
 * known, 0 where not; the YAML path and the JSON pointer of the field) and what is wrong.
 */
public class ProblemRow implements Serializable {

    private String path;
    private int line;
    private int column;
    private String field;
    private String pointer;
    private String message;

    public ProblemRow() {
    }

    public ProblemRow(String path, int line, int column, String field, String pointer, String message) {
        this.path = path;
        this.line = line;
        this.column = column;
        this.field = field;
        this.pointer = pointer;
        this.message = message;
    }

    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public int getLine() { return line; }
    public void setLine(int line) { this.line = line; }
    public int getColumn() { return column; }
    public void setColumn(int column) { this.column = column; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getPointer() { return pointer; }
    public void setPointer(String pointer) { this.pointer = pointer; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
}
