using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using HumanTraffickingAwareness.Hosting;
using HumanTraffickingAwareness.Tests.Infrastructure;
using HumanTraffickingAwareness.Tests.Pages;

namespace HumanTraffickingAwareness.Tests.Hosting;

[Trait("Suite", "InProcess")]
public sealed class SecurityHeadersTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    /// <summary>Every kind of response the site gives, by a request that produces it.</summary>
    public static TheoryData<string, string, int> EveryKindOfResponse => new()
    {
        { "GET", "/", 200 },
        { "GET", "/learn", 200 },
        { "HEAD", "/learn", 200 },
        { "GET", "/no-such-page", 404 },
        { "GET", "/favicon.svg", 200 },
        { "GET", "/css/site.css", 200 },
        { "GET", "/js/site.js", 200 },
        { "GET", "/images/share.png", 200 },
        { "GET", "/sitemap.xml", 200 },
        { "GET", "/robots.txt", 200 },
        { "POST", "/learn", 405 },
        { "DELETE", "/", 405 },
        { "GET", "/" + new string('a', 3000), 414 },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/ar/help")]
    [InlineData("/no-such-page")]
    [InlineData("/materials/poster")]
    public async Task Every_page_carries_in_its_head_the_policy_its_headers_give_less_what_a_meta_cannot_carry(
        string url)
    {
        var (response, document) = await Html.GetAsync(site.CreatePlainClient(), url);

        var header = response.Headers.GetValues("Content-Security-Policy").Single().Split("; ");
        var meta = document.Head!.QuerySelectorAll("meta[http-equiv=Content-Security-Policy]").Single()
            .GetAttribute("content")!.Split("; ");
        Assert.Equal(header.Where(d => !d.StartsWith("frame-ancestors", StringComparison.Ordinal)), meta);
        Assert.Contains(meta, d => d == "default-src 'self'");
        Assert.Equal(response.Headers.GetValues("Referrer-Policy").Single(),
            document.Head.QuerySelectorAll("meta[name=referrer]").Single().GetAttribute("content"));
        // Before anything the page loads: a policy in a meta element only governs what comes after it.
        Assert.Equal("meta", document.Head.Children[1].LocalName);
        Assert.Equal("Content-Security-Policy", document.Head.Children[1].GetAttribute("http-equiv"));
    }

    [Theory]
    [MemberData(nameof(EveryKindOfResponse))]
    public async Task Every_response_carries_the_security_headers_and_no_cookie(string method, string url, int status)
    {
        var response = await site.CreatePlainClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, (int)response.StatusCode);
        AssertSecurityHeaders(response);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only for HTTPS");
    }

    [Fact]
    public async Task The_error_page_carries_the_security_headers_too()
    {
        using var failing = new FailingSite();
        var response = await failing.CreatePlainClient().GetAsync("/learn");

        Assert.Equal(500, (int)response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_content_security_policy_allows_nothing_inline_and_nothing_from_elsewhere()
    {
        var response = await site.CreatePlainClient().GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);

        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("*", policy);
    }

    [Fact]
    public async Task Https_through_a_trusted_proxy_gets_strict_transport_security()
    {
        using var proxied = new SiteBehindProxy(IPAddress.Loopback);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await proxied.CreatePlainClient().SendAsync(request);

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.True(int.Parse(response.Headers.GetValues("Strict-Transport-Security").Single()
            .Split('=')[1].Split(';')[0]) >= 15552000);
    }

    [Theory]
    [InlineData("HTTPS")]
    [InlineData("Https")]
    public async Task Https_in_capitals_through_a_trusted_proxy_is_https(string scheme)
    {
        using var proxied = new SiteBehindProxy(IPAddress.Loopback);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.Add("X-Forwarded-Proto", scheme);

        var response = await proxied.CreatePlainClient().SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains("upgrade-insecure-requests", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_untrusted_address_is_ignored()
    {
        using var proxied = new SiteBehindProxy(IPAddress.Parse("203.0.113.50"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await proxied.CreatePlainClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_configured_proxy_network_is_trusted()
    {
        using var proxied = new SiteBehindProxy(IPAddress.Parse("10.1.2.3"),
            ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/learn");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await proxied.CreatePlainClient().SendAsync(request);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_server_does_not_name_its_software()
    {
        var response = await site.CreatePlainClient().GetAsync("/");

        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.Single() : "";

        Assert.Contains("default-src 'self'", Header("Content-Security-Policy"));
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        // Left out on purpose: it costs every arriving reader a new renderer on Chromium (see SecurityHeaders).
        Assert.False(response.Headers.Contains("Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Set-Cookie"), "no response may set a cookie");
        // A stylesheet, script or bitmap is never a document: framing and feature rules would govern nothing there.
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (type is "text/css" or "text/javascript" or "image/png")
        {
            Assert.False(response.Headers.Contains("Permissions-Policy"));
            return;
        }

        Assert.Equal("DENY", Header("X-Frame-Options"));
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()" })
        {
            Assert.Contains(feature, Header("Permissions-Policy"));
        }

        Assert.False(response.Headers.Contains("Set-Cookie"), "no response may set a cookie");
    }

    /// <summary>The site, with requests arriving from a given address as if through a proxy.</summary>
    private sealed class SiteBehindProxy(IPAddress from, params (string Key, string Value)[] settings) : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddress(from)));
        }

        private sealed class RemoteAddress(IPAddress address) : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = address;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
