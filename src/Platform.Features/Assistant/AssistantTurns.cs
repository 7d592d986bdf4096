using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Claims;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// Runs turns on the server, apart from the request that asked: a client that leaves does not stop a turn, a cancel
/// does (on this instance at once, on another within <see cref="CancelCheckEvery"/> through the message's flag). A turn
/// acts as the person who asked, with the claims of their request. A turn whose instance stopped is ended as
/// <c>interrupted</c> by the sweep, its answer so far kept, so its stream still ends with <c>done</c>.
/// </summary>
public sealed class AssistantTurns(
    IServiceScopeFactory scopes, IDocumentStore store, ResumableStreams streams, WorkLeases leases, IOptions<AssistantOptions> options, TimeProvider clock,
    ILogger<AssistantTurns> logger) : BackgroundService
{
    public static readonly TimeSpan CancelCheckEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _running = new();
    private CancellationToken _stopping;

    /// <summary>The running turns here (for tests and metrics).</summary>
    public int Running => _running.Count;

    /// <summary>Starts answering <paramref name="answerId"/> (saved as running, with its lease, and its <c>turn.started</c> written).</summary>
    public void Start(Guid answerId, string message, ClaimsPrincipal user, TurnFrames frames)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping);
        _running[answerId] = cancel;
        // The turn must not share the request's HttpContext holder: it sets one of its own for the person who asked.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(() => RunAsync(answerId, message, user, frames, cancel));
    }

    /// <summary>Cancels a turn running here; false when it runs elsewhere (its flag reaches it) or has ended.</summary>
    public bool Cancel(Guid answerId)
    {
        if (!_running.TryGetValue(answerId, out var cancel)) return false;
        cancel.Cancel();
        return true;
    }

    private async Task RunAsync(Guid answerId, string message, ClaimsPrincipal user, TurnFrames frames, CancellationTokenSource cancel)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        ConversationMessage? answer = null;
        Turn? turn = null;
        string finishReason;
        TurnStatus status;
        try
        {
            await using (var session = store.QuerySession())
            {
                answer = await session.LoadAsync<ConversationMessage>(answerId, cancel.Token) ?? throw new InvalidOperationException("The turn's message is gone.");
                var conversation = await session.LoadAsync<Conversation>(answer.ConversationId, cancel.Token) ?? throw new InvalidOperationException("The turn's conversation is gone.");
                var messages = await session.Query<ConversationMessage>().Where(m => m.ConversationId == conversation.Id).ToListAsync(cancel.Token);
                // The branch before the question this turn answers.
                var history = ConversationTree.PathTo(messages, answer.ParentId).SkipLast(1).ToList();
                turn = new Turn(conversation, answer, message, history, frames, scope.ServiceProvider, options.Value);
            }
            await scope.ServiceProvider.GetRequiredService<TurnAnswerer>().AnswerAsync(turn, cancel.Token);
            (status, finishReason) = (TurnStatus.Complete, turn.FinishReason ?? (answer.ToolCalls.Count >= options.Value.MaxToolCalls ? "tool_limit" : "stop"));
        }
        // Whatever a cancel makes the model's client throw (not always an OperationCanceledException: a stream cut mid-read
        // surfaces as an I/O or client error) ends the turn as cancelled, not failed.
        catch (Exception) when (cancel.IsCancellationRequested)
        {
            (status, finishReason) = _stopping.IsCancellationRequested ? (TurnStatus.Interrupted, "interrupted") : (TurnStatus.Cancelled, "cancelled");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Turn {MessageId} failed", answerId);
            (status, finishReason) = (TurnStatus.Failed, "error");
            await frames.WriteAsync("error", new { type = "about:blank", title = "The turn failed", status = StatusCodes.Status500InternalServerError, detail = "The assistant could not finish this answer." });
        }
        try
        {
            await frames.WriteAsync("usage", new { toolCalls = answer?.ToolCalls.Count ?? 0, elapsedMs = watch.ElapsedMilliseconds, engine = answer?.Engine });
            if (answer is not null) await FinishAsync(answer, turn?.Conversation, turn?.Content ?? "", status, finishReason);
            await frames.WriteAsync(ResumableStreams.Final, new { finishReason });
        }
        catch (Exception e)
        {
            logger.LogError(e, "Turn {MessageId} could not be finished", answerId);
        }
        finally
        {
            _running.TryRemove(answerId, out _);
            leases.Release(answerId);
            cancel.Dispose();
        }
    }

    /// <summary>Keeps the answer as it stands; a room assistant's answer goes into the room's chat in the same transaction.</summary>
    private async Task FinishAsync(ConversationMessage answer, Conversation? conversation, string content, TurnStatus status, string finishReason)
    {
        await using var session = store.LightweightSession();
        var now = clock.GetUtcNow();
        if (conversation is { RoomAssistant: true, RoomId: { } room } && content.Trim().Length > 0 && status != TurnStatus.Failed)
            await Rooms.RoomChat.PostAsAssistantAsync(session, room, content, now, CancellationToken.None);
        answer.Content = content;
        answer.Status = status;
        answer.FinishReason = finishReason;
        answer.CompletedAt = now;
        session.Store(answer);
        session.Patch<Conversation>(answer.ConversationId).Set(c => c.UpdatedAt, now);
        session.Delete<WorkLease>(answer.Id);
        await session.SaveChangesAsync(CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        var sweeping = PeriodicWork.RunAsync(SweepEvery, clock, logger, "Could not end turns whose instance stopped", SweepAsync, stoppingToken);
        await PeriodicWork.RunAsync(CancelCheckEvery, clock, logger, "Could not read cancel requests of running turns", CheckCancelsAsync, stoppingToken);
        await sweeping;
    }

    private async Task CheckCancelsAsync(CancellationToken ct)
    {
        var here = _running.Keys.ToList();
        if (here.Count == 0) return;
        await using var session = store.QuerySession();
        var cancelled = await session.Query<ConversationMessage>().Where(m => here.Contains(m.Id) && m.CancelRequested).Select(m => m.Id).ToListAsync(ct);
        foreach (var id in cancelled) Cancel(id);
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var started = clock.GetUtcNow() - WorkLeases.StaleAfter;
        var lost = await leases.LostAsync<ConversationMessage>(session, m => m.Status == TurnStatus.Running && m.CreatedAt < started, m => m.Id, ct);
        foreach (var message in lost)
        {
            message.Status = TurnStatus.Interrupted;
            message.FinishReason = "interrupted";
            message.CompletedAt = clock.GetUtcNow();
            session.Store(message);
            session.Delete<WorkLease>(message.Id);
        }
        await session.SaveChangesAsync(ct);
        foreach (var message in lost)
            await streams.AppendAsync(message.Id, ResumableStreams.Final, new { messageId = message.Id, finishReason = "interrupted" }, ct);
    }
}

/// <summary>
/// Who answers a turn: the language model with the tools when one serves this person (and then, after a conversation's
/// first answer, it refines the title too), else the built-in assistant.
/// </summary>
public sealed class TurnAnswerer(ILanguageModels models, BuiltinAssistant builtin, ModelAssistant model, IDocumentSession session)
{
    public async Task AnswerAsync(Turn turn, CancellationToken ct)
    {
        if (await models.ForAsync(turn.UserId, ct) is { } chat)
        {
            turn.Answer.Engine = chat.Name;
            await model.AnswerAsync(turn, chat, ct);
            if (turn.History.Count == 0 && !turn.Conversation.TitleRefined && turn.SentToModel is { } sent && await ConversationTitles.RefineAsync(chat, sent, ct) is { } title)
            {
                session.Patch<Conversation>(turn.Conversation.Id).Set(c => c.Title, title);
                session.Patch<Conversation>(turn.Conversation.Id).Set(c => c.TitleRefined, true);
                await session.SaveChangesAsync(ct);
                await turn.Frames.WriteAsync("title", new { conversationId = turn.Conversation.Id, title });
            }
            return;
        }
        turn.Answer.Engine = BuiltinAssistant.EngineName;
        await builtin.AnswerAsync(turn, ct);
    }
}
