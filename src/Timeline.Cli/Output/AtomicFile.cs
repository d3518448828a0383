namespace Timeline.Cli.Output;

/// <summary>
/// A file written whole or not at all: bytes go to a temporary file beside the target, which replaces the target
/// only on <see cref="Commit"/>. Disposing without committing deletes the temporary file and leaves the target as it was.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    /// <summary>The stream to write to.</summary>
    public Stream Stream => _stream;

    /// <summary>Creates the temporary file for <paramref name="path"/> in the same directory (so the final rename stays on one file system).</summary>
    public static AtomicFile Create(string path)
    {
        var target = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        return new AtomicFile(target, temporary, stream);
    }

    /// <summary>Flushes to disk and moves the temporary file onto the target.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _done = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_done) return;
        _done = true;
        _stream.Dispose();
        try
        {
            File.Delete(_temporary);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary file is harmless, and the target is untouched either way.
        }
    }
}
