namespace Timeline.Cli;

/// <summary>How the command speaks to people on stderr: one line per problem, a stack trace only when asked.</summary>
internal static class Messages
{
    /// <summary>The program name messages start with.</summary>
    public const string Program = "timeline";

    /// <summary>Writes <c>timeline: error: MESSAGE</c>, then <paramref name="exception"/>'s stack trace when given (with --verbose).</summary>
    public static void Error(CliConsole console, string message, Exception? exception = null)
    {
        console.Error.WriteLine($"{Program}: error: {message}");
        if (exception is not null) console.Error.WriteLine(exception);
    }
}
