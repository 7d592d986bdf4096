using Marten;
using Mediator;
using Platform.Features.Assistant;
using Platform.Features.Common;

namespace Platform.Features.Automations.Kinds;

/// <summary>
/// <c>assistant.ask</c>: a question to the assistant as the run's owner (over a room's or chosen datasets, or an agent),
/// waited for; the answer's text, its figures' artifacts and the conversation are the output.
/// </summary>
public sealed class AssistantAskKind(IMediator mediator, IDocumentStore store, TimeProvider clock) : IJobKind
{
    private static readonly TimeSpan MostWait = TimeSpan.FromMinutes(10);

    public string Id => "assistant.ask";
    public string Name => "Ask the assistant";
    public string Description => "Asks the assistant a question (in a new conversation, or one named) and outputs its answer, its tables and charts.";

    public string InputSchema => """
        {
          "type": "object",
          "properties": {
            "question": { "type": "string", "minLength": 1, "maxLength": 20000 },
            "conversationId": { "type": "string", "format": "uuid", "description": "Continue this conversation of the run's owner." },
            "roomId": { "type": "string", "format": "uuid", "description": "A new conversation over this room's datasets." },
            "datasetIds": { "type": "array", "items": { "type": "string", "format": "uuid" }, "maxItems": 20 },
            "agentId": { "type": "string", "description": "A new conversation with this agent." }
          },
          "required": ["question"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var inputs = context.Inputs;
        Guid? Id(string name) => inputs.TryGetProperty(name, out var v) && Guid.TryParse(v.GetString(), out var id) ? id : null;
        var datasets = inputs.TryGetProperty("datasetIds", out var d) ? d.EnumerateArray().Select(x => x.GetGuid()).ToList() : null;
        var started = await mediator.Send(new SendChat(inputs.GetProperty("question").GetString(), Id("conversationId"), RoomId: Id("roomId"), DatasetIds: datasets,
            AgentId: Id("agentId")), ct);
        context.Log($"Asked in conversation {started.ConversationId}.");
        var deadline = clock.GetUtcNow() + MostWait;
        while (true)
        {
            await using (var session = store.QuerySession())
                if (await session.LoadAsync<ConversationMessage>(started.MessageId, ct) is { Status: not TurnStatus.Running } answer)
                {
                    if (answer.Status != TurnStatus.Complete)
                        throw new ProblemException(StatusCodes.Status502BadGateway, "The assistant did not answer", $"The turn ended {answer.Status.ToString().ToLowerInvariant()}: {answer.Content}");
                    return new JobStepOutcome(new
                    {
                        conversationId = started.ConversationId, messageId = started.MessageId, answer = answer.Content, answer.Engine,
                        artifacts = answer.Artifacts.Select(a => new { a.Kind, a.Title, a.Content }),
                    });
                }
            if (clock.GetUtcNow() > deadline)
            {
                await mediator.Send(new CancelTurn(started.MessageId), CancellationToken.None);
                throw new ProblemException(StatusCodes.Status504GatewayTimeout, "The assistant took too long", $"No answer within {MostWait.TotalMinutes:0} minutes.");
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), clock, ct);
            }
            catch (OperationCanceledException)
            {
                await mediator.Send(new CancelTurn(started.MessageId), CancellationToken.None);
                throw;
            }
        }
    }
}
