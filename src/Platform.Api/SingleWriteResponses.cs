using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Platform.Api;

/// <summary>
/// A small answer leaves in one write to the socket. The JSON serializer flushes the response when it finishes, so
/// Kestrel sent the headers and body, and then, once the endpoint returned, the chunked body's end on its own: two
/// system calls and two wake-ups of the client for every JSON answer. Flushes are held until
/// <see cref="HeldBytes"/> are waiting or the response ends; a response that asks not to be buffered (server-sent
/// events) flushes as it always did.
/// </summary>
public static class SingleWriteResponses
{
    /// <summary>Above this many unflushed bytes a flush goes through: a large answer streams as before.</summary>
    public const int HeldBytes = 64 * 1024;

    public static IApplicationBuilder UseSingleWriteResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var inner = context.Features.Get<IHttpResponseBodyFeature>();
        if (inner is not null) context.Features.Set<IHttpResponseBodyFeature>(new HeldFlushes(inner));
        return next(context);
    });

    private sealed class HeldFlushes(IHttpResponseBodyFeature inner) : PipeWriter, IHttpResponseBodyFeature
    {
        private long _held;
        private long _sinceFlushCall;
        private bool _streaming;

        public Stream Stream => inner.Stream;

        public PipeWriter Writer => this;

        public void DisableBuffering()
        {
            _streaming = true;
            inner.DisableBuffering();
        }

        public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) =>
            inner.SendFileAsync(path, offset, count, cancellationToken);

        Task IHttpResponseBodyFeature.CompleteAsync() => inner.CompleteAsync();

        public override void Advance(int bytes)
        {
            _held += bytes;
            _sinceFlushCall += bytes;
            inner.Writer.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.Writer.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.Writer.GetSpan(sizeHint);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            _sinceFlushCall = 0;
            if (!_streaming && _held < HeldBytes) return new ValueTask<FlushResult>(new FlushResult(isCanceled: false, isCompleted: false));
            _held = 0;
            return inner.Writer.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.Writer.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Writer.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.Writer.CompleteAsync(exception);

        // The serializer flushes whenever this passes its own threshold: held bytes count as flushed, or it would ask again
        // and again without writing on.
        public override bool CanGetUnflushedBytes => true;

        public override long UnflushedBytes => _sinceFlushCall;
    }
}
