using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Features.Identity;

namespace Platform.Tests.Rooms;

/// <summary>Small helpers the room tests share: a signed-in person and the calls that set a room up.</summary>
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
        return room.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> AddMemberAsync(Guid roomId, string email, string role) =>
        await (await Client.PostAsJsonAsync($"/api/rooms/{roomId}/members", new { email, role })).JsonAsync(HttpStatusCode.Created);
}
