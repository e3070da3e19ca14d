package dev.sextant.app.cli;

import dev.sextant.app.HomeUnavailableException;
import dev.sextant.app.plugins.PluginFailureException;
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
        boolean expected = e instanceof HomeUnavailableException || e instanceof IllegalArgumentException
                || e instanceof java.io.UncheckedIOException || e instanceof UserError
                || e instanceof PluginFailureException;
        cmd.getErr().println("sextant: " + e.getMessage());
        if (!expected) {
            e.printStackTrace(cmd.getErr());
        }
        return 2;
    }
}
