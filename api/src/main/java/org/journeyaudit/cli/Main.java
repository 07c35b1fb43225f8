package org.journeyaudit.cli;

import java.io.PrintWriter;

/** Runs the command line: {@code java -jar journey-audit.jar audit samples/retail-defective-goods.yaml}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(Cli.create(out, err).execute(args));
    }
}
