using FluentValidation;
using Marten;
using Mediator;
using Platform.Features.Common;

namespace Platform.Features.Operations;

/// <param name="Settings">A destination to try before saving it; left out, the saved one.</param>
public sealed record TestLogExport(LogExportRequest? Settings) : IRequest<LogExportTestResult>;

/// <param name="Delivered">The destination accepted the test event (a 2xx answer).</param>
/// <param name="Status">Its HTTP status, when it answered.</param>
public sealed record LogExportTestResult(bool Delivered, int? Status, string? Error, string TestId);

public sealed class TestLogExportValidator : AbstractValidator<TestLogExport>
{
    public TestLogExportValidator() => RuleFor(x => x.Settings!).SetValidator(new LogExportRequestValidator()).When(x => x.Settings is not null);
}

/// <summary>Sends one event through a sink built for the destination, waits for it to be flushed, and says what the destination answered.</summary>
public sealed class TestLogExportHandler(IQuerySession session, SecretProtection secrets, LogShipper shipper) : IRequestHandler<TestLogExport, LogExportTestResult>
{
    public async ValueTask<LogExportTestResult> Handle(TestLogExport request, CancellationToken ct)
    {
        // A destination given to try sends the test event whatever level it would ship at.
        var settings = request.Settings is { } given
            ? (given with { Enabled = true, MinimumLevel = "Verbose" }).ApplyTo(new LogExportSettings(), secrets)
            : await session.LoadAsync<LogExportSettings>(LogExportSettings.SingletonId, ct)
              ?? throw new ProblemException(StatusCodes.Status400BadRequest, "Bad request", "No log export is configured: send one to test.");
        var testId = Guid.NewGuid().ToString("N");
        var observed = new ObservingHandler();
        var sending = Task.Run(() =>
        {
            using var logger = shipper.Build(settings, observed);
            logger.Fatal("Platform log export test {TestId}", testId);
        }, CancellationToken.None);
        var flushed = await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(15), ct)) == sending;
        var error = observed.Error ?? (flushed ? null : "The destination did not answer within 15 s.");
        return new LogExportTestResult(observed.Status is >= 200 and < 300, observed.Status, observed.Status is >= 300 ? $"The destination answered {observed.Status}." : error, testId);
    }

    /// <summary>Notes the answer (or failure) of the sink's last call.</summary>
    private sealed class ObservingHandler() : DelegatingHandler(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        public int? Status { get; private set; }
        public string? Error { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            try
            {
                var response = await base.SendAsync(request, ct);
                Status = (int)response.StatusCode;
                return response;
            }
            catch (Exception e)
            {
                Error = $"The destination could not be reached: {e.GetBaseException().Message}";
                throw;
            }
        }
    }
}
