using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Features.Identity;

namespace Platform.Tests.Infrastructure;

/// <summary>A signed-in person with a client of their own, and the calls most tests start with (a room, a member, a room event).</summary>
public sealed record Person(AuthResponse Auth, HttpClient Client)
{
    public Guid Id => Auth.User.Id;
    public string Email => Auth.User.Email;

    public static async Task<Person> RegisterAsync(PlatformFactory factory, string? email = null)
    {
        var auth = await factory.RegisterAsync(email);
        return new Person(auth, factory.CreateClient(auth.AccessToken));
    }

    public async Task<Guid> CreateRoomAsync(string name = "Team room")
    {
        var room = await (await Client.PostAsJsonAsync("/api/rooms", new { name })).JsonAsync(HttpStatusCode.Created);
        return room.Id();
    }

    /// <summary>
    /// The data of the first event of this type on the room's stream (replayed from the start) whose data
    /// contains <paramref name="containing"/>; waits up to 30 s for it.
    /// </summary>
    public async Task<JsonElement> RoomEventAsync(Guid roomId, string type, string containing = "")
    {
        using var events = await Client.GetAsync($"/api/rooms/{roomId}/events?lastEventId=0", HttpCompletionOption.ResponseHeadersRead);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var item in System.Net.ServerSentEvents.SseParser.Create(await events.Content.ReadAsStreamAsync(timeout.Token)).EnumerateAsync(timeout.Token))
            if (item.EventType == type && item.Data.Contains(containing)) return JsonDocument.Parse(item.Data).RootElement;
        throw new InvalidOperationException($"The room's stream ended without a {type} event.");
    }

    public async Task<JsonElement> AddMemberAsync(Guid roomId, string email, string role) =>
        await (await Client.PostAsJsonAsync($"/api/rooms/{roomId}/members", new { email, role })).JsonAsync(HttpStatusCode.Created);
}
