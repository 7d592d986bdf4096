using System.Collections.Concurrent;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// A turn paused for the person (a DLP finding, a tool that needs approval): the question is saved on the answer's
/// message, the turn waits; the decision is saved there too and wakes the turn at once on this instance, or within
/// <see cref="CheckEvery"/> on another. With no decision within <see cref="AssistantOptions.DecisionTimeout"/> the
/// safe option is taken (block, or no approval).
/// </summary>
public sealed class TurnDecisions(IDocumentStore store, IOptions<AssistantOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _waiting = new();

    /// <summary>
    /// Asks and waits: the decision taken, or <paramref name="safe"/> when none came in time. <paramref name="announce"/>
    /// tells the person (a frame) once the question is saved, so a decision can never come before it.
    /// </summary>
    public async Task<string> AskAsync(Guid messageId, string kind, string[] choices, string? callId, string safe, Func<Task> announce, CancellationToken ct)
    {
        var woken = _waiting.GetOrAdd(messageId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await using (var session = store.LightweightSession())
        {
            session.Patch<ConversationMessage>(messageId).Set(m => m.Pending, new PendingDecision(kind, choices, callId, clock.GetUtcNow()));
            session.Patch<ConversationMessage>(messageId).Set(m => m.Decision, null);
            await session.SaveChangesAsync(ct);
        }
        await announce();
        var until = clock.GetUtcNow() + options.Value.DecisionTimeout;
        try
        {
            while (true)
            {
                await using (var session = store.QuerySession())
                    if ((await session.LoadAsync<ConversationMessage>(messageId, ct))?.Decision is { } decided) return await SettleAsync(messageId, decided);
                if (clock.GetUtcNow() >= until) return await SettleAsync(messageId, safe);
                await Task.WhenAny(woken.Task, Task.Delay(CheckEvery, clock, ct));
                ct.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            _waiting.TryRemove(messageId, out _);
        }
    }

    /// <summary>Records a decision for the turn waiting on <paramref name="message"/>; 409 when it waits for none of that kind.</summary>
    public async Task DecideAsync(IDocumentSession session, ConversationMessage message, string kind, string decision, string? callId, CancellationToken ct)
    {
        if (message.Status != TurnStatus.Running || message.Pending is not { } pending || pending.Kind != kind || (callId is not null && pending.CallId != callId))
            throw new ProblemException(StatusCodes.Status409Conflict, "Nothing to decide", $"The answer is not waiting for a{(kind == "dlp" ? " DLP" : "n approval")} decision{(callId is null ? "" : $" on {callId}")}.");
        if (!pending.Options.Contains(decision))
            throw new ProblemException(StatusCodes.Status400BadRequest, "Unknown decision", $"Decide one of: {string.Join(", ", pending.Options)}.");
        session.Patch<ConversationMessage>(message.Id).Set(m => m.Decision, decision);
        await session.SaveChangesAsync(ct);
        if (_waiting.TryGetValue(message.Id, out var waiting)) waiting.TrySetResult();
    }

    private async Task<string> SettleAsync(Guid messageId, string decision)
    {
        await using var session = store.LightweightSession();
        session.Patch<ConversationMessage>(messageId).Set(m => m.Pending, null);
        session.Patch<ConversationMessage>(messageId).Set(m => m.Decision, null);
        await session.SaveChangesAsync(CancellationToken.None);
        return decision;
    }
}
