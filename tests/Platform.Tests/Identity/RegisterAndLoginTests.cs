using System.Net;
using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Platform.Features.Identity;

namespace Platform.Tests.Identity;

public sealed class RegisterAndLoginTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Register_returns_a_working_token_pair_for_a_normalised_email()
    {
        var email = TestUsers.NewEmail();
        var registered = await factory.RegisterAsync("  " + email.ToUpperInvariant() + " ");

        Assert.Equal(email, registered.User.Email);
        Assert.Equal("Test User", registered.User.DisplayName);
        Assert.Equal("user", registered.User.Role);
        Assert.InRange(registered.ExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.5));
        Assert.Equal(43, registered.RefreshToken.Length); // 256 bits, base64url

        using var client = factory.CreateClient(registered.AccessToken);
        var me = await (await client.GetAsync("/api/auth/me")).JsonAsync();
        Assert.Equal(registered.User.Id, me.Id());
        Assert.Equal(email, me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Duplicate_email_is_a_conflict_whatever_its_case()
    {
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);
        using var client = factory.CreateClient();

        var duplicate = await client.PostAsJsonAsync("/api/auth/register", new { email = email.ToUpperInvariant(), password = TestUsers.Password });

        var problem = await duplicate.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("already exists", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Concurrent_registrations_of_one_email_create_one_account()
    {
        var email = TestUsers.NewEmail();
        using var client = factory.CreateClient();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostAsJsonAsync("/api/auth/register", new { email, password = TestUsers.Password })));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(attempts.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal(1, await session.Query<User>().CountAsync(u => u.Email == email));
    }

    [Theory]
    [InlineData("not-an-email", TestUsers.Password, "email")]
    [InlineData("", TestUsers.Password, "email")]
    [InlineData("user@example.com", "short", "password")]
    [InlineData("user@example.com", "password123", "password")]
    [InlineData("user@example.com", "Qwertyuiop", "password")]
    [InlineData("user@example.com", null, "password")]
    public async Task Invalid_registrations_get_field_errors_and_create_nothing(string email, string? password, string field)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/register", new { email, password });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.False(await session.Query<User>().AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task Password_length_is_bounded_at_128_characters()
    {
        using var client = factory.CreateClient();

        var tooLong = await client.PostAsJsonAsync("/api/auth/register", new { email = TestUsers.NewEmail(), password = new string('x', 129) });
        var longest = await client.PostAsJsonAsync("/api/auth/register", new { email = TestUsers.NewEmail(), password = new string('x', 128) });

        await tooLong.ProblemAsync(HttpStatusCode.BadRequest);
        await longest.EnsureStatus(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    public async Task Malformed_bodies_are_a_400_problem(string body)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/auth/register", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Login_with_the_right_password_signs_in_and_the_wrong_one_does_not()
    {
        var email = TestUsers.NewEmail();
        var registered = await factory.RegisterAsync(email);
        using var client = factory.CreateClient();

        var ok = await client.PostAsJsonAsync("/api/auth/login", new { email = email.ToUpperInvariant(), password = TestUsers.Password });
        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "not the password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = TestUsers.NewEmail(), password = TestUsers.Password });

        var signedIn = await ok.JsonAsync();
        Assert.Equal(registered.User.Id, signedIn.GetProperty("user").Id());
        var wrongProblem = await wrong.ProblemAsync(HttpStatusCode.Unauthorized);
        var unknownProblem = await unknown.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrongProblem.GetProperty("detail").GetString(), unknownProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Security_events_are_appended_to_the_users_stream()
    {
        var email = TestUsers.NewEmail();
        var registered = await factory.RegisterAsync(email);
        using var client = factory.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong password!" });
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password })).EnsureStatus(HttpStatusCode.OK);

        await using var session = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(registered.User.Id);

        Assert.Equal([typeof(UserRegistered), typeof(EmailVerified), typeof(LoginFailed), typeof(UserLoggedIn)], events.Select(e => e.EventType));
        var stored = await session.LoadAsync<User>(registered.User.Id);
        Assert.DoesNotContain(TestUsers.Password, stored!.PasswordHash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    public async Task Me_without_a_valid_token_is_401(string authorization)
    {
        using var client = factory.CreateClient();
        if (authorization.Length > 0) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        var response = await client.GetAsync("/api/auth/me");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        await using var other = await new PlatformFactory().StartAsync();
        var foreign = await other.RegisterAsync();
        using var client = factory.CreateClient(foreign.AccessToken);

        var response = await client.GetAsync("/api/auth/me");

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Profile_changes_the_display_name_and_refuses_a_blank_one()
    {
        var registered = await factory.RegisterAsync();
        using var client = factory.CreateClient(registered.AccessToken);

        var updated = await (await client.PatchAsJsonAsync("/api/auth/profile", new { displayName = "  Ada Lovelace " })).JsonAsync();
        var blank = await client.PatchAsJsonAsync("/api/auth/profile", new { displayName = "   " });
        var me = await (await client.GetAsync("/api/auth/me")).JsonAsync();

        Assert.Equal("Ada Lovelace", updated.GetProperty("displayName").GetString());
        await blank.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ada Lovelace", me.GetProperty("displayName").GetString());
    }
}
