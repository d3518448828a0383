using System.Buffers.Binary;
using System.IO.Compression;

namespace Timeline.Export.Html.Tests.Browser;

/// <summary>
/// A minimal PNG reader, enough for Chromium's screenshots: 8-bit RGB or RGBA, not interlaced. Checks the signature,
/// reads the size from IHDR, inflates the IDAT chunks and undoes the five row filters.
/// </summary>
internal sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Png(int width, int height, int[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Each pixel as 0xRRGGBB, row by row (alpha dropped: screenshots are opaque).</summary>
    public int[] Pixels { get; }

    public static Png Read(byte[] file)
    {
        if (file.Length < 8 || !file.AsSpan(0, 8).SequenceEqual(Signature)) throw new InvalidDataException("not a PNG file");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (int pos = 8; pos + 12 <= file.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(pos));
            var type = System.Text.Encoding.ASCII.GetString(file, pos + 4, 4);
            var data = file.AsSpan(pos + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                byte depth = data[8], colour = data[9], interlace = data[12];
                if (depth != 8 || colour is not (2 or 6) || interlace != 0)
                {
                    throw new InvalidDataException($"unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}");
                }
                channels = colour == 6 ? 4 : 3;
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }
            else if (type == "IEND")
            {
                break;
            }
            pos += 12 + length;
        }
        if (channels == 0) throw new InvalidDataException("no IHDR chunk");

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();
        int stride = width * channels;
        if (raw.Length < height * (stride + 1)) throw new InvalidDataException("truncated image data");

        var pixels = new int[width * height];
        var previous = new byte[stride];
        var row = new byte[stride];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            Array.Copy(raw, y * (stride + 1) + 1, row, 0, stride);
            for (int i = 0; i < stride; i++)
            {
                int a = i >= channels ? row[i - channels] : 0, b = previous[i], c = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"unknown row filter {filter}"),
                });
            }
            for (int x = 0; x < width; x++) pixels[y * width + x] = row[x * channels] << 16 | row[x * channels + 1] << 8 | row[x * channels + 2];
            (previous, row) = (row, previous);
        }
        return new Png(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
