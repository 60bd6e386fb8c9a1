using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

[Trait("Suite", "InProcess")]
public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_time()
    {
        using var site = new SiteFactory();
        await site.CreatePlainClient().GetAsync("/learn");

        var line = Assert.Single(site.Logs.Events,
            e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Equal("\"GET\"", line.Properties["RequestMethod"].ToString());
        Assert.Equal("\"/learn\"", line.Properties["RequestPath"].ToString());
        Assert.Equal("200", line.Properties["StatusCode"].ToString());
        Assert.True(line.Properties.ContainsKey("Elapsed"));
    }

    [Fact]
    public async Task Logs_never_hold_the_visitors_address_user_agent_referrer_or_query()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn?name=secret-query-value");
        request.Headers.UserAgent.ParseAdd("SecretAgent/1.0");
        request.Headers.Referrer = new Uri("https://secret-referrer.example/");
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        await client.SendAsync(request);
        await client.GetAsync("/missing?name=secret-query-value");

        var everything = string.Join("\n", site.Logs.AsText());
        Assert.Contains("/learn", everything);
        Assert.DoesNotContain("secret-query-value", everything);
        Assert.DoesNotContain("SecretAgent", everything);
        Assert.DoesNotContain("secret-referrer", everything);
        Assert.DoesNotContain("203.0.113.77", everything);
        Assert.DoesNotContain("127.0.0.1", everything);
    }
}
