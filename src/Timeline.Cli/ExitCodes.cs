namespace Timeline.Cli;

/// <summary>The process exit codes every verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was read and processed.</summary>
    public const int Ok = 0;

    /// <summary>Some input lines, documents or files failed (each reported on stderr); the rest were processed.</summary>
    public const int InputErrors = 1;

    /// <summary>Bad command line, an input that does not exist, or an output file that cannot be written: nothing useful was produced.</summary>
    public const int Usage = 2;
}
