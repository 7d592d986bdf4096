using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Platform.Tests.Identity;

public sealed partial class EmailVerificationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [GeneratedRegex(@"verify-email\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex VerificationLink();

    private static async Task<string> TokenAsync(PlatformFactory factory, string email) =>
        VerificationLink().Match((await factory.LatestMailAsync(email))!).Groups[1].Value;

    [Fact]
    public async Task The_mailed_link_confirms_the_address_once()
    {
        var registered = await factory.RegisterAsync(verify: false);
        using var client = factory.CreateClient(registered.AccessToken);
        Assert.False(registered.User.EmailVerified);
        Assert.False((await (await client.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("emailVerified").GetBoolean());
        var token = await TokenAsync(factory, registered.User.Email);

        await (await client.PostAsJsonAsync("/api/auth/verify-email", new { token = token[..^2] + "xx" })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/auth/verify-email", new { token })).EnsureStatus(HttpStatusCode.NoContent);
        await (await client.PostAsJsonAsync("/api/auth/verify-email", new { token })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True((await (await client.GetAsync("/api/auth/me")).JsonAsync()).GetProperty("emailVerified").GetBoolean());
    }

    [Fact]
    public async Task Registering_someone_elses_address_does_not_take_their_invitations()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync("Board");
        var victim = TestUsers.NewEmail();
        await owner.AddMemberAsync(room, victim, "owner");

        var attacker = await factory.RegisterAsync(victim, verify: false);
        using var attackerClient = factory.CreateClient(attacker.AccessToken);
        await (await attackerClient.GetAsync($"/api/rooms/{room}")).ProblemAsync(HttpStatusCode.NotFound);
        var members = await (await owner.Client.GetAsync($"/api/rooms/{room}/members")).JsonAsync();
        Assert.Equal("pending", members.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("email").GetString() == victim).GetProperty("status").GetString());

        // Whoever can read the mailbox is the address's owner: only then does the invitation take effect.
        await factory.VerifyEmailAsync(victim);
        await (await attackerClient.GetAsync($"/api/rooms/{room}")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Adding_an_unconfirmed_account_invites_it_instead_of_making_it_a_member()
    {
        var owner = await Person.RegisterAsync(factory);
        var room = await owner.CreateRoomAsync();
        var unconfirmed = await factory.RegisterAsync(verify: false);

        var added = await owner.AddMemberAsync(room, unconfirmed.User.Email, "editor");

        Assert.Equal("pending", added.GetProperty("status").GetString());
        using var client = factory.CreateClient(unconfirmed.AccessToken);
        await (await client.GetAsync($"/api/rooms/{room}")).ProblemAsync(HttpStatusCode.NotFound);
        await factory.VerifyEmailAsync(unconfirmed.User.Email);
        await (await client.GetAsync($"/api/rooms/{room}")).EnsureStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_link_can_be_asked_for_and_the_answer_says_nothing_about_the_account()
    {
        var registered = await factory.RegisterAsync(verify: false);
        var first = await TokenAsync(factory, registered.User.Email);
        using var anonymous = factory.CreateClient();

        await (await anonymous.PostAsJsonAsync("/api/auth/resend-verification", new { email = registered.User.Email })).EnsureStatus(HttpStatusCode.Accepted);
        var unknown = TestUsers.NewEmail();
        await (await anonymous.PostAsJsonAsync("/api/auth/resend-verification", new { email = unknown })).EnsureStatus(HttpStatusCode.Accepted);
        await (await anonymous.PostAsJsonAsync("/api/auth/resend-verification", new { })).ProblemAsync(HttpStatusCode.BadRequest);

        var second = await TokenAsync(factory, registered.User.Email);
        Assert.NotEqual(first, second);
        Assert.Null(await factory.LatestMailAsync(unknown));
        await (await anonymous.PostAsJsonAsync("/api/auth/verify-email", new { token = second })).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Where_confirmed_addresses_are_required_sign_in_waits_for_the_link()
    {
        await using var strict = await new PlatformFactory().With("Platform:Auth:RequireVerifiedEmail", "true").StartAsync();
        using var client = strict.CreateClient();
        var email = TestUsers.NewEmail();

        var registered = await client.PostAsJsonAsync("/api/auth/register", new { email, password = TestUsers.Password });
        var pending = await registered.JsonAsync(HttpStatusCode.Accepted);
        var refused = await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password });
        var wrongPassword = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not the password at all" });

        Assert.False(pending.TryGetProperty("accessToken", out _));
        Assert.False(pending.GetProperty("user").GetProperty("emailVerified").GetBoolean());
        Assert.Contains("Email not confirmed", (await refused.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        await wrongPassword.ProblemAsync(HttpStatusCode.Unauthorized);
        await strict.VerifyEmailAsync(email);
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password })).EnsureStatus(HttpStatusCode.OK);
    }
}
