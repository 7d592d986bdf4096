namespace Platform.Features.Common;

/// <summary>Reading a body that may claim any size: refused before reading when its declared length is too large, and cut off at the limit when it has none.</summary>
public static class CappedReads
{
    /// <exception cref="Exception"><paramref name="tooLarge"/>, as soon as the body is known to be larger than <paramref name="maxBytes"/>.</exception>
    public static async Task<ArraySegment<byte>> ReadAsync(Stream body, long? declaredLength, int maxBytes, Func<Exception> tooLarge, CancellationToken ct)
    {
        if (declaredLength > maxBytes) throw tooLarge();
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes) throw tooLarge();
            buffer.Write(chunk, 0, read);
        }
        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
