using SkiaSharp;

namespace Abscopal.Reporting.Tests;

/// <summary>Decodes a PNG and counts pixels, to check an image is the right size and not blank.</summary>
internal static class Png
{
    public static (int Width, int Height) Size(byte[] png)
    {
        // PNG signature then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16–23 (PNG spec §11.2.2).
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>Fraction of pixels that are not white.</summary>
    public static double InkFraction(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        long ink = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            if (pixel.Red < 245 || pixel.Green < 245 || pixel.Blue < 245)
            {
                ink++;
            }
        }

        return (double)ink / bitmap.Pixels.Length;
    }

    /// <summary>Number of pixels within a small distance of the colour <paramref name="hex"/>.</summary>
    public static int PixelsNear(byte[] png, string hex)
    {
        var target = SKColor.Parse(hex);
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels.Count(p => Math.Abs(p.Red - target.Red) + Math.Abs(p.Green - target.Green) + Math.Abs(p.Blue - target.Blue) < 12);
    }

    /// <summary>Fraction of dark (text-like) pixels in a horizontal band of the image, e.g. where the title is.</summary>
    public static double DarkFractionInRows(byte[] png, int top, int bottom)
    {
        using var bitmap = SKBitmap.Decode(png);
        long dark = 0, all = 0;
        for (int y = top; y < bottom; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                var p = bitmap.GetPixel(x, y);
                all++;
                if (p.Red + p.Green + p.Blue < 200)
                {
                    dark++;
                }
            }
        }

        return (double)dark / all;
    }
}
