package dev.sextant.app.cli;

import dev.sextant.app.plugins.PluginFailureException;
import dev.sextant.data.db.DamagedDatabaseException;
import dev.sextant.data.db.HomeInUseException;
import dev.sextant.data.db.SchemaMismatchException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line on stderr and exit code 2. Unexpected failures also
 * print their stack trace, because they are bugs.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        boolean expected = e instanceof HomeInUseException || e instanceof SchemaMismatchException
                || e instanceof DamagedDatabaseException || e instanceof IllegalArgumentException
                || e instanceof java.io.UncheckedIOException || e instanceof UserError
                || e instanceof PluginFailureException;
        cmd.getErr().println("sextant: " + e.getMessage());
        if (!expected) {
            e.printStackTrace(cmd.getErr());
        }
        return 2;
    }
}
