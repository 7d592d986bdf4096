using FluentValidation;
using Mediator;

namespace Platform.Features.Operations;

/// <param name="Level">The lowest level shown: Verbose, Debug, Information, Warning, Error or Fatal.</param>
/// <param name="Q">Text the message, template, a property or the exception contains (any case).</param>
/// <param name="Limit">Events to return, newest first: 100 unless given, at most 1,000.</param>
public sealed record ListLogs(string? Level, string? Q, DateTimeOffset? From, DateTimeOffset? To, int? Limit) : IRequest<LogsPage>;

/// <param name="Capacity">How many events this instance keeps; older ones are gone.</param>
public sealed record LogsPage(IReadOnlyList<LogRecord> Items, int Capacity);

public sealed class ListLogsValidator : AbstractValidator<ListLogs>
{
    public ListLogsValidator()
    {
        RuleFor(x => x.Level).Must(l => l is null || Enum.TryParse<Serilog.Events.LogEventLevel>(l, ignoreCase: true, out _))
            .WithMessage("'level' is one of Verbose, Debug, Information, Warning, Error, Fatal.");
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Limit).InclusiveBetween(1, 1000);
    }
}

/// <summary>Reads this instance's ring of recent log events.</summary>
public sealed class ListLogsHandler(LogRing ring) : IRequestHandler<ListLogs, LogsPage>
{
    public ValueTask<LogsPage> Handle(ListLogs request, CancellationToken ct)
    {
        var minimum = request.Level is { } level ? Enum.Parse<Serilog.Events.LogEventLevel>(level, ignoreCase: true) : Serilog.Events.LogEventLevel.Verbose;
        var items = ring.NewestFirst().Where(r =>
                Enum.Parse<Serilog.Events.LogEventLevel>(r.Level) >= minimum
                && (request.From is not { } from || r.At >= from)
                && (request.To is not { } to || r.At < to)
                && (request.Q is not { Length: > 0 } q || Contains(r, q)))
            .Take(request.Limit ?? 100).ToList();
        return ValueTask.FromResult(new LogsPage(items, ring.Capacity));
    }

    private static bool Contains(LogRecord record, string text) =>
        record.Message.Contains(text, StringComparison.OrdinalIgnoreCase) || record.Template?.Contains(text, StringComparison.OrdinalIgnoreCase) == true
        || record.Exception?.Contains(text, StringComparison.OrdinalIgnoreCase) == true || record.Properties.Values.Any(v => v.Contains(text, StringComparison.OrdinalIgnoreCase));
}
