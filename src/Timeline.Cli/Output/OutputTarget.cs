namespace Timeline.Cli.Output;

/// <summary>
/// Where a verb writes: standard output, or the <c>-o</c> file, which appears whole or not at all (written to a
/// temporary file beside it and renamed when the verb succeeds). Failing to write is one clear error and exit code 2.
/// </summary>
internal static class OutputTarget
{
    /// <summary>
    /// Calls <paramref name="write"/> with a buffered stream to <paramref name="path"/> (or standard output), commits the
    /// file when <paramref name="write"/> returns, and returns its exit code; or reports why the output cannot be
    /// written and returns <see cref="ExitCodes.Usage"/>.
    /// </summary>
    public static int Write(CliConsole console, string? path, bool verbose, Func<Stream, int> write)
    {
        AtomicFile? file = null;
        if (path is not null)
        {
            try
            {
                file = AtomicFile.Create(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                Messages.Error(console, $"cannot write '{path}': {e.Message}", verbose ? e : null);
                return ExitCodes.Usage;
            }
        }

        using (file)
        {
            try
            {
                var output = new BufferedStream(file?.Stream ?? console.Out, 1 << 16);
                int code = write(output);
                output.Flush();
                file?.Commit();
                return code;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Messages.Error(console, $"cannot write {(path is not null ? $"'{path}'" : "to standard output")}: {e.Message}", verbose ? e : null);
                return ExitCodes.Usage;
            }
        }
    }
}
