using Mediator;
using Platform.Features.Common;
using Platform.Features.Rooms;

namespace Platform.Features.Automations.Kinds;

/// <summary><c>room.message</c>: posts into a room's chat as the run's owner (who must be allowed to post there).</summary>
public sealed class RoomMessageKind(IMediator mediator) : IJobKind
{
    public string Id => "room.message";
    public string Name => "Room message";
    public string Description => "Posts a message into a room's chat, as the person the run acts for.";

    public string InputSchema => $$"""
        {
          "type": "object",
          "properties": {
            "roomId": { "type": "string", "format": "uuid" },
            "text": { "type": "string", "minLength": 1, "maxLength": {{PostMessageValidator.MaxLength}} }
          },
          "required": ["roomId", "text"],
          "additionalProperties": false
        }
        """;

    public async Task<JobStepOutcome> RunAsync(JobStepContext context, CancellationToken ct)
    {
        var roomId = context.Inputs.GetProperty("roomId").GetGuid();
        var posted = await mediator.Send(new PostMessage(roomId, context.Inputs.GetProperty("text").GetString()!), ct);
        context.Log($"Posted into room {roomId}.");
        return new JobStepOutcome(new { roomId, messageId = posted.Id });
    }
}
