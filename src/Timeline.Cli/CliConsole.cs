namespace Timeline.Cli;

/// <summary>
/// The standard streams a command reads and writes. The real console in <c>Program</c>; memory streams in tests.
/// Output lines go to <see cref="Out"/> as UTF-8 bytes; messages for people go to <see cref="Error"/>.
/// </summary>
/// <param name="In">Standard input (JSON Lines when no input file is given, or for <c>-</c>).</param>
/// <param name="Out">Standard output: output lines and help, nothing else.</param>
/// <param name="Error">Standard error: one line per problem.</param>
/// <param name="OutIsTerminal">Whether <paramref name="Out"/> is a terminal (then <c>extract</c> prints a table with colours by default).</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal (then long runs show a progress bar there).</param>
internal sealed record CliConsole(Stream In, Stream Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false)
{
    /// <summary>How often a run that is not on a terminal prints a progress line (the first one after this long).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The process's own standard streams.</summary>
    public static CliConsole FromSystem() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);
}
